#pragma once

#include "outboxaction.h"

#include "api/conversationpart.h"

#include <QString>

namespace models {

class Database;

/// The optimistic effect of an action on the local store, and its reversal. A reply or note
/// shows as a local part (id "local-<marker>") until the server's part replaces it.
/// Writes join the caller's Transaction. Same thread as the Database.
class LocalEffects
{
public:
    LocalEffects(Database &db, const QString &adminId)
        : m_db(db)
        , m_adminId(adminId)
    {}

    /// Fills \a action's "before" values from the stored conversation (left unknown when the
    /// conversation is not stored: then there is nothing to change locally either).
    void captureBefore(const QString &conversationId, OutboxAction &action);
    [[nodiscard]] bool apply(const QString &conversationId, const OutboxAction &action,
                             const QString &marker, qint64 nowMs);
    [[nodiscard]] bool revert(const QString &conversationId, const OutboxAction &action,
                              const QString &marker);

    static QString localPartId(const QString &marker);
    api::ConversationPart localPart(const OutboxAction &action, const QString &marker,
                                    qint64 nowMs) const;

private:
    Database &m_db;
    QString m_adminId;
};

} // namespace models
