#include "pickerfiltermodel.h"

#include "pickerroles.h"

namespace ui {

PickerFilterModel::PickerFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void PickerFilterModel::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    QSortFilterProxyModel::setSourceModel(model);
    if (!model)
        return;
    // A header's visibility depends on the other rows of its section, which the base class
    // does not re-evaluate when those rows come or go.
    connect(model, &QAbstractItemModel::rowsInserted, this, &PickerFilterModel::refilter);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &PickerFilterModel::refilter);
    connect(model, &QAbstractItemModel::modelReset, this, &PickerFilterModel::refilter);
}

void PickerFilterModel::refilter()
{
    invalidateFilter();
}

void PickerFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_needle = fold(text.simplified());
    invalidateFilter();
}

QString PickerFilterModel::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            result.append(c);
    }
    return result.toCaseFolded();
}

static PickerKind kindOf(const QModelIndex &index)
{
    return PickerKind(index.data(PickerKindRole).toInt());
}

bool PickerFilterModel::matches(int sourceRow) const
{
    if (m_needle.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0);
    return fold(index.data(Qt::DisplayRole).toString()).contains(m_needle)
           || fold(index.data(models::AdminEmailRole).toString()).contains(m_needle);
}

bool PickerFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const QAbstractItemModel *source = sourceModel();
    switch (kindOf(source->index(sourceRow, 0))) {
    case PickerKind::CreateTag:
        return true;
    case PickerKind::Header:
        for (int row = sourceRow + 1; row < source->rowCount(); ++row) {
            if (kindOf(source->index(row, 0)) == PickerKind::Header)
                break;
            if (matches(row))
                return true;
        }
        return false;
    default:
        return matches(sourceRow);
    }
}

bool PickerFilterModel::isSelectable(int row) const
{
    const QModelIndex idx = index(row, 0);
    return idx.isValid() && (flags(idx) & Qt::ItemIsSelectable)
           && kindOf(idx) != PickerKind::Header;
}

int PickerFilterModel::firstSelectableRow() const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (isSelectable(row))
            return row;
    }
    return -1;
}

int PickerFilterModel::nextSelectableRow(int row, int step) const
{
    for (int next = row + step; next >= 0 && next < rowCount(); next += step) {
        if (isSelectable(next))
            return next;
    }
    return row;
}

} // namespace ui
