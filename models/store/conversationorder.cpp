#include "conversationorder.h"

namespace models {

namespace {

bool hasSubKey(ConversationSort sort)
{
    return sort == ConversationSort::PriorityFirst;
}

} // namespace

PageCursor ConversationOrder::keyOf(const ConversationSummary &row, ConversationSort sort)
{
    switch (sort) {
    case ConversationSort::CreatedNewest:
    case ConversationSort::CreatedOldest:
        return {row.createdAt, row.docId};
    case ConversationSort::WaitingLongest:
        return {row.waitingSince > 0 ? row.waitingSince : notWaitingBase - row.updatedAt,
                row.docId};
    case ConversationSort::PriorityFirst:
        return {qint64(row.priority), row.docId, row.updatedAt};
    case ConversationSort::UpdatedNewest:
    case ConversationSort::UpdatedOldest:
        break;
    }
    return {row.updatedAt, row.docId};
}

bool ConversationOrder::sortsBefore(const PageCursor &a, const PageCursor &b, ConversationSort sort)
{
    // Lexicographic over (key, subKey, docId); subKey is 0 for sorts without one.
    const auto compare = [](const PageCursor &x, const PageCursor &y) {
        if (x.key != y.key)
            return x.key < y.key ? -1 : 1;
        if (x.subKey != y.subKey)
            return x.subKey < y.subKey ? -1 : 1;
        if (x.docId != y.docId)
            return x.docId < y.docId ? -1 : 1;
        return 0;
    };
    const int order = compare(a, b);
    return isDescending(sort) ? order > 0 : order < 0;
}

bool ConversationOrder::isDescending(ConversationSort sort)
{
    switch (sort) {
    case ConversationSort::UpdatedNewest:
    case ConversationSort::CreatedNewest:
    case ConversationSort::PriorityFirst:
        return true;
    case ConversationSort::UpdatedOldest:
    case ConversationSort::CreatedOldest:
    case ConversationSort::WaitingLongest:
        break;
    }
    return false;
}

QString ConversationOrder::keySql(ConversationSort sort)
{
    switch (sort) {
    case ConversationSort::CreatedNewest:
    case ConversationSort::CreatedOldest:
        return QStringLiteral("c.created_at");
    case ConversationSort::WaitingLongest:
        // The expression of the waiting indexes (schema v5), or SQLite cannot use them.
        // "Not waiting" is NULL in the store; a 0 from any other writer means the same.
        static_assert(notWaitingBase == 17179869184);
        return QStringLiteral("(CASE WHEN c.waiting_since > 0 THEN c.waiting_since"
                              " ELSE 17179869184 - c.updated_at END)");
    case ConversationSort::PriorityFirst:
        return QStringLiteral("c.priority");
    case ConversationSort::UpdatedNewest:
    case ConversationSort::UpdatedOldest:
        break;
    }
    return QStringLiteral("c.updated_at");
}

QString ConversationOrder::orderBySql(ConversationSort sort)
{
    const QString direction = isDescending(sort) ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString sql = keySql(sort) + direction;
    if (hasSubKey(sort))
        sql += QLatin1String(", c.updated_at") + direction;
    return sql + QLatin1String(", c.doc_id") + direction;
}

QString ConversationOrder::afterSql(ConversationSort sort)
{
    const QChar after = isDescending(sort) ? QLatin1Char('<') : QLatin1Char('>');
    if (sort == ConversationSort::WaitingLongest) {
        // SQLite seeks an expression index on a plain comparison only; ties are rare (the
        // same second), so the doc_id part filters a few rows after the seek.
        const QString key = keySql(sort);
        return QLatin1Char('(') + key + QLatin1Char(' ') + after + QLatin1String("= ? AND (") + key
               + QLatin1Char(' ') + after + QLatin1String(" ? OR c.doc_id ") + after
               + QLatin1String(" ?))");
    }
    // A row value comparison: SQLite turns it into a range on the view's index.
    const QString columns = hasSubKey(sort)
                                ? keySql(sort) + QLatin1String(", c.updated_at, c.doc_id")
                                : keySql(sort) + QLatin1String(", c.doc_id");
    const QString marks = hasSubKey(sort) ? QStringLiteral("(?, ?, ?)") : QStringLiteral("(?, ?)");
    return QLatin1Char('(') + columns + QLatin1String(") ") + after + QLatin1Char(' ') + marks;
}

QVariantList ConversationOrder::afterValues(const PageCursor &cursor, ConversationSort sort)
{
    if (sort == ConversationSort::WaitingLongest)
        return {cursor.key, cursor.key, cursor.docId};
    if (hasSubKey(sort))
        return {cursor.key, cursor.subKey, cursor.docId};
    return {cursor.key, cursor.docId};
}

} // namespace models
