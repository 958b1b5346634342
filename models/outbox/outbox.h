#pragma once

#include "outboxaction.h"
#include "outboxoptions.h"

#include "models/store/outboxentry.h"

#include <QList>
#include <QObject>

#include <optional>

namespace api {
class IntercomClient;
}

namespace models {

class Database;
class OutboxSender;
class StoreChanges;

/// The agent's actions on conversations, persisted before they are sent.
///
/// Each call writes the action to the outbox and its optimistic effect to the store in one
/// transaction (both or neither), then the OutboxSender delivers it exactly once, in order
/// per conversation. Replies and notes wait the undo window first; undo() takes one back and
/// returns its text to the draft. A permanently failed action keeps its text: retry() sends
/// it again (edited or not), discard() drops it and undoes its local effect.
/// Replies and notes may carry files (at most MessageAttachment::MaxCount, size-capped); they
/// are kept in the entry's payload until sent as attachment_files.
/// Action calls return the entry id, 0 when nothing was written (invalid message or store
/// failure; lastError() says which).
/// GUI-thread object; the Database, client and StoreChanges (may be null) must outlive it.
class Outbox : public QObject
{
    Q_OBJECT
public:
    Outbox(Database &db, api::IntercomClient &client, StoreChanges *changes,
           const OutboxOptions &options, QObject *parent = nullptr);
    ~Outbox() override;

    /// At startup: entries left "sending" are outcome-unknown; then delivery begins.
    void start();
    void setOnline(bool online);
    bool isOnline() const;
    /// The network is back: send what waits for a back-off now. (After a refused token, the
    /// client's setToken() resumes delivery by itself; resume() does no harm.)
    void resume();
    /// Waiting for a new token: Intercom refused the client's (401). Nothing is lost: the
    /// actions stay queued, in order, and are sent once the client has a new token.
    bool isAuthenticationRequired() const;

    qint64 reply(const QString &conversationId, const QString &body,
                 const QList<MessageAttachment> &attachments = {});
    qint64 note(const QString &conversationId, const QString &body,
                const QList<MessageAttachment> &attachments = {});
    /// Send and close: the reply, then a close that follows it, queued in order in one
    /// transaction (both or neither). Returns the reply's id: undo(), retry() and discard() of
    /// the reply take the close along; the close is not sent if the reply fails.
    qint64 replyAndClose(const QString &conversationId, const QString &body,
                         const QList<MessageAttachment> &attachments = {});
    qint64 assignAdmin(const QString &conversationId, const QString &adminId);
    qint64 assignTeam(const QString &conversationId, const QString &teamId);
    qint64 unassign(const QString &conversationId);
    qint64 snooze(const QString &conversationId, qint64 untilSecs);
    qint64 open(const QString &conversationId);
    qint64 close(const QString &conversationId);
    qint64 addTag(const QString &conversationId, const QString &tagId);
    qint64 removeTag(const QString &conversationId, const QString &tagId);
    qint64 markRead(const QString &conversationId, bool read);
    qint64 enqueue(const QString &conversationId, OutboxAction action);
    /// Queues \a action, and then a close that follows it when \a thenClose (a reply).
    qint64 enqueue(const QString &conversationId, OutboxAction action, bool thenClose);
    /// Why the last action call returned 0 (translated); empty after a success.
    QString lastError() const { return m_lastError; }
    /// Why \a action cannot be queued (translated), empty when it can.
    static QString validate(const OutboxAction &action);

    /// Takes back a reply or note still in its undo window (or any action not yet sent):
    /// removes it, reverts its local effect, returns its text to the draft.
    bool undo(qint64 id);
    /// A failed action goes back in line; \a editedBody (if not null) replaces a message's text.
    /// A close that follows the message goes back in line after it.
    bool retry(qint64 id, const QString &editedBody = QString());
    /// Same, also replacing a message's files.
    bool retry(qint64 id, const QString &editedBody, const QList<MessageAttachment> &attachments);
    /// Drops a failed action and reverts its local effect (then re-reads the conversation).
    bool discard(qint64 id);

    QList<OutboxEntry> failed() const;
    std::optional<OutboxEntry> entry(qint64 id) const;
    /// Taken back by undo() now: queued and never attempted.
    bool isUndoable(qint64 id) const;
    const OutboxOptions &options() const { return m_options; }
    QList<OutboxEntry> pending(const QString &conversationId) const;
    OutboxSender *sender() const { return m_sender; }

Q_SIGNALS:
    void entryChanged(qint64 id, models::OutboxEntry::State state);
    /// Nothing is in flight and nothing can be sent before the next wake-up.
    void idle();
    /// An action met a refused token (401) and waits, queued, for the client's new token.
    void authenticationRequired();

private:
    qint64 write(const QString &conversationId, OutboxAction action, qint64 nowMs);
    bool retryEntry(qint64 id, const QString &editedBody,
                    const std::optional<QList<MessageAttachment>> &attachments);
    /// Queued or failed closes that follow the message \a id.
    QList<OutboxEntry> followers(const OutboxEntry &message) const;
    void returnToDraft(const QString &conversationId, const OutboxAction &action);
    void refresh(const QString &conversationId);
    void notify(const QString &conversationId, bool message);

    Database &m_db;
    api::IntercomClient &m_client;
    StoreChanges *m_changes;
    OutboxOptions m_options;
    OutboxSender *m_sender;
    QString m_lastError;
};

} // namespace models
