#include "conversationdelegate.h"

#include "ui/thread/threadtext.h"

#include "initialsavatar.h"
#include "palettecolors.h"

#include "models/conversationdescription.h"
#include "models/conversationroles.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace ui {

namespace {

constexpr int lineGap = 2;
constexpr int pillPadding = 5;
constexpr int pillSpacing = 4;
constexpr int maxTagChars = 14;

} // namespace

/// Where everything goes in a row; computed from the fonts only, so every row is alike.
struct ConversationDelegate::RowLayout
{
    explicit RowLayout(const QFont &font)
        : nameFont(font)
        , bodyFont(font)
        , metaFont(font)
        , name(setBold(nameFont))
        , body(bodyFont)
        , meta(scaleToMeta(metaFont))
    {
        pad = qMax(4, body.height() / 2);
        gutter = qMax(10, pad + 2);
        line1 = name.height();
        line2 = body.height();
        line3 = meta.height() + 2;
        avatar = line1 + lineGap + line2;
        height = pad + line1 + lineGap + line2 + lineGap + line3 + pad;
    }

    static const QFont &setBold(QFont &font)
    {
        font.setBold(true);
        return font;
    }

    static const QFont &scaleToMeta(QFont &font)
    {
        if (font.pointSizeF() > 0)
            font.setPointSizeF(font.pointSizeF() * 0.9);
        else
            font.setPixelSize(qMax(8, font.pixelSize() * 9 / 10));
        return font;
    }

    QFont nameFont;
    QFont bodyFont;
    QFont metaFont;
    QFontMetrics name;
    QFontMetrics body;
    QFontMetrics meta;
    int pad = 0;
    int gutter = 0;
    int line1 = 0;
    int line2 = 0;
    int line3 = 0;
    int avatar = 0;
    int height = 0;
};

namespace {

/// Draws \a text, already short enough, on one line centred vertically in \a box, starting
/// at \a x. The painter's point form shapes the text once; the rectangle form also lays it
/// out as a paragraph (line breaks, alignment).
void drawLine(QPainter *painter, const QRect &box, int x, const QFontMetrics &metrics,
              const QString &text)
{
    const int baseline = box.top() + (box.height() - metrics.height()) / 2 + metrics.ascent();
    painter->drawText(QPoint(x, baseline), text);
}

struct RowColors
{
    explicit RowColors(const QStyleOptionViewItem &option)
    {
        const bool selected = option.state & QStyle::State_Selected;
        const QPalette::ColorGroup group
            = !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
              : option.state & QStyle::State_Active   ? QPalette::Active
                                                      : QPalette::Inactive;
        text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        base = option.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
        secondary = PaletteColors::mix(text, base, 0.35);
        accent = selected ? text : option.palette.color(group, QPalette::Highlight);
        onAccent = selected ? base : option.palette.color(group, QPalette::HighlightedText);
        pill = PaletteColors::mix(text, base, 0.86);
    }

    QColor text;
    QColor base;
    QColor secondary;
    QColor accent;
    QColor onAccent;
    QColor pill;
};

void drawPill(QPainter *painter, const QRect &rect, const QFontMetrics &metrics,
              const QString &text, const QColor &fill, const QColor &ink,
              const QColor &outline = {})
{
    painter->setPen(outline.isValid() ? QPen(outline, 1.0) : QPen(Qt::NoPen));
    painter->setBrush(fill.isValid() ? QBrush(fill) : QBrush(Qt::NoBrush));
    const qreal radius = rect.height() / 2.0;
    painter->drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter->setPen(ink);
    drawLine(painter, rect, rect.left() + pillPadding, metrics, text); // see pillWidth()
}

// A clock face: the action waits in the outbox.
void drawClock(QPainter *painter, const QRectF &rect, const QColor &color)
{
    const qreal stroke = qMax(1.0, rect.height() / 10.0);
    painter->setPen(QPen(color, stroke, Qt::SolidLine, Qt::RoundCap));
    painter->setBrush(Qt::NoBrush);
    const QRectF face = rect.adjusted(stroke / 2, stroke / 2, -stroke / 2, -stroke / 2);
    painter->drawEllipse(face);
    const QPointF center = face.center();
    painter->drawLine(center, QPointF(center.x(), face.top() + face.height() * 0.22));
    painter->drawLine(center, QPointF(face.right() - face.width() * 0.25, center.y()));
}

// An open circle with an arrow head: the local copy may be out of date.
void drawStale(QPainter *painter, const QRectF &rect, const QColor &color)
{
    const qreal stroke = qMax(1.0, rect.height() / 10.0);
    painter->setPen(QPen(color, stroke, Qt::SolidLine, Qt::RoundCap));
    painter->setBrush(Qt::NoBrush);
    const QRectF face = rect.adjusted(stroke, stroke, -stroke, -stroke);
    painter->drawArc(face, 90 * 16, 290 * 16);
    const QPointF tip(face.center().x(), face.top());
    const qreal head = face.width() * 0.3;
    painter->drawLine(tip, tip + QPointF(-head, -head * 0.6));
    painter->drawLine(tip, tip + QPointF(-head, head * 0.6));
}

QString priorityLabel(const QString &priority)
{
    return models::ConversationDescription::priorityName(
        api::Conversation::priorityFromString(priority));
}

} // namespace

QDateTime ConversationDelegate::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

QString ConversationDelegate::shortDuration(qint64 seconds)
{
    if (seconds < 3600)
        return tr("%1m", "minutes").arg(qMax<qint64>(1, seconds / 60));
    if (seconds < 86400)
        return tr("%1h", "hours").arg(seconds / 3600);
    if (seconds < 14 * 86400)
        return tr("%1d", "days").arg(seconds / 86400);
    return tr("%1w", "weeks").arg(seconds / (7 * 86400));
}

QString ConversationDelegate::relativeTime(const QDateTime &when, const QDateTime &now)
{
    // The same short age the thread and the contact panel show.
    return ThreadText::shortAge(when, now);
}

QString ConversationDelegate::waitingText(const QDateTime &since, const QDateTime &now)
{
    if (!since.isValid())
        return {};
    return tr("waiting %1").arg(shortDuration(qMax<qint64>(0, since.secsTo(now))));
}

int ConversationDelegate::pillWidth(const QString &text, const QFontMetrics &metrics)
{
    return metrics.horizontalAdvance(text) + 2 * pillPadding;
}

QString ConversationDelegate::elided(const QString &text, const QFontMetrics &metrics, int width)
{
    if (width <= 0)
        return {};
    const int narrowest = qMax(1, metrics.horizontalAdvance(QLatin1Char('i')) / 2);
    qsizetype cut = width / narrowest + 1;
    if (text.size() <= cut)
        return metrics.elidedText(text, Qt::ElideRight, width);
    if (text.at(cut - 1).isHighSurrogate())
        --cut; // never half a character
    return metrics.elidedText(text.left(cut) + QChar(0x2026), Qt::ElideRight, width);
}

QStringList ConversationDelegate::fittingTags(const QStringList &tags, const QFontMetrics &metrics,
                                              int width)
{
    const int maxText = metrics.averageCharWidth() * maxTagChars;
    QStringList shown;
    QList<int> ends; // the right edge after each shown pill
    int used = 0;
    for (const QString &tag : tags) {
        const QString text = metrics.elidedText(tag, Qt::ElideRight, maxText);
        used += pillWidth(text, metrics) + pillSpacing;
        shown.append(text);
        ends.append(used);
    }
    if (used <= width + pillSpacing)
        return shown;
    // Drop pills from the end until the rest and a "+N" pill fit.
    while (!shown.isEmpty()) {
        const QString more = tr("+%1", "more tags").arg(tags.size() - shown.size() + 1);
        const int before = shown.size() > 1 ? ends.at(shown.size() - 2) : 0;
        shown.removeLast();
        if (before + pillWidth(more, metrics) <= width) {
            shown.append(more);
            return shown;
        }
    }
    const QString all = tr("+%1", "more tags").arg(tags.size());
    return pillWidth(all, metrics) <= width ? QStringList{all} : QStringList{};
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    Q_UNUSED(index)
    const RowLayout &layout = rowLayout(option.font);
    return {layout.gutter + layout.avatar + 200, layout.height};
}

ConversationDelegate::ConversationDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

ConversationDelegate::~ConversationDelegate() = default;

const ConversationDelegate::RowLayout &ConversationDelegate::rowLayout(const QFont &font) const
{
    if (!m_layout || m_layout->bodyFont != font)
        m_layout = std::make_unique<RowLayout>(font);
    return *m_layout;
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the style draws background, selection and focus; the rest is ours
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const RowLayout &layout = rowLayout(option.font);
    const RowColors colors(option);
    const QRect rect = option.rect;
    const QDateTime current = now();
    const bool unread = !index.data(models::IsReadRole).toBool();
    const QFontMetrics &nameMetrics = layout.name;
    const QFontMetrics &bodyMetrics = layout.body;
    const QFontMetrics &metaMetrics = layout.meta;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const int top = rect.top() + layout.pad;
    const int line1Center = top + layout.line1 / 2;
    if (unread) {
        const qreal dot = qMax(6, layout.line1 / 3);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colors.accent);
        painter->drawEllipse(QPointF(rect.left() + layout.gutter / 2.0, line1Center), dot / 2,
                             dot / 2);
    }

    const QString contact = index.data(models::ContactNameRole).toString();
    InitialsAvatar::paint(painter,
                          QRectF(rect.left() + layout.gutter, top, layout.avatar, layout.avatar),
                          contact, contact, option.palette);

    const int left = rect.left() + layout.gutter + layout.avatar + layout.pad;
    const int right = rect.right() - layout.pad;

    // Line 1: name … marks, time.
    const QString time = relativeTime(index.data(models::UpdatedAtRole).toDateTime(), current);
    painter->setFont(layout.bodyFont);
    painter->setPen(colors.secondary);
    const int timeWidth = bodyMetrics.horizontalAdvance(time);
    const QRect firstLine(left, top, right - left, layout.line1);
    drawLine(painter, firstLine, right - timeWidth, bodyMetrics, time);
    int marksLeft = right - timeWidth - (time.isEmpty() ? 0 : layout.pad / 2);
    const int mark = metaMetrics.height() - 2;
    const QRectF markRect(0, line1Center - mark / 2.0, mark, mark);
    if (index.data(models::IsPendingRole).toBool()) {
        marksLeft -= mark;
        drawClock(painter, markRect.translated(marksLeft, 0), colors.secondary);
        marksLeft -= layout.pad / 2;
    }
    if (index.data(models::IsStaleRole).toBool()) {
        marksLeft -= mark;
        drawStale(painter, markRect.translated(marksLeft, 0), colors.secondary);
        marksLeft -= layout.pad / 2;
    }
    const QFontMetrics &contactMetrics = unread ? nameMetrics : bodyMetrics;
    painter->setFont(unread ? layout.nameFont : layout.bodyFont);
    painter->setPen(colors.text);
    const int nameWidth = qMax(0, marksLeft - layout.pad / 2 - left);
    drawLine(painter, firstLine, left, contactMetrics, elided(contact, contactMetrics, nameWidth));

    // Line 2: the title or the first message.
    const int top2 = top + layout.line1 + lineGap;
    painter->setFont(layout.bodyFont);
    painter->setPen(unread ? colors.text : colors.secondary);
    const QString title = index.data(models::TitleRole).toString().simplified();
    drawLine(painter, QRect(left, top2, right - left, layout.line2), left, bodyMetrics,
             elided(title, bodyMetrics, right - left));

    // Line 3: priority, waiting, assignee, tags.
    const QRect line3(left, top2 + layout.line2 + lineGap, right - left, layout.line3);
    painter->setFont(layout.metaFont);
    int x = line3.left();
    const QString priority = index.data(models::PriorityRole).toString();
    if (const QString label = priorityLabel(priority); !label.isEmpty()) {
        const int width = pillWidth(label, metaMetrics);
        const bool strong
            = priority == QLatin1String("high") || priority == QLatin1String("urgent");
        drawPill(painter, QRect(x, line3.top(), width, line3.height()), metaMetrics, label,
                 strong ? colors.accent : QColor(), strong ? colors.onAccent : colors.accent,
                 strong ? QColor() : colors.accent);
        x += width + pillSpacing;
    }
    QStringList words;
    if (const QString waiting
        = waitingText(index.data(models::WaitingSinceRole).toDateTime(), current);
        !waiting.isEmpty())
        words << waiting;
    const QString assignee = index.data(models::AssigneeNameRole).toString();
    words << (assignee.isEmpty() ? tr("Unassigned") : assignee);
    const QStringList tags = index.data(models::TagNamesRole).toStringList();
    // The assignee may take at most half of what is left when there are tags to show.
    const int room = line3.right() - x;
    const QString meta = words.join(QStringLiteral(" · "));
    const int metaWidth
        = qMin(metaMetrics.horizontalAdvance(meta), tags.isEmpty() ? room : room / 2);
    painter->setPen(colors.secondary);
    drawLine(painter, line3, x, metaMetrics,
             metaMetrics.elidedText(meta, Qt::ElideRight, metaWidth));
    x += metaWidth + layout.pad;
    const QStringList pills = fittingTags(tags, metaMetrics, line3.right() - x);
    for (const QString &pill : pills) {
        const int width = pillWidth(pill, metaMetrics);
        drawPill(painter, QRect(x, line3.top(), width, line3.height()), metaMetrics, pill,
                 colors.pill, colors.secondary);
        x += width + pillSpacing;
    }
    painter->restore();
}

} // namespace ui
