#include "conversationdelegate.h"

#include "models/conversationroles.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>

namespace ui {

namespace {

constexpr int margin = 8;
constexpr int lineSpacing = 3;

} // namespace

QString ConversationDelegate::relativeTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const qint64 seconds = when.secsTo(now);
    if (seconds < 60)
        return tr("now");
    if (seconds < 3600)
        return tr("%1m", "minutes ago").arg(seconds / 60);
    if (seconds < 86400)
        return tr("%1h", "hours ago").arg(seconds / 3600);
    if (seconds < 7 * 86400)
        return tr("%1d", "days ago").arg(seconds / 86400);
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the background and focus come from the style, the text from us
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal
                                                                             : QPalette::Disabled;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText
                                                             : QPalette::Text);
    QColor secondary = text;
    secondary.setAlphaF(0.7f);

    const QRect area = option.rect.adjusted(margin, margin / 2, -margin, -margin / 2);
    QFont nameFont = option.font;
    const bool unread = !index.data(models::IsReadRole).toBool();
    nameFont.setBold(unread);
    const QFontMetrics nameMetrics(nameFont);
    const QFontMetrics bodyMetrics(option.font);

    const QString time = relativeTime(index.data(models::UpdatedAtRole).toDateTime(),
                                      QDateTime::currentDateTimeUtc());
    const int timeWidth = bodyMetrics.horizontalAdvance(time);

    painter->save();
    painter->setFont(nameFont);
    painter->setPen(text);
    const QRect nameRect(area.left(), area.top(), area.width() - timeWidth - margin,
                         nameMetrics.height());
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(index.data(models::ContactNameRole).toString(),
                                             Qt::ElideRight, nameRect.width()));
    painter->setFont(option.font);
    painter->setPen(secondary);
    painter->drawText(QRect(area.right() - timeWidth, area.top(), timeWidth, nameMetrics.height()),
                      Qt::AlignRight | Qt::AlignVCenter, time);

    const QRect titleRect(area.left(), nameRect.bottom() + lineSpacing, area.width(),
                          bodyMetrics.height());
    painter->setPen(text);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      bodyMetrics.elidedText(index.data(models::TitleRole).toString(),
                                             Qt::ElideRight, titleRect.width()));
    painter->restore();
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    Q_UNUSED(index)
    QFont bold = option.font;
    bold.setBold(true);
    const int height = QFontMetrics(bold).height() + lineSpacing + QFontMetrics(option.font).height()
                       + margin;
    return {200, height};
}

} // namespace ui
