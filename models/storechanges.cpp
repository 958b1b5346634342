#include "storechanges.h"

#include <QThread>

namespace models {

template<typename Emit> void StoreChanges::deliver(Emit emitter)
{
    // Signals of this object must fire on its own thread, or receivers in the GUI thread
    // would run their slots directly on a worker thread.
    if (QThread::currentThread() == thread())
        emitter();
    else
        QMetaObject::invokeMethod(this, emitter, Qt::QueuedConnection);
}

void StoreChanges::notifyConversationsChanged(const QStringList &ids)
{
    if (!ids.isEmpty())
        deliver([this, ids] { Q_EMIT conversationsChanged(ids); });
}

void StoreChanges::notifyConversationsRemoved(const QStringList &ids)
{
    if (!ids.isEmpty())
        deliver([this, ids] { Q_EMIT conversationsRemoved(ids); });
}

void StoreChanges::notifyPartsChanged(const QString &conversationId)
{
    deliver([this, conversationId] { Q_EMIT partsChanged(conversationId); });
}

void StoreChanges::notifyReferenceDataChanged()
{
    deliver([this] { Q_EMIT referenceDataChanged(); });
}

void StoreChanges::notifyOutboxChanged(const QString &conversationId)
{
    deliver([this, conversationId] { Q_EMIT outboxChanged(conversationId); });
}

void StoreChanges::notifyDraftChanged(const QString &conversationId)
{
    deliver([this, conversationId] { Q_EMIT draftChanged(conversationId); });
}

} // namespace models
