#pragma once

#include <QStringList>

namespace models {

class Database;

/// Keeps the agent's unsent actions visible when the server's copy of a conversation is
/// written over the local one. A sync page or a thread fetch carries the server's state,
/// assignees, tags and read flag, which do not include actions still in the outbox; without
/// this, a conversation the agent just closed would reappear open until the close is
/// delivered. reapply() runs inside the writer's transaction, right after the upsert, and puts
/// back the optimistic effect of every queued, sending or failed entry, in enqueue order.
/// Local reply and note parts need nothing: parts are upserted, never replaced.
/// Same thread as the Database.
class PendingEffects
{
public:
    explicit PendingEffects(Database &db)
        : m_db(db)
    {}

    /// False when a store write failed (the caller rolls its transaction back).
    [[nodiscard]] bool reapply(const QStringList &conversationIds);

private:
    Database &m_db;
};

} // namespace models
