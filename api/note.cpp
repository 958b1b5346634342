#include "note.h"

#include "jsonvalue.h"

namespace api {

Note Note::fromJson(const QJsonObject &json)
{
    Note note;
    note.id = json::id(json.value(QLatin1String("id")));
    note.createdAt = json::integer(json.value(QLatin1String("created_at")));
    note.contactId
        = json::id(json::object(json.value(QLatin1String("contact"))).value(QLatin1String("id")));
    note.author = ObjectRef::fromJson(json::object(json.value(QLatin1String("author"))));
    note.body = json::string(json.value(QLatin1String("body")));
    note.rawJson = json;
    return note;
}

} // namespace api
