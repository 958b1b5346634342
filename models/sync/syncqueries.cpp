#include "syncqueries.h"

#include <QJsonArray>

#include <algorithm>

namespace models::SyncQueries {

api::SearchQuery openAndSnoozed()
{
    return api::SearchQuery::filter(QStringLiteral("state"), QStringLiteral("IN"),
                                    QJsonArray{QStringLiteral("open"), QStringLiteral("snoozed")});
}

api::SearchQuery closedSince(qint64 cutoffSecs)
{
    return api::SearchQuery::allOf(
        {api::SearchQuery::filter(QStringLiteral("state"), QStringLiteral("="),
                                  QStringLiteral("closed")),
         updatedSince(cutoffSecs)});
}

api::SearchQuery updatedSince(qint64 sinceSecs)
{
    return api::SearchQuery::filter(QStringLiteral("updated_at"), QStringLiteral(">"),
                                    QJsonValue(std::max<qint64>(sinceSecs, 0)));
}

api::SearchRequest request(const api::SearchQuery &query, int perPage, const QString &cursor)
{
    api::SearchRequest request;
    request.query = query;
    request.perPage = std::clamp(perPage, 1, int(api::SearchRequest::MaxPerPage));
    request.startingAfter = cursor;
    return request;
}

} // namespace models::SyncQueries
