#pragma once

#include "outboxentry.h"

#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace models {

class Database;

/// The persisted queue of pending actions. Actions on one conversation are sent in enqueue
/// order: the head of a conversation's queue is its oldest queued or sending entry (done and
/// failed entries don't block the ones after them; a failed entry that is retried goes back
/// in line by its original order). State changes are guarded (markDone only moves a sending
/// entry…) and return false when the entry was not in the expected state.
/// enqueue() joins the caller's Transaction, so the optimistic local effect and its outbox row
/// commit together. Same thread as the Database.
class OutboxRepository
{
public:
    explicit OutboxRepository(Database &db)
        : m_db(db)
    {}

    /// Adds \a entry as queued (its id, state and attempts are ignored; an empty marker is
    /// generated, createdAt defaults to \a nowMs). Returns the new id, 0 on failure.
    qint64 enqueue(const OutboxEntry &entry, qint64 nowMs);

    std::optional<OutboxEntry> entry(qint64 id);
    std::optional<OutboxEntry> findByMarker(const QString &marker);
    /// The conversation's head if it can be sent at \a nowMs (queued, notBefore reached).
    std::optional<OutboxEntry> nextSendable(const QString &conversationId, qint64 nowMs);
    /// Conversations whose head can be sent at \a nowMs, oldest head first.
    QStringList conversationsWithSendable(qint64 nowMs);
    /// The earliest notBefore after \a nowMs among queued entries (0: none): when to look again.
    qint64 nextWakeUp(qint64 nowMs);
    /// Queued and sending entries of a conversation, in order (the UI's pending marks).
    QList<OutboxEntry> pending(const QString &conversationId);
    /// Every conversation with a queued or sending entry: one query for a whole list's marks.
    QSet<QString> conversationsWithPending();
    /// The entries whose optimistic effect is still applied locally (queued, sending or
    /// failed and not discarded) on any of \a conversationIds, in enqueue order.
    QList<OutboxEntry> unsettled(const QStringList &conversationIds);
    /// How many actions wait to be delivered (queued or sending): the status bar's count.
    int unsentCount();
    QList<OutboxEntry> failed();

    /// queued → sending, attempts + 1.
    [[nodiscard]] bool markSending(qint64 id, qint64 nowMs);
    /// sending → done.
    [[nodiscard]] bool markDone(qint64 id, qint64 nowMs);
    /// sending → queued after a transient failure, not before \a notBefore.
    [[nodiscard]] bool markRetry(qint64 id, const QString &error, qint64 notBefore, qint64 nowMs);
    /// sending → queued as if it had not been attempted (attempts − 1, last error and notBefore
    /// kept): the request was refused before anything could be applied, e.g. a 401.
    [[nodiscard]] bool markUnsent(qint64 id, qint64 nowMs);
    /// sending → failed (permanent).
    [[nodiscard]] bool markFailed(qint64 id, const QString &error, qint64 nowMs);
    /// failed → queued, with the (possibly edited) payload; attempts start again.
    [[nodiscard]] bool retry(qint64 id, const QJsonObject &payload, qint64 nowMs);
    /// Removes a queued entry (undo before sending); false once it is sending.
    [[nodiscard]] bool cancel(qint64 id);
    /// At startup: entries left sending by a crash go back to queued (attempts kept, so the
    /// sender checks their marker first). Returns how many, -1 on failure.
    int resetSending(qint64 nowMs);
    /// Deletes done entries last changed before \a beforeMs. Returns how many, -1 on failure.
    int purgeDone(qint64 beforeMs);

private:
    bool transition(qint64 id, OutboxEntry::State from, const QString &assignments,
                    QVariantList values);
    QList<OutboxEntry> list(const QString &where, const QVariantList &values);

    Database &m_db;
};

} // namespace models
