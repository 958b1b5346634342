#pragma once

#include "pickerroles.h"

#include <QHash>
#include <QIdentityProxyModel>

namespace ui {

/// One section of a picker over a reference list (TeammatesModel, TeamsModel, TagsModel):
/// every row answers PickerKindRole with the section's kind, and, when counts are set, a
/// check state telling whether all, some or none of the selected conversations carry the
/// row's item (Checked / PartiallyChecked / Unchecked). Teammates in away mode say so in
/// their display text. Changes of the source pass through row by row. GUI thread.
class PickerKindProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit PickerKindProxy(PickerKind kind, QObject *parent = nullptr);

    PickerKind kind() const { return m_kind; }
    /// \a counts: item id → how many of the \a total selected conversations carry it.
    void setCounts(const QHash<QString, int> &counts, int total);
    bool isCheckable() const { return m_checkable; }
    Qt::CheckState checkState(const QString &id) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Refused: a picker changes check states through its actions, not by editing the model.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    PickerKind m_kind;
    QHash<QString, int> m_counts;
    int m_total = 0;
    bool m_checkable = false;
};

} // namespace ui
