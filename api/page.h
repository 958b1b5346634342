#pragma once

#include "jsonvalue.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace api {

/// The "pages" object of a list answer. Intercom has two styles: cursor pages
/// (next.starting_after) and page numbers (page / total_pages, articles and companies).
struct PageInfo
{
    int page = 0;
    int perPage = 0;
    int totalPages = 0;
    QString nextCursor; ///< next.starting_after; empty on the last cursor page

    static PageInfo fromJson(const QJsonObject &json);
    bool hasNextCursor() const { return !nextCursor.isEmpty(); }
    bool hasNextPageNumber() const { return page > 0 && page < totalPages; }
};

/// One page of a list: its items plus the paging information.
template<typename T> struct Page
{
    QList<T> items;
    int totalCount = 0;
    PageInfo pages;

    /// Reads the items from `listKey` ("conversations", …) or from "data"; "data" may be
    /// an object holding `listKey` (article search: data.articles).
    static Page fromJson(const QJsonObject &json, const QString &listKey = QStringLiteral("data"))
    {
        Page page;
        const QJsonValue direct = json.value(listKey);
        const QJsonValue data = json.value(QLatin1String("data"));
        if (direct.isArray())
            page.items = json::list<T>(direct);
        else if (data.isArray())
            page.items = json::list<T>(data);
        else
            page.items = json::list<T>(json::object(data).value(listKey));
        page.totalCount
            = int(json::integer(json.value(QLatin1String("total_count")), page.items.size()));
        page.pages = PageInfo::fromJson(json::object(json.value(QLatin1String("pages"))));
        return page;
    }
};

} // namespace api
