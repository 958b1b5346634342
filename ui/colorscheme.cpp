#include "colorscheme.h"

#include "triagestyle.h"

#include <QApplication>
#include <QStyle>
#include <QStyleHints>

namespace ui {

namespace {

/// The colors a scheme chooses; build() spreads them over every role and color group.
struct Tones
{
    QColor window, windowText, base, alternateBase, button, light, midlight, mid, dark, shadow;
    QColor highlight, highlightedText, link, linkVisited, toolTipBase, toolTipText;
    QColor placeholder, brightText, disabledText, disabledBase, disabledHighlight;
};

QPalette build(const Tones &t)
{
    QPalette palette;
    for (const QPalette::ColorGroup group :
         {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        const QColor &text = disabled ? t.disabledText : t.windowText;
        palette.setColor(group, QPalette::Window, t.window);
        palette.setColor(group, QPalette::WindowText, text);
        palette.setColor(group, QPalette::Base, disabled ? t.disabledBase : t.base);
        palette.setColor(group, QPalette::AlternateBase, t.alternateBase);
        palette.setColor(group, QPalette::Text, text);
        palette.setColor(group, QPalette::Button, t.button);
        palette.setColor(group, QPalette::ButtonText, text);
        palette.setColor(group, QPalette::BrightText, t.brightText);
        palette.setColor(group, QPalette::Light, t.light);
        palette.setColor(group, QPalette::Midlight, t.midlight);
        palette.setColor(group, QPalette::Mid, t.mid);
        palette.setColor(group, QPalette::Dark, t.dark);
        palette.setColor(group, QPalette::Shadow, t.shadow);
        palette.setColor(group, QPalette::Highlight, disabled ? t.disabledHighlight : t.highlight);
        palette.setColor(group, QPalette::HighlightedText,
                         disabled ? t.disabledText : t.highlightedText);
        palette.setColor(group, QPalette::Link, disabled ? t.disabledText : t.link);
        palette.setColor(group, QPalette::LinkVisited, disabled ? t.disabledText : t.linkVisited);
        palette.setColor(group, QPalette::ToolTipBase, t.toolTipBase);
        palette.setColor(group, QPalette::ToolTipText, t.toolTipText);
        palette.setColor(group, QPalette::PlaceholderText,
                         disabled ? t.disabledText : t.placeholder);
        palette.setColor(group, QPalette::NoRole, QColor(Qt::transparent));
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
        palette.setColor(group, QPalette::Accent, disabled ? t.disabledHighlight : t.highlight);
#endif
    }
    return palette;
}

// Set by apply() when "system" replaced a light platform palette with ours.
bool s_darkenedSystem = false;

/// The style the platform chose, before Triage put its own around it.
QString platformStyleName()
{
    static const QString name = [] {
        const QStyle *style = QApplication::style();
        if (const auto *ours = qobject_cast<const TriageStyle *>(style))
            style = ours->baseStyle();
        return style->name();
    }();
    return name;
}

/// Our light and dark palettes are made for Fusion; "system" keeps the platform's look.
void useStyle(const QString &baseName)
{
    const auto *current = qobject_cast<const TriageStyle *>(QApplication::style());
    if (current && current->baseStyle()->name().compare(baseName, Qt::CaseInsensitive) == 0)
        return;
    QApplication::setStyle(new TriageStyle(baseName));
}

void setScheme(bool dark)
{
    useStyle(QStringLiteral("fusion"));
    QApplication::setPalette(dark ? ColorScheme::darkPalette() : ColorScheme::lightPalette());
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
void followSystemScheme()
{
    const bool systemDark = QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark;
    if (systemDark && !ColorScheme::isDark(QApplication::palette())) {
        setScheme(true);
        s_darkenedSystem = true;
    } else if (!systemDark && s_darkenedSystem) {
        setScheme(false);
        s_darkenedSystem = false;
    }
}
#endif

} // namespace

std::optional<ColorScheme::Mode> ColorScheme::fromName(const QString &name)
{
    for (const Mode mode : {Mode::System, Mode::Light, Mode::Dark}) {
        if (name.compare(ColorScheme::name(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

QString ColorScheme::name(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

QPalette ColorScheme::lightPalette()
{
    // Fusion's own light tones, with a link blue and a placeholder grey that reach 4.5:1.
    Tones t;
    t.window = QColor(239, 239, 239);
    t.windowText = QColor(29, 29, 31);
    t.base = QColor(255, 255, 255);
    t.alternateBase = QColor(245, 245, 245);
    t.button = t.window;
    t.light = QColor(255, 255, 255);
    t.midlight = QColor(202, 202, 202);
    t.mid = QColor(184, 184, 184);
    t.dark = QColor(159, 159, 159);
    t.shadow = QColor(118, 118, 118);
    t.highlight = QColor(48, 140, 198);
    t.highlightedText = QColor(255, 255, 255);
    t.link = QColor(0, 102, 187);
    t.linkVisited = QColor(117, 64, 168);
    t.toolTipBase = QColor(255, 255, 220);
    t.toolTipText = QColor(29, 29, 31);
    t.placeholder = QColor(112, 112, 112);
    t.brightText = QColor(255, 255, 255);
    t.disabledText = QColor(160, 160, 160);
    t.disabledBase = t.window;
    t.disabledHighlight = QColor(145, 141, 126);
    return build(t);
}

QPalette ColorScheme::darkPalette()
{
    // Neutral greys a little above black (less glare, and shadows still show), the same blue
    // family as the light scheme, lightened where it is text on a dark ground.
    Tones t;
    t.window = QColor(45, 45, 48);
    t.windowText = QColor(230, 230, 232);
    t.base = QColor(30, 30, 32);
    t.alternateBase = QColor(40, 40, 43);
    t.button = QColor(55, 55, 59);
    t.light = QColor(78, 78, 83);
    t.midlight = QColor(64, 64, 68);
    t.mid = QColor(36, 36, 38);
    t.dark = QColor(22, 22, 24);
    t.shadow = QColor(8, 8, 9);
    t.highlight = QColor(38, 112, 196);
    t.highlightedText = QColor(255, 255, 255);
    t.link = QColor(110, 172, 255);
    t.linkVisited = QColor(186, 150, 255);
    t.toolTipBase = QColor(62, 62, 66);
    t.toolTipText = QColor(236, 236, 238);
    t.placeholder = QColor(145, 145, 150);
    t.brightText = QColor(255, 255, 255);
    t.disabledText = QColor(112, 112, 117);
    t.disabledBase = QColor(38, 38, 40);
    t.disabledHighlight = QColor(74, 74, 78);
    return build(t);
}

bool ColorScheme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

void ColorScheme::apply(Mode mode)
{
    s_darkenedSystem = false;
    switch (mode) {
    case Mode::Light:
    case Mode::Dark:
        setScheme(mode == Mode::Dark);
        return;
    case Mode::System:
        break;
    }
    useStyle(platformStyleName());
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    followSystemScheme();
    static bool following = false;
    if (!following) {
        following = true;
        QObject::connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, qApp,
                         [] { followSystemScheme(); });
    }
#endif
}

} // namespace ui
