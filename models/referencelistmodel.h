#pragma once

#include "diffinglistmodel.h"

#include <QStringList>
#include <QUrl>

namespace models {

class Database;
class ReferenceRepository;
class StoreChanges;

/// The common shape of the workspace's reference lists (teammates, teams, tags): rows read
/// from ReferenceRepository, sorted by name for the user's locale (QCollator: case- and
/// accent-aware, numbers in numeric order), refreshed on StoreChanges::referenceDataChanged
/// with row signals for what changed only (DiffingListModel), so a menu or a completer open
/// on it keeps its place while the sync refreshes the lists. Subclasses say what to read and
/// which roles apply. GUI thread; \a db is a GUI-thread connection that outlives the model.
class ReferenceListModel : public DiffingListModel
{
    Q_OBJECT
public:
    /// One row; the fields a list does not have stay empty.
    struct Item
    {
        QString id;
        QString name;
        QString email;
        QUrl avatarUrl;
        bool away = false;
        QStringList teamIds;   ///< teammates
        QStringList memberIds; ///< teams

        bool operator==(const Item &other) const;
        bool operator!=(const Item &other) const { return !(*this == other); }
    };

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Reads the list again and applies the difference.
    void refresh();
    /// The row of \a id, -1 when absent.
    int rowOf(const QString &id) const;
    const Item &itemAt(int row) const { return m_items.at(row); }

protected:
    /// \a roles: the ReferenceRole values this list answers (besides id and name).
    ReferenceListModel(Database &db, StoreChanges *changes, QList<int> roles, QObject *parent);
    /// Called by refresh(); the order does not matter.
    virtual QList<Item> read(ReferenceRepository &repository) = 0;

private:
    Database &m_db;
    QList<int> m_roles;
    QList<Item> m_items;
};

} // namespace models
