#include "savedsearchesmodel.h"

#include "savedsearchroles.h"

#include "models/store/database.h"
#include "models/viewroles.h"

namespace models {

SavedSearchesModel::SavedSearchesModel(Database &db, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(db)
{
    m_searches = SavedSearchRepository(m_db).list();
}

void SavedSearchesModel::reload()
{
    beginResetModel();
    m_searches = SavedSearchRepository(m_db).list();
    endResetModel();
}

int SavedSearchesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_searches.size());
}

QVariant SavedSearchesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SavedSearch &search = m_searches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case ViewNameRole:
        return search.name;
    case ViewKeyRole:
        return viewKey(search.id);
    case Qt::ToolTipRole:
    case SavedSearchQueryRole:
        return search.query;
    case Qt::AccessibleTextRole:
        return tr("Saved search %1: %2").arg(search.name, search.query);
    case SavedSearchIdRole:
        return search.id;
    default:
        return {};
    }
}

bool SavedSearchesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    return renameSearch(index.row(), value.toString());
}

Qt::ItemFlags SavedSearchesModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsEditable : base;
}

QHash<int, QByteArray> SavedSearchesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{SavedSearchIdRole, "savedSearchId"},
                  {SavedSearchQueryRole, "query"},
                  {ViewKeyRole, "viewKey"},
                  {ViewNameRole, "viewName"}});
    return names;
}

bool SavedSearchesModel::failed()
{
    const StoreError &error = m_db.lastError();
    Q_EMIT storeFailed(error ? error.displayText() : tr("The saved search could not be stored."));
    return false;
}

int SavedSearchesModel::addSearch(const QString &name, const QString &query)
{
    if (name.trimmed().isEmpty())
        return -1;
    const std::optional<SavedSearch> added = SavedSearchRepository(m_db).add(name, query);
    if (!added) {
        failed();
        return -1;
    }
    const int row = int(m_searches.size());
    beginInsertRows({}, row, row);
    m_searches.append(*added);
    endInsertRows();
    return row;
}

bool SavedSearchesModel::renameSearch(int row, const QString &name)
{
    if (row < 0 || row >= m_searches.size() || name.trimmed().isEmpty())
        return false;
    if (!SavedSearchRepository(m_db).rename(m_searches.at(row).id, name))
        return failed();
    m_searches[row].name = name.trimmed();
    Q_EMIT dataChanged(index(row), index(row));
    return true;
}

bool SavedSearchesModel::setSearchQuery(int row, const QString &query)
{
    if (row < 0 || row >= m_searches.size())
        return false;
    if (!SavedSearchRepository(m_db).setQuery(m_searches.at(row).id, query))
        return failed();
    m_searches[row].query = query;
    Q_EMIT dataChanged(index(row), index(row));
    return true;
}

bool SavedSearchesModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count != 1 || row >= m_searches.size())
        return false;
    if (!SavedSearchRepository(m_db).remove(m_searches.at(row).id))
        return failed();
    beginRemoveRows({}, row, row);
    m_searches.removeAt(row);
    for (int i = row; i < m_searches.size(); ++i)
        m_searches[i].position = i;
    endRemoveRows();
    return true;
}

bool SavedSearchesModel::moveSearch(int from, int to)
{
    if (from == to)
        return from >= 0 && from < m_searches.size();
    // Qt's destination is the row before which to insert, in the order before the move.
    return moveRows({}, from, 1, {}, to > from ? to + 1 : to);
}

bool SavedSearchesModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                  const QModelIndex &destinationParent, int destinationChild)
{
    const int size = int(m_searches.size());
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0
        || sourceRow >= size || destinationChild < 0 || destinationChild > size) {
        return false;
    }
    const int target = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    if (target == sourceRow)
        return false;
    if (!SavedSearchRepository(m_db).move(m_searches.at(sourceRow).id, target))
        return failed();
    beginMoveRows({}, sourceRow, sourceRow, {}, destinationChild);
    m_searches.move(sourceRow, target);
    for (int i = 0; i < m_searches.size(); ++i)
        m_searches[i].position = i;
    endMoveRows();
    return true;
}

QString SavedSearchesModel::viewKey(qint64 id)
{
    return QStringLiteral("saved:") + QString::number(id);
}

int SavedSearchesModel::rowOfViewKey(const QString &key) const
{
    const QLatin1String prefix("saved:");
    if (!key.startsWith(prefix))
        return -1;
    bool ok = false;
    const qint64 id = QStringView(key).mid(prefix.size()).toLongLong(&ok);
    return ok ? rowOfId(id) : -1;
}

int SavedSearchesModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_searches.size(); ++row) {
        if (m_searches.at(row).id == id)
            return row;
    }
    return -1;
}

} // namespace models
