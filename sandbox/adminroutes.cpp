#include "routecontext.h"
#include "serializers.h"
#include "workspace.h"

#include <QJsonArray>

namespace sandbox {

namespace {

RouteResult awayMode(RouteContext &cx, Admin &admin)
{
    for (const QString &field :
         {QStringLiteral("away_mode_enabled"), QStringLiteral("away_mode_reassign")}) {
        if (!cx.body.contains(field))
            return cx.missing(field);
        if (!cx.body.value(field).isBool())
            return cx.invalid(field + QStringLiteral(" must be a boolean"));
    }
    admin.awayModeEnabled = cx.body.value(QStringLiteral("away_mode_enabled")).toBool();
    admin.awayModeReassign = cx.body.value(QStringLiteral("away_mode_reassign")).toBool();
    return ApiResponse::ok(Serialize::admin(admin));
}

/// POST /tags: create ({name}) or rename ({name, id}); names are case-insensitive.
RouteResult createOrRenameTag(RouteContext &cx)
{
    const QJsonValue nameValue = cx.body.value(QStringLiteral("name"));
    if (nameValue.isUndefined() || nameValue.isNull())
        return cx.missing(QStringLiteral("name"));
    const QString name = nameValue.toString().trimmed();
    if (!nameValue.isString() || name.isEmpty())
        return cx.invalid(QStringLiteral("name must be a non-empty string"));
    std::vector<Tag> &tags = cx.ws.tags;
    const QString id = cx.idField(QStringLiteral("id"));
    if (!id.isEmpty()) {
        const int index = cx.ws.tagIndex(RouteContext::number(id));
        if (index < 0)
            return cx.error(404, QStringLiteral("tag_not_found"), QStringLiteral("Tag not found"));
        tags[size_t(index)].name = name;
        return ApiResponse::ok(Serialize::tag(tags[size_t(index)]));
    }
    for (const Tag &tag : tags) {
        if (tag.name.compare(name, Qt::CaseInsensitive) == 0)
            return ApiResponse::ok(Serialize::tag(tag));
    }
    tags.push_back({cx.ws.nextId(), name, cx.request.now});
    return ApiResponse::ok(Serialize::tag(tags.back()));
}

} // namespace

RouteResult routeAdmins(RouteContext &cx)
{
    const QStringList &s = cx.segments;
    Workspace &ws = cx.ws;
    if (s.size() == 1 && s[0] == QLatin1String("me") && cx.is("GET"))
        return ApiResponse::ok(Serialize::adminWithApp(ws, ws.admins.front()));
    if (!s.isEmpty() && s[0] == QLatin1String("admins")) {
        if (s.size() == 1 && cx.is("GET")) {
            QJsonArray admins;
            for (const Admin &admin : ws.admins)
                admins.append(Serialize::admin(admin));
            return ApiResponse::ok({{QStringLiteral("type"), QStringLiteral("admin.list")},
                                    {QStringLiteral("admins"), admins}});
        }
        const int index = s.size() >= 2 ? ws.adminIndex(RouteContext::number(s[1])) : -1;
        const bool away = s.size() == 3 && s[2] == QLatin1String("away") && cx.is("PUT");
        if (!(s.size() == 2 && cx.is("GET")) && !away)
            return std::nullopt;
        if (index < 0)
            return cx.error(404, QStringLiteral("admin_not_found"),
                            QStringLiteral("Admin not found"));
        if (away)
            return awayMode(cx, ws.admins[size_t(index)]);
        return ApiResponse::ok(Serialize::admin(ws.admins[size_t(index)]));
    }
    if (!s.isEmpty() && s[0] == QLatin1String("teams") && cx.is("GET")) {
        if (s.size() == 1) {
            QJsonArray teams;
            for (const Team &team : ws.teams)
                teams.append(Serialize::team(team));
            return ApiResponse::ok({{QStringLiteral("type"), QStringLiteral("team.list")},
                                    {QStringLiteral("teams"), teams}});
        }
        if (s.size() != 2)
            return std::nullopt;
        const int index = ws.teamIndex(RouteContext::number(s[1]));
        if (index < 0)
            return cx.error(404, QStringLiteral("team_not_found"),
                            QStringLiteral("Team not found"));
        return ApiResponse::ok(Serialize::team(ws.teams[size_t(index)]));
    }
    if (s.size() == 1 && s[0] == QLatin1String("tags")) {
        if (cx.is("GET")) {
            QJsonArray tags;
            for (const Tag &tag : ws.tags)
                tags.append(Serialize::tag(tag));
            return ApiResponse::ok(
                {{QStringLiteral("type"), QStringLiteral("list")}, {QStringLiteral("data"), tags}});
        }
        if (cx.is("POST"))
            return createOrRenameTag(cx);
    }
    return std::nullopt;
}

} // namespace sandbox
