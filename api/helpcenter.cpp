#include "helpcenter.h"

#include "jsonvalue.h"

namespace api {

HelpCenter HelpCenter::fromJson(const QJsonObject &json)
{
    HelpCenter center;
    center.id = json::id(json.value(QLatin1String("id")));
    center.workspaceId = json::id(json.value(QLatin1String("workspace_id")));
    center.createdAt = json::integer(json.value(QLatin1String("created_at")));
    center.updatedAt = json::integer(json.value(QLatin1String("updated_at")));
    center.identifier = json::string(json.value(QLatin1String("identifier")));
    center.displayName = json::string(json.value(QLatin1String("display_name")));
    center.url = json::string(json.value(QLatin1String("url")));
    center.customDomain = json::string(json.value(QLatin1String("custom_domain")));
    center.websiteTurnedOn = json::boolean(json.value(QLatin1String("website_turned_on")));
    center.isDefault = json::boolean(json.value(QLatin1String("default")));
    // locales are objects {locale_id,…} in some versions and plain strings in others.
    const QJsonArray locales = json::array(json.value(QLatin1String("locales")));
    for (const QJsonValue &locale : locales) {
        const QString code = locale.isObject()
                                 ? json::string(locale.toObject().value(QLatin1String("locale_id")))
                                 : json::string(locale);
        if (!code.isEmpty())
            center.locales.append(code);
    }
    center.rawJson = json;
    return center;
}

DeletedObject DeletedObject::fromJson(const QJsonObject &json)
{
    DeletedObject deleted;
    deleted.id = json::id(json.value(QLatin1String("id")));
    deleted.object = json::string(json.value(QLatin1String("object")));
    deleted.deleted = json::boolean(json.value(QLatin1String("deleted")));
    return deleted;
}

} // namespace api
