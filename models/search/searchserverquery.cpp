#include "searchserverquery.h"

#include "models/store/conversationfiltersql.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace models {

namespace {

using api::SearchQuery;

/// Intercom types assignee ids as integers; the store keeps them as strings.
QJsonValue idValue(const QString &id)
{
    bool numeric = false;
    const qint64 number = id.toLongLong(&numeric);
    return numeric ? QJsonValue(number) : QJsonValue(id);
}

QJsonArray stringArray(const QStringList &values)
{
    QJsonArray array;
    for (const QString &value : values)
        array.append(value);
    return array;
}

SearchQuery equalOrIn(const QString &field, const QStringList &values)
{
    if (values.size() == 1)
        return SearchQuery::filter(field, QStringLiteral("="), values.constFirst());
    return SearchQuery::filter(field, QStringLiteral("IN"), stringArray(values));
}

/// Inclusive local bounds as the server's operators, which are strict ('>' is "greater
/// than" in the sandbox; the description says "greater (or equal)": one second apart).
void addRange(QList<SearchQuery> &filters, const QString &field, qint64 from, qint64 to)
{
    if (from > 0)
        filters.append(SearchQuery::filter(field, QStringLiteral(">"), QJsonValue(from - 1)));
    if (to > 0)
        filters.append(SearchQuery::filter(field, QStringLiteral("<"), QJsonValue(to + 1)));
}

QList<SearchQuery> filtersOf(const ParsedSearch &search)
{
    const ConversationFilter &filter = search.filter;
    QList<SearchQuery> filters;
    if (!filter.states.isEmpty()) {
        QStringList states;
        for (api::Conversation::State state : filter.states)
            states.append(ConversationFilterSql::stateName(state));
        filters.append(equalOrIn(QStringLiteral("state"), states));
    }
    if (search.read.has_value())
        filters.append(SearchQuery::filter(QStringLiteral("read"), QStringLiteral("="),
                                           QJsonValue(*search.read)));
    if (!filter.adminAssigneeId.isEmpty())
        filters.append(SearchQuery::filter(QStringLiteral("admin_assignee_id"), QStringLiteral("="),
                                           idValue(filter.adminAssigneeId)));
    if (!filter.teamAssigneeId.isEmpty())
        filters.append(SearchQuery::filter(QStringLiteral("team_assignee_id"), QStringLiteral("="),
                                           idValue(filter.teamAssigneeId)));
    for (const QString &tagId : search.requiredTagIds)
        filters.append(SearchQuery::filter(QStringLiteral("tag_ids"), QStringLiteral("="), tagId));
    if (!search.excludedTagIds.isEmpty())
        filters.append(SearchQuery::filter(QStringLiteral("tag_ids"), QStringLiteral("NIN"),
                                           stringArray(search.excludedTagIds)));
    if (!filter.priorities.isEmpty()) {
        QStringList priorities;
        for (api::Conversation::Priority priority : filter.priorities)
            priorities.append(api::Conversation::priorityToString(priority));
        filters.append(equalOrIn(QStringLiteral("priority"), priorities));
    }
    addRange(filters, QStringLiteral("created_at"), filter.createdFrom, filter.createdTo);
    addRange(filters, QStringLiteral("updated_at"), filter.updatedFrom, filter.updatedTo);
    return filters;
}

} // namespace

QStringList serverTextFields()
{
    return {QStringLiteral("source.body"), QStringLiteral("source.subject"),
            QStringLiteral("source.author.name"), QStringLiteral("source.author.email")};
}

void buildServerQuery(ParsedSearch &search)
{
    search.hasServerQuery = false;
    search.serverProblem.clear();
    const QList<SearchQuery> filters = filtersOf(search);
    if (filters.size() > SearchQuery::MaxPerGroup) {
        // Spelled out (and the count a plain name) so that lupdate sees the context and plural.
        const int maxFilters = SearchQuery::MaxPerGroup;
        search.serverProblem = QCoreApplication::translate(
            "models::SearchParser",
            "The server search takes at most %n filter(s): showing local results only.", nullptr,
            maxFilters);
        return;
    }
    const int maxWords = SearchQuery::MaxPerGroup - (filters.isEmpty() ? 0 : 1);
    if (search.words.size() > maxWords) {
        search.serverProblem = QCoreApplication::translate(
            "models::SearchParser",
            "The server search takes at most %n word(s) with these filters: showing local "
            "results only.",
            nullptr, maxWords);
        return;
    }
    SearchQuery query;
    if (search.words.isEmpty()) {
        query = filters.size() == 1 ? filters.constFirst() : SearchQuery::allOf(filters);
    } else {
        QList<SearchQuery> groups;
        if (!filters.isEmpty())
            groups.append(SearchQuery::allOf(filters));
        for (const QString &word : std::as_const(search.words)) {
            QList<SearchQuery> alternatives;
            for (const QString &field : serverTextFields())
                alternatives.append(SearchQuery::filter(field, QStringLiteral("~"), word));
            groups.append(SearchQuery::anyOf(alternatives));
        }
        query = groups.size() == 1 ? groups.constFirst() : SearchQuery::allOf(groups);
    }
    // The builder's own check is the last word: never send what Intercom would refuse.
    if (const QString problem = query.validate(); !problem.isEmpty()) {
        search.serverProblem = problem;
        return;
    }
    search.serverQuery = query;
    search.hasServerQuery = true;
}

} // namespace models
