#include "paintedicon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <cmath>

namespace ui::PaintedIcon {

namespace {

constexpr double pi = 3.14159265358979323846;

} // namespace

QIcon make(const QColor &color, void (*draw)(QPainter &))
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color, 3, Qt::SolidLine, Qt::RoundCap));
    painter.setBrush(Qt::NoBrush);
    draw(painter);
    return QIcon(pixmap);
}

void magnifier(QPainter &painter)
{
    painter.drawEllipse(QRectF(5, 5, 16, 16));
    painter.drawLine(QPointF(19, 19), QPointF(27, 27));
}

void star(QPainter &painter)
{
    QPainterPath path;
    for (int i = 0; i < 10; ++i) {
        const double radius = i % 2 == 0 ? 13 : 5.5;
        const double angle = -pi / 2 + i * pi / 5;
        const QPointF point(16 + radius * std::cos(angle), 17 + radius * std::sin(angle));
        if (i == 0)
            path.moveTo(point);
        else
            path.lineTo(point);
    }
    path.closeSubpath();
    painter.setPen(QPen(painter.pen().color(), 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
}

void clear(QPainter &painter)
{
    QColor disc = painter.pen().color();
    disc.setAlphaF(0.55);
    painter.setPen(Qt::NoPen);
    painter.setBrush(disc);
    painter.drawEllipse(QRectF(4, 4, 24, 24));
    // The cross is cut out of the disc, so it shows whatever the field's background is.
    painter.setCompositionMode(QPainter::CompositionMode_Clear);
    painter.setPen(QPen(Qt::black, 3, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(11.5, 11.5), QPointF(20.5, 20.5));
    painter.drawLine(QPointF(20.5, 11.5), QPointF(11.5, 20.5));
}

void more(QPainter &painter)
{
    for (const double x : {8.0, 17.0}) {
        const QPointF points[] = {{x, 9}, {x + 7, 16}, {x, 23}};
        painter.drawPolyline(points, 3);
    }
}

} // namespace ui::PaintedIcon
