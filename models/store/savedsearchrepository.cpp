#include "savedsearchrepository.h"

#include "database.h"
#include "transaction.h"

#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>

namespace models {

namespace {

const QString selectColumns
    = QStringLiteral("SELECT id, name, query, position, created_at FROM saved_searches");

SavedSearch searchFrom(const QSqlQuery &row)
{
    SavedSearch search;
    search.id = row.value(0).toLongLong();
    search.name = row.value(1).toString();
    search.query = row.value(2).toString();
    search.position = row.value(3).toInt();
    search.createdAt = row.value(4).toLongLong();
    return search;
}

} // namespace

QList<SavedSearch> SavedSearchRepository::list()
{
    QList<SavedSearch> searches;
    m_db.select(selectColumns + QLatin1String(" ORDER BY position, id"), {},
                [&](const QSqlQuery &row) { searches.append(searchFrom(row)); });
    return searches;
}

std::optional<SavedSearch> SavedSearchRepository::find(qint64 id)
{
    std::optional<SavedSearch> found;
    m_db.select(selectColumns + QLatin1String(" WHERE id = ?"), {id},
                [&](const QSqlQuery &row) { found = searchFrom(row); });
    return found;
}

std::optional<SavedSearch> SavedSearchRepository::add(const QString &name, const QString &query,
                                                      qint64 nowMs)
{
    if (name.trimmed().isEmpty())
        return std::nullopt;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return std::nullopt;
    const int position
        = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM saved_searches"), {}, 0).toInt();
    const qint64 createdAt = nowMs > 0 ? nowMs : QDateTime::currentMSecsSinceEpoch();
    if (!m_db.exec(QStringLiteral("INSERT INTO saved_searches(name, query, position, created_at)"
                                  " VALUES (?, ?, ?, ?)"),
                   {name.trimmed(), query, position, createdAt})) {
        return std::nullopt;
    }
    const qint64 id = m_db.scalar(QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
    if (!transaction.commit())
        return std::nullopt;
    return SavedSearch{id, name.trimmed(), query, position, createdAt};
}

bool SavedSearchRepository::updateOne(const QString &sql, const QVariantList &values)
{
    int changed = 0;
    return m_db.exec(sql, values, &changed) && changed == 1;
}

bool SavedSearchRepository::rename(qint64 id, const QString &name)
{
    if (name.trimmed().isEmpty())
        return false;
    return updateOne(QStringLiteral("UPDATE saved_searches SET name = ? WHERE id = ?"),
                     {name.trimmed(), id});
}

bool SavedSearchRepository::setQuery(qint64 id, const QString &query)
{
    return updateOne(QStringLiteral("UPDATE saved_searches SET query = ? WHERE id = ?"),
                     {query, id});
}

bool SavedSearchRepository::remove(qint64 id)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()
        || !updateOne(QStringLiteral("DELETE FROM saved_searches WHERE id = ?"), {id})) {
        return false;
    }
    QList<qint64> ids;
    for (const SavedSearch &search : list())
        ids.append(search.id);
    return writeOrder(ids) && transaction.commit();
}

bool SavedSearchRepository::move(qint64 id, int position)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return false;
    QList<qint64> ids;
    for (const SavedSearch &search : list())
        ids.append(search.id);
    const qsizetype from = ids.indexOf(id);
    if (from < 0)
        return false;
    ids.move(from, std::clamp<qsizetype>(position, 0, ids.size() - 1));
    return writeOrder(ids) && transaction.commit();
}

bool SavedSearchRepository::writeOrder(const QList<qint64> &ids)
{
    for (int position = 0; position < ids.size(); ++position) {
        if (!m_db.exec(QStringLiteral("UPDATE saved_searches SET position = ? WHERE id = ?"
                                      " AND position IS NOT ?"),
                       {position, ids.at(position), position})) {
            return false;
        }
    }
    return true;
}

} // namespace models
