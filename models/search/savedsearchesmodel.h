#pragma once

#include "models/store/savedsearchrepository.h"

#include <QAbstractListModel>

namespace models {

class Database;

/// The workspace's saved searches in the agent's order, for the sidebar (under the built-in
/// views; it answers the view roles ViewKeyRole and ViewNameRole too). Edits go through this model,
/// which writes them to the store first (SavedSearchRepository) and then emits the matching row
/// signals; a refused write changes nothing and emits storeFailed(). The model is the only writer
/// of its table, so it keeps no watch on the store. GUI thread; \a db outlives the model.
class SavedSearchesModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit SavedSearchesModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    /// One row at a time (the sidebar moves one search up or down).
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    /// Appends a search; its row, or -1 when the store refused it (or the name is blank).
    int addSearch(const QString &name, const QString &query);
    bool renameSearch(int row, const QString &name);
    bool setSearchQuery(int row, const QString &query);
    bool removeSearch(int row) { return removeRows(row, 1); }
    /// Moves the search at \a from to index \a to (in the final order).
    bool moveSearch(int from, int to);

    const SavedSearch &searchAt(int row) const { return m_searches.at(row); }
    int rowOfId(qint64 id) const;
    /// The sidebar's key of a saved search ("saved:<id>": stays the same across a rename).
    static QString viewKey(qint64 id);
    /// The row of a viewKey(), -1 when absent or not a saved search's key.
    int rowOfViewKey(const QString &key) const;
    /// Reads the list from the store again (a reset).
    void reload();

Q_SIGNALS:
    void storeFailed(const QString &message);

private:
    bool failed();

    Database &m_db;
    QList<SavedSearch> m_searches;
};

} // namespace models
