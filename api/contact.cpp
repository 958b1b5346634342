#include "contact.h"

#include "jsonvalue.h"

namespace api {

Contact Contact::fromJson(const QJsonObject &json)
{
    Contact contact;
    contact.id = json::id(json.value(QLatin1String("id")));
    contact.externalId = json::id(json.value(QLatin1String("external_id")));
    contact.workspaceId = json::id(json.value(QLatin1String("workspace_id")));
    contact.role = json::string(json.value(QLatin1String("role")));
    contact.email = json::string(json.value(QLatin1String("email")));
    contact.phone = json::string(json.value(QLatin1String("phone")));
    contact.name = json::string(json.value(QLatin1String("name")));
    contact.avatarUrl = json::imageUrl(json.value(QLatin1String("avatar")));
    contact.ownerId = json::id(json.value(QLatin1String("owner_id")));
    contact.createdAt = json::integer(json.value(QLatin1String("created_at")));
    contact.updatedAt = json::integer(json.value(QLatin1String("updated_at")));
    contact.signedUpAt = json::integer(json.value(QLatin1String("signed_up_at")));
    contact.lastSeenAt = json::integer(json.value(QLatin1String("last_seen_at")));
    contact.lastRepliedAt = json::integer(json.value(QLatin1String("last_replied_at")));
    contact.lastContactedAt = json::integer(json.value(QLatin1String("last_contacted_at")));
    const QJsonObject location = json::object(json.value(QLatin1String("location")));
    contact.country = json::string(location.value(QLatin1String("country")));
    contact.region = json::string(location.value(QLatin1String("region")));
    contact.city = json::string(location.value(QLatin1String("city")));
    contact.customAttributes = json::object(json.value(QLatin1String("custom_attributes")));
    contact.tags
        = json::wrappedList<ObjectRef>(json.value(QLatin1String("tags")), QStringLiteral("data"));
    contact.companies = json::wrappedList<ObjectRef>(json.value(QLatin1String("companies")),
                                                     QStringLiteral("data"));
    contact.rawJson = json;
    return contact;
}

} // namespace api
