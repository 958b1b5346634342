#pragma once

#include "outboxaction.h"

#include "api/conversation.h"

#include <optional>

namespace models {

/// Recognises whether an action already took effect on the server, from a freshly read
/// conversation: the test that makes delivery exactly-once when an answer was lost.
///
/// Intercom has no idempotency key, so a reply or note carries a client-generated marker in
/// its HTML body: an empty `<span data-triage-id="…"></span>`, invisible when shown. If a
/// server strips it, the part is matched instead by author, part type, the same text and a
/// creation time not before the action was queued (less a clock-skew allowance).
/// The other actions are idempotent in effect: they are applied when the conversation is in
/// the intended state (closed, assigned to X, tagged…). Pure functions.
class DeliveryCheck
{
public:
    /// Allowed difference between the local clock and the server's, in seconds.
    static constexpr qint64 ClockSkewSecs = 120;

    /// The body to send: \a body followed by the marker element. A blank body stays blank
    /// (validation refuses it) unless the message carries files: then the marker alone is the
    /// body, since the API wants a body for every comment and note.
    static QString markedBody(const QString &body, const QString &marker,
                              bool hasAttachments = false);
    /// \a html without any marker element (for display, matching and drafts).
    static QString stripMarker(const QString &html);

    /// The server's part of a reply or note, if it is in \a conversation.
    static std::optional<api::ConversationPart>
    findMessagePart(const OutboxAction &action, const QString &marker, qint64 queuedAtMs,
                    const api::Conversation &conversation, const QString &adminId);

    static bool isApplied(const OutboxAction &action, const QString &marker, qint64 queuedAtMs,
                          const api::Conversation &conversation, const QString &adminId);
};

} // namespace models
