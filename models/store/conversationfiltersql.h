#pragma once

#include "conversationfilter.h"

#include <QString>
#include <QVariantList>

namespace models {

/// A WHERE fragment with its positional (?) values.
struct SqlCondition
{
    QString sql; ///< never empty: "1" when nothing is filtered
    QVariantList values;
};

/// How a ConversationFilter becomes SQL over the conversations table (alias "c"). Every
/// field maps to an indexed column: states → c.state IN (…), assignees → equality on
/// admin_assignee_id / team_assignee_id, tag → EXISTS on conversation_tags, priorities →
/// c.priority IN (…), ranges → BETWEEN-style bounds, text → c.doc_id IN (FTS5 MATCH).
/// With a text, the MATCH also carries the filter's facets (states, assignees, tag,
/// priorities: see textMatch()), so FTS5 narrows the matches to the view itself.
class ConversationFilterSql
{
public:
    /// The whole filter; with \a includeText false the free text is left to the caller (the
    /// ranked search joins the FTS table itself).
    static SqlCondition where(const ConversationFilter &filter, bool includeText = true);
    /// Only the date ranges (what textMatch() cannot express): "1" when there are none.
    static SqlCondition rangesWhere(const ConversationFilter &filter);

    /// The FTS5 query for a search: the text's matchExpression() AND the filter's
    /// facetExpression(). Empty when the text has nothing searchable.
    static QString textMatch(const ConversationFilter &filter);
    /// The filter's states, assignees, tag and priorities as an FTS5 query over the facet
    /// tokens of the documents (SearchIndex::facetToken()); empty when it has none of them.
    static QString facetExpression(const ConversationFilter &filter);

    /// The user's text as an FTS5 query: each word a quoted phrase (so punctuation and FTS
    /// operators are literal), all required, the last one a prefix (search as you type).
    /// Empty when the text has nothing searchable.
    static QString matchExpression(const QString &text);

    static QString stateName(api::Conversation::State state);
    static api::Conversation::State stateFromName(const QString &name);
};

} // namespace models
