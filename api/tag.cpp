#include "tag.h"

#include "jsonvalue.h"

namespace api {

Tag Tag::fromJson(const QJsonObject &json)
{
    Tag tag;
    tag.id = json::id(json.value(QLatin1String("id")));
    tag.name = json::string(json.value(QLatin1String("name")));
    tag.appliedAt = json::integer(json.value(QLatin1String("applied_at")));
    tag.appliedById = json::id(
        json::object(json.value(QLatin1String("applied_by"))).value(QLatin1String("id")));
    return tag;
}

} // namespace api
