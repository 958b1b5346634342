#include "pendingeffects.h"

#include "localeffects.h"
#include "outboxaction.h"

#include "models/store/outboxrepository.h"

namespace models {

bool PendingEffects::reapply(const QStringList &conversationIds)
{
    const QList<OutboxEntry> entries = OutboxRepository(m_db).unsettled(conversationIds);
    // The acting teammate only matters for local message parts, which are not re-applied.
    LocalEffects effects(m_db, QString());
    for (const OutboxEntry &entry : entries) {
        const OutboxAction action = OutboxAction::fromEntry(entry);
        if (action.isMessage() || action.kind == OutboxAction::Kind::Unknown)
            continue;
        if (!effects.apply(entry.conversationId, action, entry.marker, entry.createdAt))
            return false;
    }
    return true;
}

} // namespace models
