// IntercomClient: conversations.
#include "intercomclient.h"

namespace api {

namespace {

using RequestBuilder::segment;

Page<Conversation> conversationPage(const QJsonObject &json)
{
    return Page<Conversation>::fromJson(json, QStringLiteral("conversations"));
}

QString conversationPath(const QString &id, const QString &suffix = {})
{
    return QLatin1String("/conversations/") + segment(id) + suffix;
}

QString assigneeTypeName(IntercomClient::AssigneeType type)
{
    return type == IntercomClient::AssigneeType::Team ? QStringLiteral("team")
                                                      : QStringLiteral("admin");
}

} // namespace

ConversationPageJob *IntercomClient::listConversations(int perPage, const QString &startingAfter)
{
    return send<Page<Conversation>>(
        RequestSpec::get(QStringLiteral("/conversations"),
                         RequestBuilder::cursorQuery(perPage, startingAfter)),
        &conversationPage);
}

ConversationPageJob *IntercomClient::searchConversations(const SearchRequest &request)
{
    return search<Conversation>(QStringLiteral("/conversations/search"), request,
                                &conversationPage);
}

ConversationJob *IntercomClient::getConversation(const QString &id, bool plainText)
{
    QUrlQuery query;
    if (plainText)
        query.addQueryItem(QStringLiteral("display_as"), QStringLiteral("plaintext"));
    return send<Conversation>(RequestSpec::get(conversationPath(id), query),
                              &Conversation::fromJson);
}

ConversationJob *IntercomClient::updateConversation(const QString &id,
                                                    const ConversationUpdate &update)
{
    return send<Conversation>(RequestSpec::withBody("PUT", conversationPath(id), update.toJson()),
                              &Conversation::fromJson);
}

ConversationJob *IntercomClient::reply(const QString &conversationId, const ReplyRequest &reply)
{
    const RequestSpec spec = RequestSpec::withBody(
        "POST", conversationPath(conversationId, QStringLiteral("/reply")), reply.toJson());
    auto *job = new ConversationJob(spec, &Conversation::fromJson, this);
    enqueueValid(job, reply.validate());
    return job;
}

ConversationJob *IntercomClient::manageParts(const QString &id, const QJsonObject &body)
{
    return send<Conversation>(
        RequestSpec::withBody("POST", conversationPath(id, QStringLiteral("/parts")), body),
        &Conversation::fromJson);
}

ConversationJob *IntercomClient::closeConversation(const QString &id, const QString &adminId,
                                                   const QString &body)
{
    QJsonObject json{{QStringLiteral("message_type"), QStringLiteral("close")},
                     {QStringLiteral("type"), QStringLiteral("admin")},
                     {QStringLiteral("admin_id"), adminId}};
    if (!body.isEmpty())
        json.insert(QStringLiteral("body"), body);
    return manageParts(id, json);
}

ConversationJob *IntercomClient::openConversation(const QString &id, const QString &adminId)
{
    return manageParts(id, {{QStringLiteral("message_type"), QStringLiteral("open")},
                            {QStringLiteral("admin_id"), adminId}});
}

ConversationJob *IntercomClient::snoozeConversation(const QString &id, const QString &adminId,
                                                    qint64 untilSecs)
{
    return manageParts(id, {{QStringLiteral("message_type"), QStringLiteral("snoozed")},
                            {QStringLiteral("admin_id"), adminId},
                            {QStringLiteral("snoozed_until"), double(untilSecs)}});
}

ConversationJob *IntercomClient::assignConversation(const QString &id, const QString &adminId,
                                                    AssigneeType type, const QString &assigneeId,
                                                    const QString &body)
{
    QJsonObject json{{QStringLiteral("message_type"), QStringLiteral("assignment")},
                     {QStringLiteral("type"), assigneeTypeName(type)},
                     {QStringLiteral("admin_id"), adminId},
                     {QStringLiteral("assignee_id"), assigneeId}};
    if (!body.isEmpty())
        json.insert(QStringLiteral("body"), body);
    return manageParts(id, json);
}

ConversationJob *IntercomClient::unassignConversation(const QString &id, const QString &adminId,
                                                      AssigneeType type)
{
    return assignConversation(id, adminId, type, Conversation::unassigned());
}

TagJob *IntercomClient::tagConversation(const QString &conversationId, const QString &tagId,
                                        const QString &adminId)
{
    RequestSpec spec = RequestSpec::withBody(
        "POST", conversationPath(conversationId, QStringLiteral("/tags")),
        {{QStringLiteral("id"), tagId}, {QStringLiteral("admin_id"), adminId}});
    spec.idempotent = true; // attaching a tag twice leaves one tag
    return send<Tag>(spec, &Tag::fromJson);
}

TagJob *IntercomClient::untagConversation(const QString &conversationId, const QString &tagId,
                                          const QString &adminId)
{
    return send<Tag>(RequestSpec::withBody(
                         "DELETE",
                         conversationPath(conversationId, QLatin1String("/tags/") + segment(tagId)),
                         {{QStringLiteral("admin_id"), adminId}}),
                     &Tag::fromJson);
}

} // namespace api
