#pragma once

#include "migrationstep.h"

#include <QList>

namespace models {

/// The store's schema as an ordered list of steps. Version 1 is the full first schema;
/// each later step changes it. Never edit a released step: append a new one.
///
/// Units: timestamps that come from Intercom (created_at, updated_at, waiting_since,
/// snoozed_until of conversations, parts, contacts…) are Unix seconds; local bookkeeping
/// (outbox, drafts, parts_synced_at, sync_state) is milliseconds since the epoch.
/// Optional timestamps (waiting_since, snoozed_until) are NULL when unset, never 0.
class Schema
{
public:
    static QList<MigrationStep> steps();
    static int latestVersion();
    /// Name of the FTS5 table (rowid = conversations.doc_id).
    static QString searchTable() { return QStringLiteral("conversation_search"); }
    /// A covering index over conversations keyed by doc_id with every column a filter reads
    /// (ConversationFilterSql): what a filtered search looks each candidate up in.
    static QString searchFilterIndex() { return QStringLiteral("idx_conversations_search"); }
};

} // namespace models
