#include "pagination.h"

namespace sandbox::Pagination {

namespace {

std::optional<qint64> integer(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d != double(qint64(d)))
            return std::nullopt;
        return qint64(d);
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().toLongLong(&ok);
        return ok ? std::optional<qint64>(n) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace

std::optional<int> perPage(const QJsonValue &value, int fallback)
{
    if (value.isUndefined())
        return fallback;
    const std::optional<qint64> n = integer(value);
    if (!n || *n < 1 || *n > MaxPerPage)
        return std::nullopt;
    return int(*n);
}

std::optional<int> pageNumber(const QJsonValue &value)
{
    if (value.isUndefined())
        return 1;
    const std::optional<qint64> n = integer(value);
    if (!n || *n < 1 || *n > 1000000)
        return std::nullopt;
    return int(*n);
}

QString encodeCursor(const SortKey &key)
{
    const QString plain = QString::number(key.number) + QLatin1Char(':') + QString::number(key.tie)
                          + QLatin1Char(':') + key.text;
    return QString::fromLatin1(
        plain.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<SortKey> decodeCursor(const QString &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || cursor.isEmpty())
        return std::nullopt;
    const QString plain = QString::fromUtf8(*decoded);
    const int first = int(plain.indexOf(QLatin1Char(':')));
    const int second = first < 0 ? -1 : int(plain.indexOf(QLatin1Char(':'), first + 1));
    if (second < 0)
        return std::nullopt;
    bool okNumber = false;
    bool okTie = false;
    SortKey key;
    key.number = plain.left(first).toLongLong(&okNumber);
    key.tie = plain.mid(first + 1, second - first - 1).toLongLong(&okTie);
    key.text = plain.mid(second + 1);
    if (!okNumber || !okTie)
        return std::nullopt;
    return key;
}

PageSlice slice(std::vector<KeyedRecord> &records, const std::optional<SortKey> &after, int perPage,
                bool descending)
{
    auto before = [descending](const KeyedRecord &a, const KeyedRecord &b) {
        return descending ? b.key < a.key : a.key < b.key;
    };
    PageSlice result;
    result.totalCount = int(records.size());
    result.totalPages = (result.totalCount + perPage - 1) / perPage;
    auto rest = records.begin();
    if (after) {
        const KeyedRecord pivot{*after, 0};
        // Records at or before the cursor were on earlier pages.
        rest = std::partition(records.begin(), records.end(),
                              [&](const KeyedRecord &r) { return !before(pivot, r); });
    }
    const int skipped = int(rest - records.begin());
    result.page = skipped / perPage + 1;
    const int available = int(records.end() - rest);
    const int count = std::min(perPage, available);
    std::partial_sort(rest, rest + count, records.end(), before);
    for (int i = 0; i < count; ++i)
        result.indices.push_back((rest + i)->index);
    if (available > count)
        result.nextCursor = encodeCursor((rest + count - 1)->key);
    return result;
}

QJsonObject cursorPages(const PageSlice &slice, int perPage)
{
    QJsonObject pages{{QStringLiteral("type"), QStringLiteral("pages")},
                      {QStringLiteral("page"), slice.page},
                      {QStringLiteral("per_page"), perPage},
                      {QStringLiteral("total_pages"), slice.totalPages}};
    if (!slice.nextCursor.isEmpty())
        pages.insert(QStringLiteral("next"),
                     QJsonObject{{QStringLiteral("per_page"), perPage},
                                 {QStringLiteral("starting_after"), slice.nextCursor}});
    return pages;
}

QJsonObject numberPages(int page, int perPage, int totalCount)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("pages")},
                       {QStringLiteral("page"), page},
                       {QStringLiteral("per_page"), perPage},
                       {QStringLiteral("total_pages"), (totalCount + perPage - 1) / perPage}};
}

} // namespace sandbox::Pagination
