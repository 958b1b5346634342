#include "conversationfiltersql.h"

#include "schema.h"
#include "searchindex.h"

#include <QRegularExpression>
#include <QStringList>

namespace models {

using State = api::Conversation::State;

namespace {

void addIn(QStringList &clauses, QVariantList &values, const QString &column,
           const QVariantList &items)
{
    if (items.isEmpty())
        return;
    QStringList marks;
    for (const QVariant &item : items) {
        marks.append(QStringLiteral("?"));
        values.append(item);
    }
    clauses.append(column + QLatin1String(" IN (") + marks.join(QLatin1Char(','))
                   + QLatin1Char(')'));
}

void addBound(QStringList &clauses, QVariantList &values, const QString &clause, qint64 bound)
{
    if (bound <= 0)
        return;
    clauses.append(clause);
    values.append(bound);
}

void addRanges(QStringList &clauses, QVariantList &values, const ConversationFilter &filter)
{
    addBound(clauses, values, QStringLiteral("c.created_at >= ?"), filter.createdFrom);
    addBound(clauses, values, QStringLiteral("c.created_at <= ?"), filter.createdTo);
    addBound(clauses, values, QStringLiteral("c.updated_at >= ?"), filter.updatedFrom);
    addBound(clauses, values, QStringLiteral("c.updated_at <= ?"), filter.updatedTo);
}

SqlCondition joined(const QStringList &clauses, const QVariantList &values)
{
    if (clauses.isEmpty())
        return {QStringLiteral("1"), {}};
    return {clauses.join(QLatin1String(" AND ")), values};
}

// One facet token as an FTS5 string (the tokens never hold a double quote).
QString facetPhrase(SearchIndex::Facet kind, const QString &value)
{
    return QLatin1Char('"') + SearchIndex::facetToken(kind, value) + QLatin1Char('"');
}

// Any of \a phrases: one alone, or an OR group.
QString anyOf(const QStringList &phrases)
{
    if (phrases.size() == 1)
        return phrases.constFirst();
    return QLatin1Char('(') + phrases.join(QLatin1String(" OR ")) + QLatin1Char(')');
}

} // namespace

SqlCondition ConversationFilterSql::where(const ConversationFilter &filter, bool includeText)
{
    QStringList clauses;
    QVariantList values;

    QVariantList states;
    for (State state : filter.states)
        states.append(stateName(state));
    addIn(clauses, values, QStringLiteral("c.state"), states);

    if (!filter.adminAssigneeId.isEmpty()) {
        clauses.append(QStringLiteral("c.admin_assignee_id = ?"));
        values.append(filter.adminAssigneeId);
    }
    if (!filter.teamAssigneeId.isEmpty()) {
        clauses.append(QStringLiteral("c.team_assignee_id = ?"));
        values.append(filter.teamAssigneeId);
    }
    if (!filter.tagId.isEmpty()) {
        clauses.append(QStringLiteral("EXISTS (SELECT 1 FROM conversation_tags t"
                                      " WHERE t.conversation_id = c.id AND t.tag_id = ?)"));
        values.append(filter.tagId);
    }
    QVariantList priorities;
    for (api::Conversation::Priority priority : filter.priorities)
        priorities.append(int(priority));
    addIn(clauses, values, QStringLiteral("c.priority"), priorities);

    addRanges(clauses, values, filter);

    if (includeText && !filter.text.trimmed().isEmpty()) {
        // A text with nothing searchable (only punctuation) matches nothing rather than all.
        // The column clauses above stay: they are what the view's indexes are chosen by.
        const QString match = textMatch(filter);
        if (match.isEmpty()) {
            clauses.append(QStringLiteral("0"));
        } else {
            clauses.append(QStringLiteral("c.doc_id IN (SELECT rowid FROM ") + Schema::searchTable()
                           + QLatin1String(" WHERE ") + Schema::searchTable()
                           + QLatin1String(" MATCH ?)"));
            values.append(match);
        }
    }
    return joined(clauses, values);
}

SqlCondition ConversationFilterSql::rangesWhere(const ConversationFilter &filter)
{
    QStringList clauses;
    QVariantList values;
    addRanges(clauses, values, filter);
    return joined(clauses, values);
}

QString ConversationFilterSql::textMatch(const ConversationFilter &filter)
{
    const QString text = matchExpression(filter.text);
    const QString facets = facetExpression(filter);
    if (text.isEmpty() || facets.isEmpty())
        return text;
    return QLatin1Char('(') + text + QLatin1String(") AND ") + facets;
}

QString ConversationFilterSql::facetExpression(const ConversationFilter &filter)
{
    using Facet = SearchIndex::Facet;
    QStringList all;
    QStringList states;
    for (State state : filter.states)
        states.append(facetPhrase(Facet::State, stateName(state)));
    if (!states.isEmpty())
        all.append(anyOf(states));
    if (!filter.adminAssigneeId.isEmpty())
        all.append(facetPhrase(Facet::Admin, filter.adminAssigneeId));
    if (!filter.teamAssigneeId.isEmpty())
        all.append(facetPhrase(Facet::Team, filter.teamAssigneeId));
    if (!filter.tagId.isEmpty())
        all.append(facetPhrase(Facet::Tag, filter.tagId));
    QStringList priorities;
    for (api::Conversation::Priority priority : filter.priorities)
        priorities.append(facetPhrase(Facet::Priority, QString::number(int(priority))));
    if (!priorities.isEmpty())
        all.append(anyOf(priorities));
    return all.join(QLatin1String(" AND "));
}

QString ConversationFilterSql::matchExpression(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    static const QRegularExpression wordChar(QStringLiteral("[\\p{L}\\p{N}]"));
    QStringList phrases;
    const QStringList words = text.split(space, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        // The facet mark never comes from typed text: no word can match a facet token.
        QString quoted = word;
        quoted.remove(QChar(SearchIndex::facetMark));
        if (!quoted.contains(wordChar))
            continue;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        phrases.append(QLatin1Char('"') + quoted + QLatin1Char('"'));
    }
    if (phrases.isEmpty())
        return {};
    phrases.last().append(QLatin1Char('*'));
    return phrases.join(QLatin1Char(' '));
}

QString ConversationFilterSql::stateName(State state)
{
    switch (state) {
    case State::Open:
        return QStringLiteral("open");
    case State::Closed:
        return QStringLiteral("closed");
    case State::Snoozed:
        return QStringLiteral("snoozed");
    case State::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

State ConversationFilterSql::stateFromName(const QString &name)
{
    return api::Conversation::stateFromString(name);
}

} // namespace models
