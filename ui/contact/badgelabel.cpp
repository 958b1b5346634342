#include "badgelabel.h"

#include "ui/inbox/palettecolors.h"

#include <QPainter>

namespace ui {

namespace {

constexpr int horizontalPadding = 8;
constexpr int verticalPadding = 2;

} // namespace

BadgeLabel::BadgeLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    setFont(small);
}

QSize BadgeLabel::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return {metrics.horizontalAdvance(text()) + 2 * horizontalPadding,
            metrics.height() + 2 * verticalPadding};
}

void BadgeLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QColor fill
        = PaletteColors::mix(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.25);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.drawRoundedRect(box, box.height() / 2, box.height() / 2);
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(rect(), Qt::AlignCenter, text());
}

} // namespace ui
