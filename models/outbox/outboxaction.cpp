#include "outboxaction.h"

#include "models/store/conversationfiltersql.h"

#include <array>
#include <utility>

namespace models {

namespace {

using Kind = OutboxAction::Kind;

const std::array<std::pair<Kind, const char *>, 9> kindNames{{
    {Kind::Reply, "reply"},
    {Kind::Note, "note"},
    {Kind::Assign, "assign"},
    {Kind::Snooze, "snooze"},
    {Kind::Open, "open"},
    {Kind::Close, "close"},
    {Kind::Tag, "tag"},
    {Kind::Untag, "untag"},
    {Kind::Read, "read"},
}};

QJsonObject beforeToJson(const OutboxAction::Before &before)
{
    if (!before.known)
        return {};
    return {{QStringLiteral("state"), ConversationFilterSql::stateName(before.state)},
            {QStringLiteral("snoozed_until"), before.snoozedUntil},
            {QStringLiteral("admin"), before.adminAssigneeId},
            {QStringLiteral("team"), before.teamAssigneeId},
            {QStringLiteral("read"), before.read},
            {QStringLiteral("tagged"), before.tagged}};
}

OutboxAction::Before beforeFromJson(const QJsonObject &json)
{
    OutboxAction::Before before;
    before.known = !json.isEmpty();
    before.state
        = api::Conversation::stateFromString(json.value(QStringLiteral("state")).toString());
    before.snoozedUntil = qint64(json.value(QStringLiteral("snoozed_until")).toDouble());
    before.adminAssigneeId = json.value(QStringLiteral("admin")).toString();
    before.teamAssigneeId = json.value(QStringLiteral("team")).toString();
    before.read = json.value(QStringLiteral("read")).toBool();
    before.tagged = json.value(QStringLiteral("tagged")).toBool();
    return before;
}

} // namespace

OutboxAction OutboxAction::of(Kind kind)
{
    OutboxAction action;
    action.kind = kind;
    return action;
}

OutboxAction OutboxAction::withBody(Kind kind, const QString &body,
                                    const QList<MessageAttachment> &attachments)
{
    OutboxAction action = of(kind);
    action.body = body;
    action.attachments = attachments;
    return action;
}

OutboxAction OutboxAction::assign(AssigneeType type, const QString &assigneeId)
{
    OutboxAction action = of(Kind::Assign);
    action.assigneeType = type;
    action.assigneeId
        = assigneeId.isEmpty() ? QString(api::Conversation::unassigned()) : assigneeId;
    return action;
}

OutboxAction OutboxAction::snooze(qint64 untilSecs)
{
    OutboxAction action = of(Kind::Snooze);
    action.snoozedUntil = untilSecs;
    return action;
}

OutboxAction OutboxAction::tag(const QString &tagId, bool add)
{
    OutboxAction action = of(add ? Kind::Tag : Kind::Untag);
    action.tagId = tagId;
    return action;
}

OutboxAction OutboxAction::markRead(bool read)
{
    OutboxAction action = of(Kind::Read);
    action.read = read;
    return action;
}

QString OutboxAction::kindName(Kind kind)
{
    for (const auto &[k, name] : kindNames) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("unknown");
}

OutboxAction::Kind OutboxAction::kindFromName(const QString &name)
{
    for (const auto &[k, text] : kindNames) {
        if (name == QLatin1String(text))
            return k;
    }
    return Kind::Unknown;
}

QJsonObject OutboxAction::toPayload() const
{
    QJsonObject payload;
    switch (kind) {
    case Kind::Reply:
    case Kind::Note:
        payload.insert(QStringLiteral("body"), body);
        if (!attachments.isEmpty())
            payload.insert(QStringLiteral("attachments"),
                           MessageAttachment::listToJson(attachments));
        break;
    case Kind::Assign:
        payload.insert(QStringLiteral("type"), assigneeType == AssigneeType::Team
                                                   ? QStringLiteral("team")
                                                   : QStringLiteral("admin"));
        payload.insert(QStringLiteral("assignee"), assigneeId);
        break;
    case Kind::Snooze:
        payload.insert(QStringLiteral("until"), snoozedUntil);
        break;
    case Kind::Tag:
    case Kind::Untag:
        payload.insert(QStringLiteral("tag"), tagId);
        break;
    case Kind::Read:
        payload.insert(QStringLiteral("read"), read);
        break;
    case Kind::Close:
        if (follows > 0)
            payload.insert(QStringLiteral("follows"), follows);
        break;
    case Kind::Open:
    case Kind::Unknown:
        break;
    }
    const QJsonObject beforeJson = beforeToJson(before);
    if (!beforeJson.isEmpty())
        payload.insert(QStringLiteral("before"), beforeJson);
    return payload;
}

OutboxAction OutboxAction::fromEntry(const OutboxEntry &entry)
{
    const QJsonObject &p = entry.payload;
    OutboxAction action = of(kindFromName(entry.kind));
    action.body = p.value(QStringLiteral("body")).toString();
    action.attachments = MessageAttachment::listFromJson(p.value(QStringLiteral("attachments")));
    action.follows = qint64(p.value(QStringLiteral("follows")).toDouble());
    action.assigneeType = p.value(QStringLiteral("type")).toString() == QLatin1String("team")
                              ? AssigneeType::Team
                              : AssigneeType::Admin;
    action.assigneeId
        = p.value(QStringLiteral("assignee")).toString(QString(api::Conversation::unassigned()));
    action.snoozedUntil = qint64(p.value(QStringLiteral("until")).toDouble());
    action.tagId = p.value(QStringLiteral("tag")).toString();
    action.read = p.value(QStringLiteral("read")).toBool(true);
    action.before = beforeFromJson(p.value(QStringLiteral("before")).toObject());
    return action;
}

} // namespace models
