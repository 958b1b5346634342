#include "serializers.h"

#include "workspace.h"

#include <QJsonArray>

namespace sandbox::Serialize {

namespace {

QJsonArray integers(const std::vector<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(double(id));
    return array;
}

QString avatarUrl(const Admin &admin)
{
    return QStringLiteral("https://static.triage-demo.example.com/avatars/")
           + QString::number(admin.id) + QStringLiteral(".png");
}

} // namespace

QJsonObject admin(const Admin &a)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("admin")},
                       {QStringLiteral("id"), QString::number(a.id)},
                       {QStringLiteral("name"), a.name},
                       {QStringLiteral("email"), a.email},
                       {QStringLiteral("job_title"), a.jobTitle},
                       {QStringLiteral("away_mode_enabled"), a.awayModeEnabled},
                       {QStringLiteral("away_mode_reassign"), a.awayModeReassign},
                       {QStringLiteral("away_status_reason_id"), QJsonValue::Null},
                       {QStringLiteral("has_inbox_seat"), a.hasInboxSeat},
                       {QStringLiteral("team_ids"), integers(a.teamIds)},
                       {QStringLiteral("avatar"), avatarUrl(a)},
                       {QStringLiteral("team_priority_level"),
                        QJsonObject{{QStringLiteral("primary_team_ids"), integers(a.teamIds)},
                                    {QStringLiteral("secondary_team_ids"), QJsonArray()}}}};
}

QJsonObject adminWithApp(const Workspace &ws, const Admin &a)
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("admin")},
        {QStringLiteral("id"), QString::number(a.id)},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("email"), a.email},
        {QStringLiteral("email_verified"), true},
        {QStringLiteral("job_title"), a.jobTitle},
        {QStringLiteral("away_mode_enabled"), a.awayModeEnabled},
        {QStringLiteral("away_mode_reassign"), a.awayModeReassign},
        {QStringLiteral("has_inbox_seat"), a.hasInboxSeat},
        {QStringLiteral("team_ids"), integers(a.teamIds)},
        {QStringLiteral("avatar"), QJsonObject{{QStringLiteral("type"), QStringLiteral("avatar")},
                                               {QStringLiteral("image_url"), avatarUrl(a)}}},
        {QStringLiteral("app"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("app")},
                     {QStringLiteral("id_code"), ws.workspaceId()},
                     {QStringLiteral("name"), QStringLiteral("Triage Demo")},
                     {QStringLiteral("region"), QStringLiteral("US")},
                     {QStringLiteral("timezone"), QStringLiteral("Europe/Dublin")},
                     {QStringLiteral("created_at"), double(ws.helpCenters.front().createdAt)},
                     {QStringLiteral("identity_verification"), false}}}};
}

QJsonObject team(const Team &t)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("team")},
                       {QStringLiteral("id"), QString::number(t.id)},
                       {QStringLiteral("name"), t.name},
                       {QStringLiteral("admin_ids"), integers(t.adminIds)},
                       {QStringLiteral("admin_priority_level"),
                        QJsonObject{{QStringLiteral("primary_admin_ids"), integers(t.adminIds)},
                                    {QStringLiteral("secondary_admin_ids"), QJsonArray()}}},
                       {QStringLiteral("assignment_limit"), QJsonValue::Null},
                       {QStringLiteral("distribution_method"), QStringLiteral("round_robin")}};
}

QJsonObject tag(const Tag &t)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("tag")},
                       {QStringLiteral("id"), QString::number(t.id)},
                       {QStringLiteral("name"), t.name}};
}

QJsonObject appliedTag(const Workspace &ws, const AppliedTag &applied)
{
    const int index = ws.tagIndex(applied.tagId);
    QJsonObject json = tag(index >= 0 ? ws.tags[size_t(index)] : Tag{applied.tagId, QString(), 0});
    json.insert(QStringLiteral("applied_at"), double(applied.appliedAt));
    json.insert(QStringLiteral("applied_by"),
                QJsonObject{{QStringLiteral("type"), QStringLiteral("admin")},
                            {QStringLiteral("id"), QString::number(applied.adminId)}});
    return json;
}

QJsonObject article(const Workspace &ws, const Article &a, bool withStatistics)
{
    QJsonArray parents;
    for (qint64 parent = a.parentId; parent;) {
        parents.prepend(double(parent));
        const int index = ws.collectionIndex(parent);
        parent = index >= 0 ? ws.collections[size_t(index)].parentId : 0;
    }
    QJsonObject json{
        {QStringLiteral("type"), QStringLiteral("article")},
        {QStringLiteral("id"), QString::number(a.id)},
        {QStringLiteral("workspace_id"), ws.workspaceId()},
        {QStringLiteral("title"), a.title},
        {QStringLiteral("description"), a.description},
        {QStringLiteral("body"), a.body},
        {QStringLiteral("author_id"), double(a.authorId)},
        {QStringLiteral("state"),
         a.published ? QStringLiteral("published") : QStringLiteral("draft")},
        {QStringLiteral("created_at"), double(a.createdAt)},
        {QStringLiteral("updated_at"), double(a.updatedAt)},
        {QStringLiteral("has_unpublished_changes"), false},
        {QStringLiteral("url"),
         a.published
             ? QJsonValue(QStringLiteral("https://help.triage-demo.example.com/en/articles/")
                          + QString::number(a.id))
             : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("parent_ids"), parents},
        {QStringLiteral("default_locale"), QStringLiteral("en")},
        {QStringLiteral("tags"), QJsonObject{{QStringLiteral("type"), QStringLiteral("tag.list")},
                                             {QStringLiteral("tags"), QJsonArray()}}}};
    if (withStatistics)
        json.insert(QStringLiteral("statistics"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("article_statistics")},
                                {QStringLiteral("views"), a.views},
                                {QStringLiteral("conversions"), a.views / 20},
                                {QStringLiteral("reactions"), a.views / 10},
                                {QStringLiteral("happy_reaction_percentage"), 0.6},
                                {QStringLiteral("neutral_reaction_percentage"), 0.3},
                                {QStringLiteral("sad_reaction_percentage"), 0.1}});
    return json;
}

QJsonObject collection(const Workspace &ws, const Collection &c)
{
    return QJsonObject{
        {QStringLiteral("id"), QString::number(c.id)},
        {QStringLiteral("workspace_id"), ws.workspaceId()},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("description"), c.description},
        {QStringLiteral("created_at"), double(c.createdAt)},
        {QStringLiteral("updated_at"), double(c.updatedAt)},
        {QStringLiteral("url"),
         QString(QStringLiteral("https://help.triage-demo.example.com/en/collections/")
                 + QString::number(c.id))},
        {QStringLiteral("icon"), QStringLiteral("book-bookmark")},
        {QStringLiteral("order"), c.order},
        {QStringLiteral("default_locale"), QStringLiteral("en")},
        {QStringLiteral("parent_id"),
         c.parentId ? QJsonValue(QString::number(c.parentId)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("help_center_id"),
         c.helpCenterId ? QJsonValue(double(c.helpCenterId)) : QJsonValue(QJsonValue::Null)}};
}

QJsonObject helpCenter(const Workspace &ws, const HelpCenter &h)
{
    return QJsonObject{
        {QStringLiteral("id"), QString::number(h.id)},
        {QStringLiteral("workspace_id"), ws.workspaceId()},
        {QStringLiteral("created_at"), double(h.createdAt)},
        {QStringLiteral("updated_at"), double(h.updatedAt)},
        {QStringLiteral("identifier"), h.identifier},
        {QStringLiteral("website_turned_on"), true},
        {QStringLiteral("display_name"), h.displayName},
        {QStringLiteral("url"), QStringLiteral("https://help.triage-demo.example.com")},
        {QStringLiteral("custom_domain"), QJsonValue::Null},
        {QStringLiteral("default"), true},
        {QStringLiteral("locales"), QJsonArray{QStringLiteral("en")}}};
}

} // namespace sandbox::Serialize
