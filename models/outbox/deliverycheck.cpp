#include "deliverycheck.h"

#include <QRegularExpression>

#include <algorithm>

namespace models {

using Kind = OutboxAction::Kind;
using State = api::Conversation::State;

namespace {

QString markerElement(const QString &marker)
{
    return QLatin1String("<span data-triage-id=\"") + marker + QLatin1String("\"></span>");
}

QString normalized(const QString &html)
{
    return DeliveryCheck::stripMarker(html).simplified();
}

} // namespace

QString DeliveryCheck::markedBody(const QString &body, const QString &marker, bool hasAttachments)
{
    // A blank message stays blank, so that validation refuses it instead of sending a marker.
    if (body.trimmed().isEmpty() && !hasAttachments)
        return body;
    return body + markerElement(marker);
}

QString DeliveryCheck::stripMarker(const QString &html)
{
    static const QRegularExpression element(
        QStringLiteral(R"(<span data-triage-id="[^"]*">\s*</span>)"));
    QString result = html;
    result.remove(element);
    return result;
}

std::optional<api::ConversationPart>
DeliveryCheck::findMessagePart(const OutboxAction &action, const QString &marker, qint64 queuedAtMs,
                               const api::Conversation &conversation, const QString &adminId)
{
    const QString attribute = QLatin1String("data-triage-id=\"") + marker + QLatin1Char('"');
    const auto &parts = conversation.parts;
    const auto withMarker
        = std::find_if(parts.cbegin(), parts.cend(), [&](const api::ConversationPart &part) {
              return part.body.contains(attribute);
          });
    if (withMarker != parts.cend())
        return *withMarker;
    // A server that keeps our markers would have kept this one: only without any marker in
    // the thread fall back to matching the text.
    const bool keepsMarkers
        = std::any_of(parts.cbegin(), parts.cend(), [](const api::ConversationPart &part) {
              return part.body.contains(QLatin1String("data-triage-id=\""));
          });
    if (keepsMarkers)
        return std::nullopt;
    const QString type
        = action.kind == Kind::Note ? QStringLiteral("note") : QStringLiteral("comment");
    const QString text = normalized(action.body);
    const qint64 notBefore = queuedAtMs / 1000 - ClockSkewSecs;
    for (const api::ConversationPart &part : parts) {
        if (part.partType == type && part.author.id == adminId && part.createdAt >= notBefore
            && normalized(part.body) == text)
            return part;
    }
    return std::nullopt;
}

bool DeliveryCheck::isApplied(const OutboxAction &action, const QString &marker, qint64 queuedAtMs,
                              const api::Conversation &c, const QString &adminId)
{
    const auto hasTag = [&]() {
        return std::any_of(c.tags.cbegin(), c.tags.cend(),
                           [&](const api::Tag &tag) { return tag.id == action.tagId; });
    };
    switch (action.kind) {
    case Kind::Reply:
    case Kind::Note:
        return findMessagePart(action, marker, queuedAtMs, c, adminId).has_value();
    case Kind::Assign:
        return (action.assigneeType == OutboxAction::AssigneeType::Team ? c.teamAssigneeId
                                                                        : c.adminAssigneeId)
               == action.assigneeId;
    case Kind::Snooze:
        return c.state == State::Snoozed && c.snoozedUntil == action.snoozedUntil;
    case Kind::Open:
        return c.state == State::Open;
    case Kind::Close:
        return c.state == State::Closed;
    case Kind::Tag:
        return hasTag();
    case Kind::Untag:
        return !hasTag();
    case Kind::Read:
        return c.read == action.read;
    case Kind::Unknown:
        break;
    }
    return false;
}

} // namespace models
