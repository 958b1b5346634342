#include "collection.h"

#include "jsonvalue.h"

namespace api {

Collection Collection::fromJson(const QJsonObject &json)
{
    Collection collection;
    collection.id = json::id(json.value(QLatin1String("id")));
    collection.workspaceId = json::id(json.value(QLatin1String("workspace_id")));
    collection.name = json::string(json.value(QLatin1String("name")));
    collection.description = json::string(json.value(QLatin1String("description")));
    collection.createdAt = json::integer(json.value(QLatin1String("created_at")));
    collection.updatedAt = json::integer(json.value(QLatin1String("updated_at")));
    collection.url = json::string(json.value(QLatin1String("url")));
    collection.icon = json::string(json.value(QLatin1String("icon")));
    collection.order = int(json::integer(json.value(QLatin1String("order"))));
    collection.defaultLocale = json::string(json.value(QLatin1String("default_locale")));
    collection.parentId = json::id(json.value(QLatin1String("parent_id")));
    collection.helpCenterId = json::id(json.value(QLatin1String("help_center_id")));
    collection.rawJson = json;
    return collection;
}

} // namespace api
