#include "parsedsearch.h"

namespace models {

bool ParsedSearch::isEmpty() const
{
    return filter == ConversationFilter() && requiredTagIds.isEmpty() && excludedTagIds.isEmpty()
           && !read.has_value() && words.isEmpty();
}

bool ParsedSearch::acceptsLocally(const ConversationSummary &row) const
{
    if (read.has_value() && row.read != *read)
        return false;
    for (const QString &tagId : requiredTagIds) {
        if (!row.tagIds.contains(tagId))
            return false;
    }
    for (const QString &tagId : excludedTagIds) {
        if (row.tagIds.contains(tagId))
            return false;
    }
    return true;
}

bool ParsedSearch::sameLocalSearch(const ParsedSearch &other) const
{
    return filter == other.filter && requiredTagIds == other.requiredTagIds
           && excludedTagIds == other.excludedTagIds && read == other.read;
}

} // namespace models
