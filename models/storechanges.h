#pragma once

#include <QObject>
#include <QStringList>

namespace models {

/// The one place that announces what changed in a workspace's store, so that item models
/// refresh exactly the rows that changed. Writers (the sync engine's worker thread, the outbox,
/// drafts) call the notify functions from any thread; the signals are delivered on the thread
/// this object lives in (the GUI thread), queued when the writer is elsewhere. Owned by the
/// session; outlives every writer and every model.
class StoreChanges : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Thread-safe: each emits through a queued call when called off this object's thread.
    void notifyConversationsChanged(const QStringList &ids);
    void notifyConversationsRemoved(const QStringList &ids);
    void notifyPartsChanged(const QString &conversationId);
    void notifyReferenceDataChanged();
    void notifyOutboxChanged(const QString &conversationId);
    void notifyDraftChanged(const QString &conversationId);

Q_SIGNALS:
    /// Rows were inserted or updated (list columns, state, assignment, tags…).
    void conversationsChanged(const QStringList &ids);
    void conversationsRemoved(const QStringList &ids);
    /// The thread of one conversation changed (parts added or updated).
    void partsChanged(const QString &conversationId);
    /// Admins, teams or tags changed.
    void referenceDataChanged();
    /// A pending action of this conversation was queued, sent, confirmed or failed.
    void outboxChanged(const QString &conversationId);
    void draftChanged(const QString &conversationId);

private:
    template<typename Emit> void deliver(Emit emitter);
};

} // namespace models
