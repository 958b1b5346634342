#pragma once

#include <QStyledItemDelegate>

namespace ui {

/// Paints one palette row: the title with the letters the query matched in bold, the category
/// in a muted color after it, the shortcut right-aligned, and a toggle's check box just before
/// the shortcut. Disabled commands use the palette's disabled colors. Colors come from the
/// widget's palette only (light and dark both work).
class CommandDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /// A click runs the command (the palette's job), never flips a toggle's check box.
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
};

} // namespace ui
