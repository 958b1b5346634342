#include "contactconversationdelegate.h"

#include "ui/inbox/palettecolors.h"
#include "ui/thread/threadtext.h"

#include "models/contact/contactconversationsmodel.h"
#include "models/conversationroles.h"

#include <QApplication>
#include <QPainter>

namespace ui {

namespace {

constexpr int padding = 6;
constexpr int lineGap = 2;

} // namespace

QString ContactConversationDelegate::detailText(const QModelIndex &index) const
{
    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    const QString state
        = models::ContactConversationsModel::stateText(index.data(models::StateRole).toString());
    const QString age = ThreadText::longAge(index.data(models::UpdatedAtRole).toDateTime(), now);
    if (state.isEmpty() || age.isEmpty())
        return state + age;
    return tr("%1 · %2", "conversation state · updated how long ago").arg(state, age);
}

void ContactConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text
        = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor background
        = opt.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
    const QRect area = opt.rect.adjusted(padding, padding, -padding, -padding);
    QFont titleFont = opt.font;
    if (!index.data(models::IsReadRole).toBool())
        titleFont.setBold(true);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics detailMetrics(opt.font);

    painter->save();
    painter->setFont(titleFont);
    painter->setPen(text);
    const QRect titleRect(area.left(), area.top(), area.width(), titleMetrics.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(index.data(models::TitleRole).toString(),
                                              Qt::ElideRight, area.width()));
    painter->setFont(opt.font);
    painter->setPen(PaletteColors::mix(text, background, 0.4));
    const QRect detailRect(area.left(), titleRect.bottom() + 1 + lineGap, area.width(),
                           detailMetrics.height());
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                      detailMetrics.elidedText(detailText(index), Qt::ElideRight, area.width()));
    painter->restore();
}

QSize ContactConversationDelegate::sizeHint(const QStyleOptionViewItem &option,
                                            const QModelIndex &) const
{
    QFont bold = option.font;
    bold.setBold(true);
    const int height = QFontMetrics(bold).height() + lineGap + option.fontMetrics.height();
    return {option.fontMetrics.averageCharWidth() * 20, height + 2 * padding};
}

} // namespace ui
