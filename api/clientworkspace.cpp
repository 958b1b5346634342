// IntercomClient: admins, teams, tags and companies.
#include "intercomclient.h"

#include "jsonvalue.h"

namespace api {

namespace {

using RequestBuilder::pageQuery;
using RequestBuilder::segment;

QList<Admin> adminList(const QJsonObject &json)
{
    return json::wrappedList<Admin>(json.value(QLatin1String("admins")), QStringLiteral("admins"));
}

QList<Team> teamList(const QJsonObject &json)
{
    return json::wrappedList<Team>(json.value(QLatin1String("teams")), QStringLiteral("teams"));
}

QList<Tag> tagList(const QJsonObject &json)
{
    return json::wrappedList<Tag>(json.value(QLatin1String("data")), QStringLiteral("tags"));
}

Page<Company> companyPage(const QJsonObject &json)
{
    return Page<Company>::fromJson(json);
}

} // namespace

AdminJob *IntercomClient::me()
{
    return send<Admin>(RequestSpec::get(QStringLiteral("/me")), &Admin::fromJson);
}

AdminListJob *IntercomClient::listAdmins()
{
    return send<QList<Admin>>(RequestSpec::get(QStringLiteral("/admins")), &adminList);
}

AdminJob *IntercomClient::getAdmin(const QString &adminId)
{
    return send<Admin>(RequestSpec::get(QLatin1String("/admins/") + segment(adminId)),
                       &Admin::fromJson);
}

AdminJob *IntercomClient::setAway(const QString &adminId, bool away, bool reassign,
                                  const QString &reasonId)
{
    QJsonObject body{{QStringLiteral("away_mode_enabled"), away},
                     {QStringLiteral("away_mode_reassign"), reassign}};
    if (!reasonId.isEmpty())
        body.insert(QStringLiteral("away_status_reason_id"), reasonId.toLongLong());
    return send<Admin>(
        RequestSpec::withBody(
            "PUT", QLatin1String("/admins/") + segment(adminId) + QLatin1String("/away"), body),
        &Admin::fromJson);
}

TeamListJob *IntercomClient::listTeams()
{
    return send<QList<Team>>(RequestSpec::get(QStringLiteral("/teams")), &teamList);
}

TeamJob *IntercomClient::getTeam(const QString &teamId)
{
    return send<Team>(RequestSpec::get(QLatin1String("/teams/") + segment(teamId)),
                      &Team::fromJson);
}

TagListJob *IntercomClient::listTags()
{
    return send<QList<Tag>>(RequestSpec::get(QStringLiteral("/tags")), &tagList);
}

TagJob *IntercomClient::createTag(const QString &name)
{
    return send<Tag>(
        RequestSpec::withBody("POST", QStringLiteral("/tags"), {{QStringLiteral("name"), name}}),
        &Tag::fromJson);
}

TagJob *IntercomClient::renameTag(const QString &tagId, const QString &name)
{
    RequestSpec spec
        = RequestSpec::withBody("POST", QStringLiteral("/tags"),
                                {{QStringLiteral("name"), name}, {QStringLiteral("id"), tagId}});
    spec.idempotent = true; // a rename to the same name twice is harmless
    return send<Tag>(spec, &Tag::fromJson);
}

CompanyPageJob *IntercomClient::listCompanies(int page, int perPage)
{
    return send<Page<Company>>(
        RequestSpec::get(QStringLiteral("/companies"), pageQuery(page, perPage)), &companyPage);
}

CompanyJob *IntercomClient::getCompany(const QString &companyId)
{
    return send<Company>(RequestSpec::get(QLatin1String("/companies/") + segment(companyId)),
                         &Company::fromJson);
}

} // namespace api
