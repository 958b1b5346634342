#pragma once

#include <QDateTime>
#include <QStyledItemDelegate>

#include <functional>

namespace ui {

/// One of the contact's other conversations, on two lines: the title, then its state and
/// how long ago it was updated ("Closed · 3 days ago"). Reads the roles of
/// models/conversationroles.h; colors from the palette. GUI thread.
class ContactConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The clock "ago" is measured against (tests); the system clock by default.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    /// The second line, also the end of the row's accessible text.
    QString detailText(const QModelIndex &index) const;

private:
    std::function<QDateTime()> m_clock;
};

} // namespace ui
