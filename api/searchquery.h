#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace api {

/// A search filter or an AND/OR group of them, for POST /conversations/search and
/// POST /contacts/search. validate() refuses what Intercom refuses: more than 2 levels of
/// nesting, more than 15 filters per group, groups mixing filters and groups (the schema's
/// oneOf), unknown operators, empty groups. Plain value.
class SearchQuery
{
    Q_DECLARE_TR_FUNCTIONS(SearchQuery)
public:
    static constexpr int MaxDepth = 2;
    static constexpr int MaxPerGroup = 15;

    SearchQuery() = default;
    /// {"field":…, "operator":…, "value":…}; operators: = != IN NIN < <= > >= ~ !~ ^ $
    static SearchQuery filter(const QString &field, const QString &op, const QJsonValue &value);
    static SearchQuery allOf(const QList<SearchQuery> &children);
    static SearchQuery anyOf(const QList<SearchQuery> &children);

    bool isGroup() const { return !m_groupOperator.isEmpty(); }
    /// 0 for a filter, 1 for a group of filters, 2 for a group of groups.
    int depth() const;
    /// An empty string when Intercom would accept the query, else a translated reason.
    QString validate() const;
    QJsonObject toJson() const;

private:
    QString m_field;
    QString m_operator;
    QJsonValue m_value;
    QString m_groupOperator; ///< "AND" / "OR" for groups
    QList<SearchQuery> m_children;
};

/// The body of a search: query, pagination, and (contacts only) sort.
struct SearchRequest
{
    static constexpr int MaxPerPage = 150;

    SearchQuery query;
    int perPage = 0; ///< 0 = the server's default
    QString startingAfter;
    QString sortField; ///< contacts only
    bool sortAscending = false;

    QString validate() const;
    QJsonObject toJson() const;
};

} // namespace api
