#include "conversationfiltermatch.h"

namespace models {

namespace {

bool inRange(qint64 value, qint64 from, qint64 to)
{
    return (from == 0 || value >= from) && (to == 0 || value <= to);
}

bool descending(ConversationSort sort)
{
    return sort == ConversationSort::UpdatedNewest || sort == ConversationSort::CreatedNewest;
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
    const bool byCreated = sort == ConversationSort::CreatedNewest
                           || sort == ConversationSort::CreatedOldest;
    return {byCreated ? row.createdAt : row.updatedAt, row.docId};
}

bool sortsBefore(const PageCursor &a, const PageCursor &b, ConversationSort sort)
{
    const bool less = a.key != b.key ? a.key < b.key : a.docId < b.docId;
    const bool greater = a.key != b.key ? a.key > b.key : a.docId > b.docId;
    return descending(sort) ? greater : less;
}

} // namespace models
