#pragma once

#include <QStyledItemDelegate>

namespace ui {

/// Paints one conversation as two lines: contact name and relative time, then the title or
/// the first message. Reads only the roles of models/conversationroles.h. Follows the palette,
/// so it is right in light and dark themes.
class ConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// "now", "5m", "3h", "2d", or a date: short enough for a list column.
    static QString relativeTime(const QDateTime &when, const QDateTime &now);
};

} // namespace ui
