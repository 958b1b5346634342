#include "objectref.h"

#include "jsonvalue.h"

namespace api {

ObjectRef ObjectRef::fromJson(const QJsonObject &json)
{
    ObjectRef ref;
    ref.type = json::string(json.value(QLatin1String("type")));
    ref.id = json::id(json.value(QLatin1String("id")));
    ref.name = json::string(json.value(QLatin1String("name")));
    ref.email = json::string(json.value(QLatin1String("email")));
    return ref;
}

Attachment Attachment::fromJson(const QJsonObject &json)
{
    Attachment attachment;
    attachment.type = json::string(json.value(QLatin1String("type")));
    attachment.name = json::string(json.value(QLatin1String("name")));
    attachment.url = json::string(json.value(QLatin1String("url")));
    attachment.contentType = json::string(json.value(QLatin1String("content_type")));
    attachment.fileSize = json::integer(json.value(QLatin1String("filesize")));
    attachment.width = int(json::integer(json.value(QLatin1String("width"))));
    attachment.height = int(json::integer(json.value(QLatin1String("height"))));
    return attachment;
}

} // namespace api
