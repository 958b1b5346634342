#include "conversationpart.h"

#include "jsonvalue.h"

namespace api {

ConversationPart ConversationPart::fromJson(const QJsonObject &json)
{
    ConversationPart part;
    part.id = json::id(json.value(QLatin1String("id")));
    part.partType = json::string(json.value(QLatin1String("part_type")));
    part.body = json::string(json.value(QLatin1String("body")));
    part.createdAt = json::integer(json.value(QLatin1String("created_at")));
    part.updatedAt = json::integer(json.value(QLatin1String("updated_at")));
    part.notifiedAt = json::integer(json.value(QLatin1String("notified_at")));
    part.author = ObjectRef::fromJson(json::object(json.value(QLatin1String("author"))));
    part.assignedTo = ObjectRef::fromJson(json::object(json.value(QLatin1String("assigned_to"))));
    part.attachments = json::list<Attachment>(json.value(QLatin1String("attachments")));
    part.externalId = json::string(json.value(QLatin1String("external_id")));
    part.redacted = json::boolean(json.value(QLatin1String("redacted")));
    part.rawJson = json;
    return part;
}

} // namespace api
