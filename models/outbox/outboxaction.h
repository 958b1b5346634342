#pragma once

#include "api/conversation.h"
#include "models/store/messageattachment.h"
#include "models/store/outboxentry.h"

#include <QJsonObject>
#include <QString>

namespace models {

/// What one outbox entry asks for, decoded from its kind and payload (and encoded back).
/// The payload also keeps the conversation's values *before* the optimistic effect, so that
/// undo and discard can put them back. Plain value.
struct OutboxAction
{
    enum class Kind { Unknown, Reply, Note, Assign, Snooze, Open, Close, Tag, Untag, Read };
    enum class AssigneeType { Admin, Team };

    /// The conversation's values that an action may change, as they were before it.
    struct Before
    {
        api::Conversation::State state = api::Conversation::State::Unknown;
        qint64 snoozedUntil = 0;
        QString adminAssigneeId;
        QString teamAssigneeId;
        bool read = false;
        bool tagged = false;
        bool known = false; ///< false when the conversation was not stored
    };

    Kind kind = Kind::Unknown;
    QString body; ///< reply, note (HTML, without the delivery marker)
    /// reply, note: sent as attachment_files; kept base64-encoded in the payload so that a
    /// queued message with files survives a restart.
    QList<MessageAttachment> attachments;
    /// close: the reply it was queued with (Outbox::replyAndClose), 0 for a plain close. It
    /// is taken back, retried and discarded with that reply, and not sent if the reply failed.
    qint64 follows = 0;
    AssigneeType assigneeType = AssigneeType::Admin;
    QString assigneeId;      ///< assign; "0" unassigns
    qint64 snoozedUntil = 0; ///< snooze, UNIX seconds
    QString tagId;           ///< tag, untag
    bool read = true;        ///< read
    Before before;

    static OutboxAction reply(const QString &body, const QList<MessageAttachment> &attachments = {})
    {
        return withBody(Kind::Reply, body, attachments);
    }
    static OutboxAction note(const QString &body, const QList<MessageAttachment> &attachments = {})
    {
        return withBody(Kind::Note, body, attachments);
    }
    static OutboxAction assign(AssigneeType type, const QString &assigneeId);
    static OutboxAction snooze(qint64 untilSecs);
    static OutboxAction open() { return of(Kind::Open); }
    static OutboxAction close() { return of(Kind::Close); }
    static OutboxAction tag(const QString &tagId, bool add);
    static OutboxAction markRead(bool read);

    bool isMessage() const { return kind == Kind::Reply || kind == Kind::Note; }

    /// "reply", "note", "assign", "snooze", "open", "close", "tag", "untag", "read".
    static QString kindName(Kind kind);
    static Kind kindFromName(const QString &name);

    QJsonObject toPayload() const;
    static OutboxAction fromEntry(const OutboxEntry &entry);

private:
    static OutboxAction of(Kind kind);
    static OutboxAction withBody(Kind kind, const QString &body,
                                 const QList<MessageAttachment> &attachments);
};

} // namespace models
