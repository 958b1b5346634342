#pragma once

#include <QCoreApplication>
#include <QPalette>
#include <QString>

#include <optional>

namespace ui {

/// The application's light or dark look: the Fusion style with a complete palette of our own
/// (every role in every color group), so both schemes look the same on every platform and
/// every widget that derives its colors from palette() follows. "System" keeps the platform's
/// style and palette; on Qt 6.5 and later it switches to the dark palette when the platform
/// reports a dark color scheme but did not darken the palette itself (Linux without a
/// platform theme), and follows later changes. Static functions; GUI thread.
class ColorScheme
{
    Q_DECLARE_TR_FUNCTIONS(ColorScheme)

public:
    enum class Mode { System, Light, Dark };

    /// "light", "dark" or "system" (any case), std::nullopt for anything else.
    static std::optional<Mode> fromName(const QString &name);
    static QString name(Mode mode);

    static QPalette lightPalette();
    static QPalette darkPalette();
    /// True when the palette's base (the background of text and lists) is dark.
    static bool isDark(const QPalette &palette);

    /// Sets the style and palette of the running QApplication. Call before widgets are made.
    static void apply(Mode mode);
};

} // namespace ui
