#include "helpcenterrepository.h"

#include "database.h"
#include "jsoncolumns.h"
#include "transaction.h"

#include <QSqlQuery>

namespace models {

namespace {

const QString articleColumns = QStringLiteral(
    "id, title, description, body, author_id, state, created_at, updated_at, url, parent_id,"
    " parent_type, default_locale, raw_json");

api::Article articleFromRow(const QSqlQuery &row)
{
    api::Article a = api::Article::fromJson(jsoncolumns::toObject(row.value(12)));
    a.id = row.value(0).toString();
    a.title = row.value(1).toString();
    a.description = row.value(2).toString();
    a.body = row.value(3).toString();
    a.authorId = row.value(4).toString();
    a.state = api::Article::stateFromString(row.value(5).toString());
    a.createdAt = row.value(6).toLongLong();
    a.updatedAt = row.value(7).toLongLong();
    a.url = row.value(8).toString();
    a.parentId = row.value(9).toString();
    a.parentType = row.value(10).toString();
    a.defaultLocale = row.value(11).toString();
    return a;
}

} // namespace

bool HelpCenterRepository::upsertArticles(const QList<api::Article> &articles)
{
    using namespace jsoncolumns;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return false;
    for (const api::Article &a : articles) {
        if (a.id.isEmpty())
            continue;
        if (!m_db.exec(QStringLiteral("INSERT OR REPLACE INTO articles(") + articleColumns
                           + QLatin1String(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {a.id, notNull(a.title), nullIfEmpty(a.description), nullIfEmpty(a.body),
                        nullIfEmpty(a.authorId),
                        a.state == api::Article::State::Unknown
                            ? QVariant(QMetaType::fromType<QString>())
                            : QVariant(api::Article::stateToString(a.state)),
                        a.createdAt, a.updatedAt, nullIfEmpty(a.url), nullIfEmpty(a.parentId),
                        nullIfEmpty(a.parentType), nullIfEmpty(a.defaultLocale),
                        fromObject(a.rawJson)})) {
            return false;
        }
    }
    return transaction.commit();
}

bool HelpCenterRepository::removeArticle(const QString &id)
{
    return m_db.exec(QStringLiteral("DELETE FROM articles WHERE id = ?"), {id});
}

bool HelpCenterRepository::upsertCollections(const QList<api::Collection> &collections)
{
    using namespace jsoncolumns;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return false;
    for (const api::Collection &c : collections) {
        if (c.id.isEmpty())
            continue;
        if (!m_db.exec(QStringLiteral("INSERT OR REPLACE INTO collections(id, name, description,"
                                      " parent_id, help_center_id, sort_order, url, icon,"
                                      " default_locale, created_at, updated_at, raw_json)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {c.id, notNull(c.name), nullIfEmpty(c.description), nullIfEmpty(c.parentId),
                        nullIfEmpty(c.helpCenterId), c.order, nullIfEmpty(c.url),
                        nullIfEmpty(c.icon), nullIfEmpty(c.defaultLocale), c.createdAt, c.updatedAt,
                        fromObject(c.rawJson)})) {
            return false;
        }
    }
    return transaction.commit();
}

std::optional<api::Article> HelpCenterRepository::article(const QString &id)
{
    std::optional<api::Article> result;
    m_db.select(QStringLiteral("SELECT ") + articleColumns
                    + QLatin1String(" FROM articles WHERE id = ?"),
                {id}, [&](const QSqlQuery &row) { result = articleFromRow(row); });
    return result;
}

QList<api::Article> HelpCenterRepository::articlesIn(const QString &parentId)
{
    QList<api::Article> result;
    m_db.select(QStringLiteral("SELECT ") + articleColumns
                    + QLatin1String(" FROM articles WHERE COALESCE(parent_id, '') = ?"
                                    " ORDER BY title COLLATE NOCASE, id"),
                {jsoncolumns::notNull(parentId)},
                [&](const QSqlQuery &row) { result.append(articleFromRow(row)); });
    return result;
}

QList<api::Collection> HelpCenterRepository::collections()
{
    QList<api::Collection> result;
    m_db.select(QStringLiteral("SELECT raw_json, id, name, description, parent_id, help_center_id,"
                               " sort_order, url, icon, default_locale, created_at, updated_at"
                               " FROM collections ORDER BY sort_order, name COLLATE NOCASE, id"),
                {}, [&](const QSqlQuery &row) {
                    api::Collection c
                        = api::Collection::fromJson(jsoncolumns::toObject(row.value(0)));
                    c.id = row.value(1).toString();
                    c.name = row.value(2).toString();
                    c.description = row.value(3).toString();
                    c.parentId = row.value(4).toString();
                    c.helpCenterId = row.value(5).toString();
                    c.order = row.value(6).toInt();
                    c.url = row.value(7).toString();
                    c.icon = row.value(8).toString();
                    c.defaultLocale = row.value(9).toString();
                    c.createdAt = row.value(10).toLongLong();
                    c.updatedAt = row.value(11).toLongLong();
                    result.append(c);
                });
    return result;
}

} // namespace models
