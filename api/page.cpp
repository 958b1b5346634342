#include "page.h"

#include <QUrl>
#include <QUrlQuery>

namespace api {

PageInfo PageInfo::fromJson(const QJsonObject &json)
{
    PageInfo info;
    info.page = int(json::integer(json.value(QLatin1String("page"))));
    info.perPage = int(json::integer(json.value(QLatin1String("per_page"))));
    info.totalPages = int(json::integer(json.value(QLatin1String("total_pages"))));
    const QJsonValue next = json.value(QLatin1String("next"));
    if (next.isObject()) {
        info.nextCursor = json::string(next.toObject().value(QLatin1String("starting_after")));
    } else if (next.isString()) {
        // The older pages_link style gives a URL; keep its cursor if it carries one.
        const QUrlQuery query(QUrl(next.toString()).query());
        info.nextCursor
            = query.queryItemValue(QStringLiteral("starting_after"), QUrl::FullyDecoded);
    }
    return info;
}

} // namespace api
