#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace models {

class Database;

/// A search the agent saved as a view: its name and the text in the search syntax
/// (SearchParser), stored as typed so that names keep resolving when ids are synced again.
struct SavedSearch
{
    qint64 id = 0;
    QString name;
    QString query;
    int position = 0;     ///< 0-based place in the sidebar
    qint64 createdAt = 0; ///< local ms

    bool operator==(const SavedSearch &other) const
    {
        return id == other.id && name == other.name && query == other.query
               && position == other.position && createdAt == other.createdAt;
    }
};

/// The workspace's saved searches (table saved_searches, schema v6), kept in a dense 0..n-1
/// order: add() appends, remove() and move() renumber in one transaction. Names need not be
/// unique. Same thread as the Database.
class SavedSearchRepository
{
public:
    explicit SavedSearchRepository(Database &db)
        : m_db(db)
    {}

    /// Ordered by position.
    QList<SavedSearch> list();
    std::optional<SavedSearch> find(qint64 id);
    /// Appends; none on failure (or an empty name).
    std::optional<SavedSearch> add(const QString &name, const QString &query, qint64 nowMs = 0);
    [[nodiscard]] bool rename(qint64 id, const QString &name);
    [[nodiscard]] bool setQuery(qint64 id, const QString &query);
    [[nodiscard]] bool remove(qint64 id);
    /// Moves the search to \a position (clamped), shifting the others.
    [[nodiscard]] bool move(qint64 id, int position);

private:
    bool writeOrder(const QList<qint64> &ids);
    bool updateOne(const QString &sql, const QVariantList &values);

    Database &m_db;
};

} // namespace models
