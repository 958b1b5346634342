#include "commanddelegate.h"

#include "commandroles.h"

#include "ui/inbox/palettecolors.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace ui {

namespace {
constexpr int HorizontalMargin = 10;
constexpr int VerticalMargin = 5;
constexpr int Gap = 16;

QColor mutedColor(const QPalette &palette, QPalette::ColorGroup group, bool selected)
{
    const QColor text = palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor base = palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
    // Halfway between text and background: readable but clearly secondary in both themes.
    return PaletteColors::mix(text, base, 0.5);
}
} // namespace

void CommandDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    // A toggle's check box goes at the right, before the shortcut, so every title stays
    // aligned at the left.
    const bool checkable = opt.features & QStyleOptionViewItem::HasCheckIndicator;
    const Qt::CheckState checkState = opt.checkState;
    opt.features &= ~QStyleOptionViewItem::HasCheckIndicator;
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool enabled = index.data(IsEnabledRole).toBool();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor
        = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = mutedColor(opt.palette, group, selected);

    const QRect area = opt.rect.adjusted(HorizontalMargin, 0, -HorizontalMargin, 0);
    painter->save();
    painter->setFont(opt.font);

    const QString shortcut = index.data(ShortcutTextRole).toString();
    int right = area.right();
    if (!shortcut.isEmpty()) {
        const int width = opt.fontMetrics.horizontalAdvance(shortcut);
        painter->setPen(muted);
        painter->drawText(QRect(right - width + 1, area.top(), width, area.height()),
                          Qt::AlignVCenter | Qt::AlignRight, shortcut);
        right -= width + Gap;
    }
    if (checkable) {
        QStyleOptionViewItem check = opt;
        const int size = style->pixelMetric(QStyle::PM_IndicatorWidth, &opt, widget);
        check.rect = QRect(right - size + 1, area.center().y() - size / 2, size, size);
        check.state &= ~QStyle::State_HasFocus;
        check.state |= checkState == Qt::Checked ? QStyle::State_On : QStyle::State_Off;
        if (!enabled)
            check.state &= ~QStyle::State_Enabled;
        style->drawPrimitive(QStyle::PE_IndicatorItemViewItemCheck, &check, painter, widget);
        right -= size + Gap;
    }

    // Title, bold where the query matched; elided as a whole when the row is too narrow.
    const QList<int> positions = index.data(MatchPositionsRole).value<QList<int>>();
    QFont bold = opt.font;
    bold.setBold(true);
    QList<QTextLayout::FormatRange> formats;
    for (const int position : positions) {
        QTextLayout::FormatRange range;
        range.start = position;
        range.length = 1;
        range.format.setFont(bold);
        formats.append(range);
    }
    const int titleMax = std::max(0, right - area.left());
    const QString shown = opt.fontMetrics.elidedText(title, Qt::ElideRight, titleMax);
    QTextLayout layout(shown, opt.font);
    layout.setFormats(shown == title ? formats : QList<QTextLayout::FormatRange>());
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(titleMax);
    layout.endLayout();
    const qreal titleWidth = line.naturalTextWidth();
    const qreal y = area.top() + (area.height() - line.height()) / 2.0;
    painter->setPen(textColor);
    layout.draw(painter, QPointF(area.left(), y));

    const QString category = index.data(CategoryRole).toString();
    const int categoryLeft = area.left() + int(titleWidth) + Gap;
    if (!category.isEmpty() && categoryLeft < right) {
        painter->setPen(muted);
        const QString elided
            = opt.fontMetrics.elidedText(category, Qt::ElideRight, right - categoryLeft);
        painter->drawText(QRect(categoryLeft, area.top(), right - categoryLeft, area.height()),
                          Qt::AlignVCenter | Qt::AlignLeft, elided);
    }
    painter->restore();
}

bool CommandDelegate::editorEvent(QEvent *, QAbstractItemModel *, const QStyleOptionViewItem &,
                                  const QModelIndex &)
{
    return false;
}

QSize CommandDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 2 * VerticalMargin));
    return size;
}

} // namespace ui
