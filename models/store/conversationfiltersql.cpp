#include "conversationfiltersql.h"

#include "schema.h"

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

    addBound(clauses, values, QStringLiteral("c.created_at >= ?"), filter.createdFrom);
    addBound(clauses, values, QStringLiteral("c.created_at <= ?"), filter.createdTo);
    addBound(clauses, values, QStringLiteral("c.updated_at >= ?"), filter.updatedFrom);
    addBound(clauses, values, QStringLiteral("c.updated_at <= ?"), filter.updatedTo);

    if (includeText && !filter.text.trimmed().isEmpty()) {
        // A text with nothing searchable (only punctuation) matches nothing rather than all.
        const QString match = matchExpression(filter.text);
        if (match.isEmpty()) {
            clauses.append(QStringLiteral("0"));
        } else {
            clauses.append(QStringLiteral("c.doc_id IN (SELECT rowid FROM ") + Schema::searchTable()
                           + QLatin1String(" WHERE ") + Schema::searchTable()
                           + QLatin1String(" MATCH ?)"));
            values.append(match);
        }
    }
    if (clauses.isEmpty())
        return {QStringLiteral("1"), {}};
    return {clauses.join(QLatin1String(" AND ")), values};
}

QString ConversationFilterSql::matchExpression(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    static const QRegularExpression wordChar(QStringLiteral("[\\p{L}\\p{N}]"));
    QStringList phrases;
    const QStringList words = text.split(space, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!word.contains(wordChar))
            continue;
        QString quoted = word;
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
