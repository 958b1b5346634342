#include "searchquery.h"

#include <QJsonArray>

namespace api {

namespace {

bool isKnownOperator(const QString &op)
{
    static const char *const operators[]
        = {"=", "!=", "IN", "NIN", "<", "<=", ">", ">=", "~", "!~", "^", "$"};
    for (const char *known : operators) {
        if (op == QLatin1String(known))
            return true;
    }
    return false;
}

} // namespace

SearchQuery SearchQuery::filter(const QString &field, const QString &op, const QJsonValue &value)
{
    SearchQuery query;
    query.m_field = field;
    query.m_operator = op;
    query.m_value = value;
    return query;
}

SearchQuery SearchQuery::allOf(const QList<SearchQuery> &children)
{
    SearchQuery query;
    query.m_groupOperator = QStringLiteral("AND");
    query.m_children = children;
    return query;
}

SearchQuery SearchQuery::anyOf(const QList<SearchQuery> &children)
{
    SearchQuery query = allOf(children);
    query.m_groupOperator = QStringLiteral("OR");
    return query;
}

int SearchQuery::depth() const
{
    int deepest = 0;
    for (const SearchQuery &child : m_children)
        deepest = qMax(deepest, child.depth());
    return isGroup() ? deepest + 1 : 0;
}

QString SearchQuery::validate() const
{
    if (!isGroup()) {
        if (m_field.isEmpty())
            return tr("A search filter needs a field.");
        if (!isKnownOperator(m_operator))
            return tr("Unknown search operator \"%1\".").arg(m_operator);
        return {};
    }
    if (depth() > MaxDepth)
        return tr("Searches can nest groups only %n level(s) deep.", nullptr, MaxDepth);
    if (m_children.isEmpty())
        return tr("A search group needs at least one filter.");
    if (m_children.size() > MaxPerGroup)
        return tr("A search group can hold at most %n filter(s).", nullptr, MaxPerGroup);
    // The description's schema: a group's value is an array of filters or an array of groups.
    const bool firstIsGroup = m_children.constFirst().isGroup();
    for (const SearchQuery &child : m_children) {
        if (child.isGroup() != firstIsGroup)
            return tr("A search group holds either filters or groups, not both.");
    }
    for (const SearchQuery &child : m_children) {
        const QString problem = child.validate();
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

QJsonObject SearchQuery::toJson() const
{
    if (!isGroup()) {
        return {{QStringLiteral("field"), m_field},
                {QStringLiteral("operator"), m_operator},
                {QStringLiteral("value"), m_value}};
    }
    QJsonArray children;
    for (const SearchQuery &child : m_children)
        children.append(child.toJson());
    return {{QStringLiteral("operator"), m_groupOperator}, {QStringLiteral("value"), children}};
}

QString SearchRequest::validate() const
{
    if (perPage < 0 || perPage > MaxPerPage)
        return SearchQuery::tr("At most %n results per page can be requested.", nullptr,
                               MaxPerPage);
    return query.validate();
}

QJsonObject SearchRequest::toJson() const
{
    QJsonObject body{{QStringLiteral("query"), query.toJson()}};
    QJsonObject pagination;
    if (perPage > 0)
        pagination.insert(QStringLiteral("per_page"), perPage);
    if (!startingAfter.isEmpty())
        pagination.insert(QStringLiteral("starting_after"), startingAfter);
    if (!pagination.isEmpty())
        body.insert(QStringLiteral("pagination"), pagination);
    if (!sortField.isEmpty()) {
        body.insert(
            QStringLiteral("sort"),
            QJsonObject{{QStringLiteral("field"), sortField},
                        {QStringLiteral("order"), sortAscending ? QStringLiteral("ascending")
                                                                : QStringLiteral("descending")}});
    }
    return body;
}

} // namespace api
