#pragma once

#include "parsedsearch.h"
#include "searchtokenizer.h"
#include "searchvocabulary.h"

#include <QCoreApplication>
#include <QDateTime>

namespace models {

/// Turns what an agent types into the search field into a local filter and a server query.
/// Pure: names resolve against the SearchVocabulary given, dates against now().
///
/// Syntax (keys and keywords are case-insensitive; quote values with spaces):
///   words ...               free text; every word must match (local full-text index: titles,
///                           messages, notes, contact names and emails; the last word is a
///                           prefix). Quoted text "error: disk" is free text too.
///   is:open|closed|snoozed  state; several is: states mean any of them
///   is:unread|read          read state
///   assignee:me|none|<teammate name or email>
///   team:none|<team name>
///   tag:<name>              repeatable: all of them
///   -tag:<name>             none of them
///   priority:yes|no|none|low|medium|high|urgent   (yes = any priority but none)
///   created:<cond> updated:<cond>  where <cond> is DATE (that day), >DATE, >=DATE, <DATE,
///                           <=DATE; DATE is YYYY-MM-DD (local days) or a moment relative to
///                           now: 12h, 7d, 2w. "updated:7d" = updated within the last 7 days.
///   after:X / before:X      short for updated:>X / updated:<X
/// Names match a teammate's, team's or tag's name exactly (or a teammate's email), ignoring
/// case; an unknown or ambiguous name is an error on that token. Other negations (-word,
/// -is:open) are errors: the local store cannot express them.
///
/// The server query (POST /conversations/search) maps filters one to one (state, read,
/// admin_assignee_id, team_assignee_id, tag_ids = / !=, priority, created_at / updated_at)
/// and each free word to an OR of source.body ~ word, source.subject ~ word,
/// source.author.name ~ word and source.author.email ~ word: Intercom matches the body word
/// by word and has no full-text search over titles, replies or notes, so the server
/// completes the local results rather than repeating them. Within Intercom's limits
/// (2 levels, 15 per group) that allows 14 words; a longer text searches locally only.
class SearchParser
{
    Q_DECLARE_TR_FUNCTIONS(models::SearchParser)
public:
    explicit SearchParser(SearchVocabulary vocabulary = {});

    void setVocabulary(const SearchVocabulary &vocabulary) { m_vocabulary = vocabulary; }
    const SearchVocabulary &vocabulary() const { return m_vocabulary; }
    /// The moment relative dates count from, and whose time zone days are taken in. Invalid
    /// (the default): the current local time at each parse.
    void setNow(const QDateTime &now) { m_now = now; }

    ParsedSearch parse(const QString &text) const;

    /// The filter keys the syntax knows ("is", "assignee", …).
    static QStringList keys();
    /// The syntax in a few translated lines, for a tooltip or a help popup.
    static QString syntaxHelp();

private:
    struct Context;
    void apply(const SearchToken &token, Context &context) const;
    void applyIs(const SearchToken &token, Context &context) const;
    void applyAssignee(const SearchToken &token, Context &context) const;
    void applyTeam(const SearchToken &token, Context &context) const;
    void applyTag(const SearchToken &token, Context &context) const;
    void applyPriority(const SearchToken &token, Context &context) const;
    void applyDate(const SearchToken &token, const QString &field, const QString &condition,
                   Context &context) const;
    QString resolveAdmin(const SearchToken &token, Context &context) const;

    SearchVocabulary m_vocabulary;
    QDateTime m_now;
};

} // namespace models
