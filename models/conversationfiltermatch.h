#pragma once

#include "store/conversationfilter.h"
#include "store/conversationsummary.h"

namespace models {

/// Whether a stored conversation belongs to a filter's view, decided in memory from its list
/// columns, so that a live model can place one changed row without asking SQL again. Mirrors
/// ConversationFilterSql (tst_conversationfiltermatch checks the two agree). The free-text part
/// cannot be decided here: hasText() filters must be asked of the full-text index.
bool matchesIgnoringText(const ConversationFilter &filter, const ConversationSummary &row);

/// The sort key a view orders \a row by, with doc_id as tie-breaker (ConversationOrder).
PageCursor sortKey(const ConversationSummary &row, ConversationSort sort);
/// True when \a a comes before \a b in \a sort's order.
bool sortsBefore(const PageCursor &a, const PageCursor &b, ConversationSort sort);

} // namespace models
