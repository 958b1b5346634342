#pragma once

#include <QIcon>

class QColor;
class QPainter;

namespace ui {

/// Small line icons drawn with QPainter in a given colour (usually the palette's text colour,
/// so they follow light and dark schemes). Drawing one costs microseconds; loading a picture
/// from a file makes Qt look through its image plugins the first time, which start-up avoids.
namespace PaintedIcon {

/// Draws on a 32×32 canvas with a round-capped pen of \a color, 3 px wide, and no brush.
QIcon make(const QColor &color, void (*draw)(QPainter &));

void magnifier(QPainter &painter);
void star(QPainter &painter);
/// A cross in a filled circle: clears a field.
void clear(QPainter &painter);
/// Two chevrons pointing right: more items than fit.
void more(QPainter &painter);

} // namespace PaintedIcon

} // namespace ui
