// IntercomClient: contacts, their notes and tags.
#include "intercomclient.h"

#include "jsonvalue.h"

namespace api {

namespace {

using RequestBuilder::segment;

Page<Contact> contactPage(const QJsonObject &json)
{
    return Page<Contact>::fromJson(json);
}

Page<Note> notePage(const QJsonObject &json)
{
    return Page<Note>::fromJson(json);
}

QList<Tag> contactTags(const QJsonObject &json)
{
    return json::wrappedList<Tag>(json.value(QLatin1String("data")), QStringLiteral("tags"));
}

QString contactPath(const QString &id, const QString &suffix = {})
{
    return QLatin1String("/contacts/") + segment(id) + suffix;
}

} // namespace

ContactPageJob *IntercomClient::listContacts(int perPage, const QString &startingAfter)
{
    return send<Page<Contact>>(
        RequestSpec::get(QStringLiteral("/contacts"),
                         RequestBuilder::cursorQuery(perPage, startingAfter)),
        &contactPage);
}

ContactPageJob *IntercomClient::searchContacts(const SearchRequest &request)
{
    return search<Contact>(QStringLiteral("/contacts/search"), request, &contactPage);
}

ContactJob *IntercomClient::getContact(const QString &contactId)
{
    return send<Contact>(RequestSpec::get(contactPath(contactId)), &Contact::fromJson);
}

ContactJob *IntercomClient::updateContact(const QString &contactId, const ContactUpdate &update)
{
    return send<Contact>(RequestSpec::withBody("PUT", contactPath(contactId), update.toJson()),
                         &Contact::fromJson);
}

NotePageJob *IntercomClient::listNotes(const QString &contactId)
{
    return send<Page<Note>>(RequestSpec::get(contactPath(contactId, QStringLiteral("/notes"))),
                            &notePage);
}

NoteJob *IntercomClient::createNote(const QString &contactId, const QString &body,
                                    const QString &adminId)
{
    QJsonObject json{{QStringLiteral("body"), body}};
    if (!adminId.isEmpty())
        json.insert(QStringLiteral("admin_id"), adminId);
    return send<Note>(
        RequestSpec::withBody("POST", contactPath(contactId, QStringLiteral("/notes")), json),
        &Note::fromJson);
}

TagListJob *IntercomClient::listContactTags(const QString &contactId)
{
    return send<QList<Tag>>(RequestSpec::get(contactPath(contactId, QStringLiteral("/tags"))),
                            &contactTags);
}

TagJob *IntercomClient::tagContact(const QString &contactId, const QString &tagId)
{
    RequestSpec spec = RequestSpec::withBody(
        "POST", contactPath(contactId, QStringLiteral("/tags")), {{QStringLiteral("id"), tagId}});
    spec.idempotent = true; // attaching a tag twice leaves one tag
    return send<Tag>(spec, &Tag::fromJson);
}

TagJob *IntercomClient::untagContact(const QString &contactId, const QString &tagId)
{
    RequestSpec spec
        = RequestSpec::get(contactPath(contactId, QLatin1String("/tags/") + segment(tagId)));
    spec.method = "DELETE";
    return send<Tag>(spec, &Tag::fromJson);
}

} // namespace api
