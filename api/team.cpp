#include "team.h"

#include "jsonvalue.h"

namespace api {

Team Team::fromJson(const QJsonObject &json)
{
    Team team;
    team.id = json::id(json.value(QLatin1String("id")));
    team.name = json::string(json.value(QLatin1String("name")));
    team.adminIds = json::idList(json.value(QLatin1String("admin_ids")));
    team.rawJson = json;
    return team;
}

} // namespace api
