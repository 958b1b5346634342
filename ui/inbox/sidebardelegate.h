#pragma once

#include <QStyledItemDelegate>

namespace ui {

/// Paints SidebarModel rows: a view or saved search as its name with the count right-aligned
/// in a badge, the section header in small bold secondary text, the "none" note dimmed; the
/// editor of a saved search's name.
/// Colors from the palette only. GUI thread.
class SidebarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /// The line edit that renames a saved search in place, named for tests and screen readers.
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
};

} // namespace ui
