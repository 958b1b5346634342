#include "pickerkindproxy.h"

namespace ui {

PickerKindProxy::PickerKindProxy(PickerKind kind, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_kind(kind)
{}

void PickerKindProxy::setCounts(const QHash<QString, int> &counts, int total)
{
    m_counts = counts;
    m_total = total;
    m_checkable = true;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::CheckStateRole});
}

Qt::CheckState PickerKindProxy::checkState(const QString &id) const
{
    const int count = m_counts.value(id);
    if (count <= 0 || m_total <= 0)
        return Qt::Unchecked;
    return count >= m_total ? Qt::Checked : Qt::PartiallyChecked;
}

QVariant PickerKindProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    switch (role) {
    case PickerKindRole:
        return int(m_kind);
    case Qt::CheckStateRole:
        if (!m_checkable)
            return {};
        return int(checkState(index.data(models::ReferenceIdRole).toString()));
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (m_kind == PickerKind::Admin && index.data(models::AdminIsAwayRole).toBool()) {
            //: A teammate in away mode, in the assignee picker
            return tr("%1 (away)").arg(index.data(models::ReferenceNameRole).toString());
        }
        return QIdentityProxyModel::data(index, Qt::DisplayRole);
    default:
        return QIdentityProxyModel::data(index, role);
    }
}

Qt::ItemFlags PickerKindProxy::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Checkable so that assistive technology reads the check state.
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return m_checkable ? base | Qt::ItemIsUserCheckable : base;
}

bool PickerKindProxy::setData(const QModelIndex &, const QVariant &, int)
{
    return false;
}

} // namespace ui
