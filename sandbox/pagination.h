#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <algorithm>
#include <optional>
#include <vector>

namespace sandbox {

/// The position of a record in a sorted listing: primary value (number, then text) and a
/// unique tie-breaker. Cursors are this key, encoded opaquely.
struct SortKey
{
    qint64 number = 0;
    QString text;
    qint64 tie = 0;

    friend bool operator<(const SortKey &a, const SortKey &b)
    {
        if (a.number != b.number)
            return a.number < b.number;
        if (a.text != b.text)
            return a.text < b.text;
        return a.tie < b.tie;
    }
    friend bool operator==(const SortKey &a, const SortKey &b)
    {
        return a.number == b.number && a.tie == b.tie && a.text == b.text;
    }
};

struct KeyedRecord
{
    SortKey key;
    int index = 0;
};

/// One page cut out of a sorted listing.
struct PageSlice
{
    std::vector<int> indices; ///< records of this page, in order
    int page = 1;
    int totalPages = 0;
    int totalCount = 0;
    QString nextCursor; ///< empty on the last page
};

/// Parsing and building of Intercom's pagination (cursor `pages` and page-number `pages`).
namespace Pagination {

constexpr int MaxPerPage = 150;

/// per_page from a query string or a JSON body: undefined → @p fallback; not an integer in
/// 1…MaxPerPage → nullopt.
std::optional<int> perPage(const QJsonValue &value, int fallback);
/// page from a query string: undefined → 1; not an integer >= 1 → nullopt.
std::optional<int> pageNumber(const QJsonValue &value);

QString encodeCursor(const SortKey &key);
std::optional<SortKey> decodeCursor(const QString &cursor);

/// Orders @p records ascending (or descending) by key and cuts the page after @p after.
/// Only the page itself is fully sorted, so a page of 100,000 records stays O(n).
PageSlice slice(std::vector<KeyedRecord> &records, const std::optional<SortKey> &after, int perPage,
                bool descending);

/// The `pages` object of cursor lists; `next` only when there is one.
QJsonObject cursorPages(const PageSlice &slice, int perPage);
/// The `pages` object of page-number lists (articles, companies, collections).
QJsonObject numberPages(int page, int perPage, int totalCount);

} // namespace Pagination

} // namespace sandbox
