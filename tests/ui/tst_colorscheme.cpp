#include "ui/colorscheme.h"
#include "ui/inbox/initialsavatar.h"

#include <QApplication>
#include <QImage>
#include <QProxyStyle>
#include <QStyle>
#include <QTest>
#include <QWidget>

using ui::ColorScheme;
using Mode = ui::ColorScheme::Mode;

class TestColorScheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromName_data();
    void fromName();
    void nameRoundTrip();
    void palette_data();
    void palette();
    void apply();
    void drawnStandardIcons_data();
    void drawnStandardIcons();
};

void TestColorScheme::fromName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<Mode>("mode");
    QTest::newRow("light") << QStringLiteral("light") << true << Mode::Light;
    QTest::newRow("dark/mixed-case") << QStringLiteral("Dark") << true << Mode::Dark;
    QTest::newRow("system/upper") << QStringLiteral("SYSTEM") << true << Mode::System;
    QTest::newRow("invalid/empty") << QString() << false << Mode::System;
    QTest::newRow("invalid/word") << QStringLiteral("purple") << false << Mode::System;
    QTest::newRow("invalid/padded") << QStringLiteral(" dark") << false << Mode::System;
}

void TestColorScheme::fromName()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(Mode, mode);
    const std::optional<Mode> parsed = ColorScheme::fromName(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, mode);
}

void TestColorScheme::nameRoundTrip()
{
    for (const Mode mode : {Mode::System, Mode::Light, Mode::Dark})
        QCOMPARE(ColorScheme::fromName(ColorScheme::name(mode)), std::optional<Mode>(mode));
}

void TestColorScheme::palette_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << ColorScheme::lightPalette() << false;
    QTest::newRow("dark") << ColorScheme::darkPalette() << true;
}

void TestColorScheme::palette()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, dark);
    QCOMPARE(ColorScheme::isDark(palette), dark);

    // Complete: no role is left to the platform, in any group.
    for (const QPalette::ColorGroup group :
         {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        for (int role = 0; role < QPalette::NColorRoles; ++role) {
            QVERIFY2(palette.isBrushSet(group, QPalette::ColorRole(role)),
                     qPrintable(QStringLiteral("group %1 role %2").arg(group).arg(role)));
        }
    }

    // Readable: WCAG AA (4.5:1) at least, AAA (7:1) for the main text.
    const auto contrast = [&palette](QPalette::ColorRole a, QPalette::ColorRole b,
                                     QPalette::ColorGroup group = QPalette::Active) {
        return ui::InitialsAvatar::contrastRatio(palette.color(group, a), palette.color(group, b));
    };
    QVERIFY(contrast(QPalette::Text, QPalette::Base) >= 7.0);
    QVERIFY(contrast(QPalette::WindowText, QPalette::Window) >= 7.0);
    QVERIFY(contrast(QPalette::ButtonText, QPalette::Button) >= 7.0);
    QVERIFY(contrast(QPalette::ToolTipText, QPalette::ToolTipBase) >= 7.0);
    QVERIFY(contrast(QPalette::HighlightedText, QPalette::Highlight) >= 3.5);
    QVERIFY(contrast(QPalette::PlaceholderText, QPalette::Base) >= 4.5);
    QVERIFY(contrast(QPalette::Link, QPalette::Base) >= 4.5);
    QVERIFY(contrast(QPalette::LinkVisited, QPalette::Base) >= 4.5);
    QVERIFY(contrast(QPalette::Text, QPalette::AlternateBase) >= 7.0);
    // Disabled text is visibly weaker than enabled text, but still there.
    const double disabled = contrast(QPalette::Text, QPalette::Base, QPalette::Disabled);
    QVERIFY(disabled < contrast(QPalette::Text, QPalette::Base));
    QVERIFY(disabled >= 1.8);
    // Selections and the window are told apart from the list's background.
    QVERIFY(palette.color(QPalette::Window) != palette.color(QPalette::Base));
    QVERIFY(contrast(QPalette::Highlight, QPalette::Base) >= 2.0);
}

void TestColorScheme::apply()
{
    ColorScheme::apply(Mode::Dark);
    const auto *style = qobject_cast<QProxyStyle *>(QApplication::style());
    QVERIFY(style);
    QCOMPARE(style->baseStyle()->name().toLower(), QStringLiteral("fusion"));
    QVERIFY(ColorScheme::isDark(QApplication::palette()));
    QWidget dark;
    QCOMPARE(dark.palette().color(QPalette::Base),
             ColorScheme::darkPalette().color(QPalette::Base));

    ColorScheme::apply(Mode::Light);
    QVERIFY(!ColorScheme::isDark(QApplication::palette()));
    QWidget light;
    QCOMPARE(light.palette().color(QPalette::Text),
             ColorScheme::lightPalette().color(QPalette::Text));
    // A window made earlier follows the application's palette too.
    dark.show();
    QTRY_COMPARE(dark.palette().color(QPalette::Base),
                 ColorScheme::lightPalette().color(QPalette::Base));

    // "System" leaves what the platform gave (offscreen: a light palette, and Qt 6.5's hint
    // says no dark scheme), so the light scheme stays.
    ColorScheme::apply(Mode::System);
    QVERIFY(!ColorScheme::isDark(QApplication::palette()));
    // Still our proxy (the drawn icons), around the platform's style.
    QVERIFY(qobject_cast<QProxyStyle *>(QApplication::style()));
}

void TestColorScheme::drawnStandardIcons_data()
{
    QTest::addColumn<int>("icon");
    QTest::addColumn<bool>("dark");
    for (const bool dark : {false, true}) {
        const char *scheme = dark ? "dark" : "light";
        QTest::addRow("menu bar overflow, %s", scheme)
            << int(QStyle::SP_ToolBarHorizontalExtensionButton) << dark;
        QTest::addRow("clear button, %s", scheme) << int(QStyle::SP_LineEditClearButton) << dark;
    }
}

void TestColorScheme::drawnStandardIcons()
{
    // The icons a first frame asks for are drawn, in the scheme's text colour.
    QFETCH(int, icon);
    QFETCH(bool, dark);
    ColorScheme::apply(dark ? Mode::Dark : Mode::Light);
    const QIcon drawn = QApplication::style()->standardIcon(QStyle::StandardPixmap(icon));
    QVERIFY(!drawn.isNull());
    const QImage image = drawn.pixmap(32, 32).toImage();
    const QColor text = QApplication::palette().color(QPalette::Text);
    int inked = 0;
    int textColoured = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() < 128)
                continue;
            ++inked;
            // Within rounding: translucent pixels are stored premultiplied.
            if (qAbs(pixel.red() - text.red()) <= 3 && qAbs(pixel.green() - text.green()) <= 3
                && qAbs(pixel.blue() - text.blue()) <= 3)
                ++textColoured;
        }
    }
    QVERIFY2(inked > 40, qPrintable(QString::number(inked)));
    QVERIFY(textColoured > inked / 2);

    ColorScheme::apply(Mode::Light);
}

QTEST_MAIN(TestColorScheme)
#include "tst_colorscheme.moc"
