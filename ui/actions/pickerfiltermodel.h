#pragma once

#include <QSortFilterProxyModel>

namespace ui {

/// The type-ahead filter of the pickers: keeps the rows whose name (or e-mail) contains the
/// typed text, ignoring case and accents ("alv" finds "Álvaro"), in the source's order.
/// Rows are told apart by PickerKindRole: a Header row stays while a row of its section (the
/// rows up to the next header) matches; a CreateTag row always stays. Also answers which
/// rows the keyboard can land on. GUI thread.
class PickerFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit PickerFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

    /// Case-folded, without combining marks (NFKD): the form the filter compares.
    static QString fold(const QString &text);

    bool isSelectable(int row) const;
    /// The first selectable row, -1 when none.
    int firstSelectableRow() const;
    /// The next selectable row after \a row going by \a step (+1 / -1); \a row when none.
    int nextSelectableRow(int row, int step) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool matches(int sourceRow) const;
    void refilter();

    QString m_text;
    QString m_needle; ///< m_text folded
};

} // namespace ui
