#pragma once

#include "models/store/conversationfilter.h"
#include "models/store/conversationsummary.h"

#include "api/searchquery.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace models {

/// A problem with one part of what the agent typed: where it is (UTF-16 offsets into the
/// text, so a field can underline it) and a translated explanation.
struct SearchError
{
    int position = 0;
    int length = 0;
    QString message;

    bool operator==(const SearchError &other) const
    {
        return position == other.position && length == other.length && message == other.message;
    }
};

/// What SearchParser made of a search text: the local filter, the few conditions the store's
/// ConversationFilter cannot hold (checked in memory on each row, see acceptsLocally()), and
/// the server query. Plain value.
struct ParsedSearch
{
    /// What the store filters by (states, assignees, the first tag, priorities, date
    /// ranges, free text).
    ConversationFilter filter;
    /// Every `tag:` (all of them required); filter.tagId holds the first.
    QStringList requiredTagIds;
    /// `-tag:` values: none of them may be on the conversation.
    QStringList excludedTagIds;
    /// `is:read` / `is:unread`.
    std::optional<bool> read;
    /// The free words, in order (the server matches each one separately).
    QStringList words;

    /// The server's version of the search, valid when hasServerQuery.
    api::SearchQuery serverQuery;
    bool hasServerQuery = false;
    /// Why there is no server query although the text is valid and not empty (translated);
    /// the results then come from the local store only.
    QString serverProblem;

    QList<SearchError> errors;

    bool isValid() const { return errors.isEmpty(); }
    /// Nothing to search for (an empty or blank text).
    bool isEmpty() const;
    /// The conditions beyond the filter hold for \a row.
    bool acceptsLocally(const ConversationSummary &row) const;
    /// Same local search (filter and in-memory conditions); the server part is derived.
    bool sameLocalSearch(const ParsedSearch &other) const;
};

} // namespace models
