#include "admin.h"

#include "jsonvalue.h"

namespace api {

Admin Admin::fromJson(const QJsonObject &json)
{
    Admin admin;
    admin.id = json::id(json.value(QLatin1String("id")));
    admin.name = json::string(json.value(QLatin1String("name")));
    admin.email = json::string(json.value(QLatin1String("email")));
    admin.jobTitle = json::string(json.value(QLatin1String("job_title")));
    admin.avatarUrl = json::imageUrl(json.value(QLatin1String("avatar")));
    admin.awayModeEnabled = json::boolean(json.value(QLatin1String("away_mode_enabled")));
    admin.awayModeReassign = json::boolean(json.value(QLatin1String("away_mode_reassign")));
    admin.hasInboxSeat = json::boolean(json.value(QLatin1String("has_inbox_seat")));
    admin.teamIds = json::idList(json.value(QLatin1String("team_ids")));
    const QJsonObject app = json::object(json.value(QLatin1String("app")));
    admin.appIdCode = json::id(app.value(QLatin1String("id_code")));
    admin.appName = json::string(app.value(QLatin1String("name")));
    admin.appRegion = json::string(app.value(QLatin1String("region")));
    admin.rawJson = json;
    return admin;
}

} // namespace api
