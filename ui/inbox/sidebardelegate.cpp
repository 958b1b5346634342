#include "sidebardelegate.h"

#include "palettecolors.h"
#include "sidebarmodel.h"

#include "models/viewroles.h"

#include <QApplication>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>

namespace ui {

namespace {

constexpr int padding = 8;

SidebarModel::RowKind kindOf(const QModelIndex &index)
{
    return SidebarModel::RowKind(index.data(SidebarModel::RowKindRole).toInt());
}

} // namespace

QSize SidebarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int line = option.fontMetrics.height();
    // The header gets air above it: it starts a section.
    const int height = kindOf(index) == SidebarModel::RowKind::SectionHeader
                           ? line + 2 * padding + padding / 2
                           : line + padding;
    return {option.fontMetrics.horizontalAdvance(index.data().toString()) + 6 * padding, height};
}

QWidget *SidebarDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setObjectName(QStringLiteral("savedSearchNameEditor"));
        line->setAccessibleName(tr("Saved search name"));
    }
    return editor;
}

void SidebarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const SidebarModel::RowKind kind = kindOf(index);
    const QRect area = option.rect.adjusted(padding, 0, -padding, 0);
    const QString name = index.data().toString();
    painter->save();
    if (kind == SidebarModel::RowKind::SectionHeader || kind == SidebarModel::RowKind::EmptyNote) {
        QFont font = option.font;
        if (kind == SidebarModel::RowKind::SectionHeader) {
            font.setBold(true);
            painter->setPen(PaletteColors::mix(option.palette.color(QPalette::WindowText),
                                               option.palette.color(QPalette::Window), 0.3));
        } else {
            // The placeholder colour alone sets the note apart: an italic face would be one
            // more font file to open and rasterize before the first frame.
            painter->setPen(option.palette.color(QPalette::PlaceholderText));
        }
        painter->setFont(font);
        painter->drawText(area.adjusted(0, 0, 0, -padding / 2), Qt::AlignLeft | Qt::AlignBottom,
                          QFontMetrics(font).elidedText(name, Qt::ElideRight, area.width()));
        painter->restore();
        return;
    }

    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor base = option.palette.color(selected ? QPalette::Highlight : QPalette::Base);
    const QVariant countValue = index.data(models::ViewCountRole);
    int badgeWidth = 0;
    if (countValue.isValid()) {
        const QString count = QLocale().toString(countValue.toInt());
        const QFontMetrics metrics(option.font);
        badgeWidth = metrics.horizontalAdvance(count) + padding + 2;
        const int badgeHeight = metrics.height();
        const QRectF badge(area.right() - badgeWidth, area.center().y() - badgeHeight / 2.0 + 0.5,
                           badgeWidth, badgeHeight);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(PaletteColors::mix(text, base, 0.85));
        painter->drawRoundedRect(badge, badgeHeight / 2.0, badgeHeight / 2.0);
        painter->setPen(countValue.toInt() > 0 ? text : PaletteColors::mix(text, base, 0.45));
        painter->drawText(badge, Qt::AlignCenter, count);
    }
    painter->setPen(text);
    const int nameWidth = area.width() - badgeWidth - (badgeWidth > 0 ? padding : 0);
    painter->drawText(QRect(area.left(), area.top(), nameWidth, area.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(name, Qt::ElideRight, nameWidth));
    painter->restore();
}

} // namespace ui
