#include "conversationfiltermatch.h"

#include "store/conversationorder.h"

namespace models {

namespace {

bool inRange(qint64 value, qint64 from, qint64 to)
{
    return (from == 0 || value >= from) && (to == 0 || value <= to);
}

} // namespace

bool matchesIgnoringText(const ConversationFilter &filter, const ConversationSummary &row)
{
    if (!filter.states.isEmpty() && !filter.states.contains(row.state))
        return false;
    if (!filter.adminAssigneeId.isEmpty() && filter.adminAssigneeId != row.adminAssigneeId)
        return false;
    if (!filter.teamAssigneeId.isEmpty() && filter.teamAssigneeId != row.teamAssigneeId)
        return false;
    if (!filter.tagId.isEmpty() && !row.tagIds.contains(filter.tagId))
        return false;
    if (!filter.priorities.isEmpty() && !filter.priorities.contains(row.priority))
        return false;
    return inRange(row.createdAt, filter.createdFrom, filter.createdTo)
           && inRange(row.updatedAt, filter.updatedFrom, filter.updatedTo);
}

PageCursor sortKey(const ConversationSummary &row, ConversationSort sort)
{
    return ConversationOrder::keyOf(row, sort);
}

bool sortsBefore(const PageCursor &a, const PageCursor &b, ConversationSort sort)
{
    return ConversationOrder::sortsBefore(a, b, sort);
}

} // namespace models
