#include "conversation.h"

#include "jsonvalue.h"

namespace api {

namespace {

QString assignee(const QJsonValue &value)
{
    const QString assigneeId = json::id(value);
    return assigneeId.isEmpty() ? QString(Conversation::unassigned()) : assigneeId;
}

} // namespace

ConversationSource ConversationSource::fromJson(const QJsonObject &json)
{
    ConversationSource source;
    source.type = json::string(json.value(QLatin1String("type")));
    source.id = json::id(json.value(QLatin1String("id")));
    source.deliveredAs = json::string(json.value(QLatin1String("delivered_as")));
    source.subject = json::string(json.value(QLatin1String("subject")));
    source.body = json::string(json.value(QLatin1String("body")));
    source.url = json::string(json.value(QLatin1String("url")));
    source.author = ObjectRef::fromJson(json::object(json.value(QLatin1String("author"))));
    source.attachments = json::list<Attachment>(json.value(QLatin1String("attachments")));
    source.redacted = json::boolean(json.value(QLatin1String("redacted")));
    return source;
}

Conversation::State Conversation::stateFromString(const QString &text)
{
    if (text == QLatin1String("open"))
        return State::Open;
    if (text == QLatin1String("closed"))
        return State::Closed;
    if (text == QLatin1String("snoozed"))
        return State::Snoozed;
    return State::Unknown;
}

Conversation::Priority Conversation::priorityFromString(const QString &text)
{
    const QString value = text.toLower();
    if (value == QLatin1String("low"))
        return Priority::Low;
    if (value == QLatin1String("medium"))
        return Priority::Medium;
    // 2.15 had only "priority" / "not_priority"; a starred conversation is a high one.
    if (value == QLatin1String("high") || value == QLatin1String("priority"))
        return Priority::High;
    if (value == QLatin1String("urgent"))
        return Priority::Urgent;
    return Priority::None;
}

QString Conversation::priorityToString(Priority priority)
{
    switch (priority) {
    case Priority::Low:
        return QStringLiteral("low");
    case Priority::Medium:
        return QStringLiteral("medium");
    case Priority::High:
        return QStringLiteral("high");
    case Priority::Urgent:
        return QStringLiteral("urgent");
    case Priority::None:
        break;
    }
    return QStringLiteral("none");
}

Conversation Conversation::fromJson(const QJsonObject &json)
{
    Conversation conversation;
    conversation.id = json::id(json.value(QLatin1String("id")));
    conversation.title = json::string(json.value(QLatin1String("title")));
    conversation.createdAt = json::integer(json.value(QLatin1String("created_at")));
    conversation.updatedAt = json::integer(json.value(QLatin1String("updated_at")));
    conversation.waitingSince = json::integer(json.value(QLatin1String("waiting_since")));
    conversation.snoozedUntil = json::integer(json.value(QLatin1String("snoozed_until")));
    conversation.open = json::boolean(json.value(QLatin1String("open")));
    conversation.read = json::boolean(json.value(QLatin1String("read")));
    conversation.state = stateFromString(json::string(json.value(QLatin1String("state"))));
    const QJsonValue open = json.value(QLatin1String("open"));
    if (conversation.state == State::Unknown && !open.isNull() && !open.isUndefined())
        conversation.state = conversation.open ? State::Open : State::Closed;
    conversation.priority = priorityFromString(json::string(json.value(QLatin1String("priority"))));
    conversation.adminAssigneeId = assignee(json.value(QLatin1String("admin_assignee_id")));
    conversation.teamAssigneeId = assignee(json.value(QLatin1String("team_assignee_id")));
    conversation.tags
        = json::wrappedList<Tag>(json.value(QLatin1String("tags")), QStringLiteral("tags"));
    conversation.source
        = ConversationSource::fromJson(json::object(json.value(QLatin1String("source"))));
    conversation.contacts = json::wrappedList<ObjectRef>(json.value(QLatin1String("contacts")),
                                                         QStringLiteral("contacts"));
    conversation.teammates = json::wrappedList<ObjectRef>(json.value(QLatin1String("teammates")),
                                                          QStringLiteral("teammates"));
    conversation.customAttributes = json::object(json.value(QLatin1String("custom_attributes")));
    conversation.companyId
        = json::id(json::object(json.value(QLatin1String("company"))).value(QLatin1String("id")));
    const QJsonValue parts = json.value(QLatin1String("conversation_parts"));
    conversation.parts
        = json::wrappedList<ConversationPart>(parts, QStringLiteral("conversation_parts"));
    conversation.partsTotalCount = int(json::integer(
        json::object(parts).value(QLatin1String("total_count")), conversation.parts.size()));
    conversation.rawJson = json;
    return conversation;
}

} // namespace api
