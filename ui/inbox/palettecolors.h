#pragma once

#include <QColor>

namespace ui {

/// Colors derived from the palette, never hard-coded: a secondary text is the text color
/// moved toward the background, a pill is the background tinted with the text.
struct PaletteColors
{
    /// \a from moved by \a amount (0 … 1) toward \a to, opaque.
    static QColor mix(const QColor &from, const QColor &to, double amount)
    {
        const auto channel = [amount](double a, double b) {
            return a + (b - a) * amount;
        };
        return QColor::fromRgbF(float(channel(from.redF(), to.redF())),
                                float(channel(from.greenF(), to.greenF())),
                                float(channel(from.blueF(), to.blueF())));
    }
};

} // namespace ui
