#pragma once

#include <QColor>
#include <QString>

class QPainter;
class QPalette;
class QRectF;

namespace ui {

/// The round avatar of a contact without a picture: one or two initials on a color picked
/// from a stable hash of the contact (the same person has the same color in every list and
/// every session). The color's lightness follows the palette (deep colors on a light base,
/// lighter ones on a dark base) and the initials are black or white, whichever contrasts
/// more: at least 4.5:1 whatever the hue. Pure functions; GUI thread for paint().
class InitialsAvatar
{
public:
    /// "Alice Smith" → "AS", "alice.smith@example.com" → "AS", "alice" → "A", "" → "?".
    static QString initials(const QString &name);
    static QColor background(const QString &key, const QPalette &palette);
    static QColor foreground(const QColor &background);
    /// WCAG contrast ratio of two colors, 1 … 21.
    static double contrastRatio(const QColor &a, const QColor &b);
    /// A circle filling \a rect (a square) with the initials of \a name; \a key (the contact
    /// id, else the name) picks the color.
    static void paint(QPainter *painter, const QRectF &rect, const QString &name,
                      const QString &key, const QPalette &palette);
};

} // namespace ui
