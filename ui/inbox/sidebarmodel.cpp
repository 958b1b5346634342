#include "sidebarmodel.h"

#include "models/viewroles.h"

namespace ui {

SidebarModel::SidebarModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void SidebarModel::setViewsModel(QAbstractItemModel *views)
{
    beginResetModel();
    if (m_views)
        disconnect(m_views, nullptr, this, nullptr);
    m_views = views;
    watch(views);
    endResetModel();
}

void SidebarModel::setSavedSearchesModel(QAbstractItemModel *saved)
{
    beginResetModel();
    if (m_saved)
        disconnect(m_saved, nullptr, this, nullptr);
    m_saved = saved;
    watch(saved);
    endResetModel();
}

void SidebarModel::watch(QAbstractItemModel *source)
{
    if (!source)
        return;
    connect(source, &QAbstractItemModel::dataChanged, this,
            [this, source](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                forwardChange(source, topLeft, bottomRight);
            });
    // Structure changes are rare (a team, a saved search): a reset keeps this simple, and
    // ViewSidebar keeps its selection by key across it.
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this,
            &SidebarModel::beginSourceChange);
    connect(source, &QAbstractItemModel::modelReset, this, &SidebarModel::endSourceChange);
    connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this,
            &SidebarModel::beginSourceChange);
    connect(source, &QAbstractItemModel::layoutChanged, this, &SidebarModel::endSourceChange);
    connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
            &SidebarModel::beginSourceChange);
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            &SidebarModel::beginSourceChange);
    connect(source, &QAbstractItemModel::rowsAboutToBeMoved, this,
            &SidebarModel::beginSourceChange);
    connect(source, &QAbstractItemModel::rowsInserted, this, &SidebarModel::endSourceChange);
    connect(source, &QAbstractItemModel::rowsRemoved, this, &SidebarModel::endSourceChange);
    connect(source, &QAbstractItemModel::rowsMoved, this, &SidebarModel::endSourceChange);
    connect(source, &QObject::destroyed, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

void SidebarModel::beginSourceChange()
{
    if (m_resetting)
        return;
    m_resetting = true;
    beginResetModel();
}

void SidebarModel::endSourceChange()
{
    if (!m_resetting)
        return;
    m_resetting = false;
    endResetModel();
}

void SidebarModel::forwardChange(QAbstractItemModel *source, const QModelIndex &topLeft,
                                 const QModelIndex &bottomRight)
{
    if (m_resetting || !topLeft.isValid() || !bottomRight.isValid())
        return;
    const int offset = source == m_views ? 0 : viewCount() + 1;
    if (source == m_saved && savedCount() == 0)
        return;
    Q_EMIT dataChanged(index(offset + topLeft.row()), index(offset + bottomRight.row()));
}

int SidebarModel::viewCount() const
{
    return m_views ? m_views->rowCount() : 0;
}

int SidebarModel::savedCount() const
{
    return m_saved ? m_saved->rowCount() : 0;
}

int SidebarModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    // The views, the header, then the searches or the "none" note.
    return viewCount() + 1 + qMax(1, savedCount());
}

SidebarModel::RowKind SidebarModel::kindAt(int row) const
{
    const int views = viewCount();
    if (row < views)
        return RowKind::View;
    if (row == views)
        return RowKind::SectionHeader;
    return savedCount() == 0 ? RowKind::EmptyNote : RowKind::SavedSearch;
}

QAbstractItemModel *SidebarModel::sourceOf(int row, int *sourceRow) const
{
    switch (kindAt(row)) {
    case RowKind::View:
        *sourceRow = row;
        return m_views;
    case RowKind::SavedSearch:
        *sourceRow = row - viewCount() - 1;
        return m_saved;
    case RowKind::SectionHeader:
    case RowKind::EmptyNote:
        break;
    }
    return nullptr;
}

QVariant SidebarModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RowKind kind = kindAt(index.row());
    if (role == RowKindRole)
        return int(kind);
    if (kind == RowKind::SectionHeader)
        return role == Qt::DisplayRole || role == Qt::AccessibleTextRole
                   ? QVariant(tr("Saved searches"))
                   : QVariant();
    if (kind == RowKind::EmptyNote)
        return role == Qt::DisplayRole || role == Qt::AccessibleTextRole
                   ? QVariant(tr("No saved searches"))
                   : QVariant();
    int sourceRow = 0;
    QAbstractItemModel *source = sourceOf(index.row(), &sourceRow);
    const QModelIndex sourceIndex = source->index(sourceRow, 0);
    switch (role) {
    case Qt::DisplayRole:
    case models::ViewNameRole:
        return sourceIndex.data(Qt::DisplayRole);
    case models::ViewKeyRole: {
        const QString key = sourceIndex.data(models::ViewKeyRole).toString();
        return key.isEmpty() ? QStringLiteral("saved:") + sourceIndex.data().toString() : key;
    }
    case Qt::AccessibleTextRole: {
        const QString name = sourceIndex.data(Qt::DisplayRole).toString();
        const QVariant count = sourceIndex.data(models::ViewCountRole);
        const QString text = count.isValid()
                                 ? tr("%1, %n conversation(s)", nullptr, count.toInt()).arg(name)
                                 : name;
        return kind == RowKind::SavedSearch ? tr("Saved search %1").arg(text) : text;
    }
    default:
        return sourceIndex.data(role);
    }
}

Qt::ItemFlags SidebarModel::flags(const QModelIndex &index) const
{
    // Views ask about the root too (drops): not a mistake, nothing to say.
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const RowKind kind = kindAt(index.row());
    const Qt::ItemFlags selectable
        = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (kind == RowKind::SavedSearch) {
        int sourceRow = 0;
        const QAbstractItemModel *source = sourceOf(index.row(), &sourceRow);
        return selectable | (source->flags(source->index(sourceRow, 0)) & Qt::ItemIsEditable);
    }
    if (kind == RowKind::View)
        return selectable;
    return Qt::ItemNeverHasChildren;
}

bool SidebarModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || kindAt(index.row()) != RowKind::SavedSearch) {
        return false;
    }
    int sourceRow = 0;
    QAbstractItemModel *source = sourceOf(index.row(), &sourceRow);
    // The source's dataChanged comes back through forwardChange().
    return source->setData(source->index(sourceRow, 0), value, role);
}

bool SidebarModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || count != 1 || row < 0 || row >= rowCount()
        || kindAt(row) != RowKind::SavedSearch) {
        return false;
    }
    int sourceRow = 0;
    QAbstractItemModel *source = sourceOf(row, &sourceRow);
    // The source's row removal resets this model (see watch()).
    return source->removeRow(sourceRow);
}

int SidebarModel::rowOfKey(const QString &key) const
{
    if (key.isEmpty())
        return -1;
    for (int row = 0; row < rowCount(); ++row) {
        const RowKind kind = kindAt(row);
        if ((kind == RowKind::View || kind == RowKind::SavedSearch)
            && index(row).data(models::ViewKeyRole).toString() == key)
            return row;
    }
    return -1;
}

} // namespace ui
