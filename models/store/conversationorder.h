#pragma once

#include "conversationsummary.h"

#include <QString>
#include <QVariantList>

namespace models {

/// Everything a ConversationSort means, in one place: its ORDER BY, its keyset cursor (what
/// the last row of a page continues from) and the same order in memory, so a live list model
/// places a changed row exactly where the next SQL page would have put it.
///
/// Orders and their keys (every one ends with doc_id as the tie-breaker, in the sort's
/// direction):
/// - UpdatedNewest / UpdatedOldest: updated_at descending / ascending;
/// - CreatedNewest / CreatedOldest: created_at;
/// - WaitingLongest: waiting_since ascending, then the conversations nobody waits on, newest
///   updated first. One key does both: waiting_since, else notWaitingBase - updated_at (above
///   every real waiting_since). The SQL computes it with the expression of the waiting
///   indexes (schema v5; tst_storeviews checks they are used) and pages with a plain range
///   on it, which SQLite seeks on an expression index (a row value it would only filter by);
/// - PriorityFirst: priority descending, then updated_at descending (the cursor's subKey).
/// Stateless; any thread.
class ConversationOrder
{
public:
    /// Where the keys of the conversations nobody waits on start (2^34 s: after year 2500).
    static constexpr qint64 notWaitingBase = qint64(1) << 34;

    /// The cursor of \a row in \a sort's order.
    static PageCursor keyOf(const ConversationSummary &row, ConversationSort sort);
    /// True when \a a comes before \a b in \a sort's order.
    static bool sortsBefore(const PageCursor &a, const PageCursor &b, ConversationSort sort);

    /// The ORDER BY terms over the conversations table (alias "c"), without "ORDER BY".
    static QString orderBySql(ConversationSort sort);
    /// The condition "after the cursor" (a range SQLite seeks on the view's index), and the
    /// values it binds.
    static QString afterSql(ConversationSort sort);
    static QVariantList afterValues(const PageCursor &cursor, ConversationSort sort);

    /// The SQL expression of the first sort key (e.g. "c.updated_at").
    static QString keySql(ConversationSort sort);
    static bool isDescending(ConversationSort sort);
};

} // namespace models
