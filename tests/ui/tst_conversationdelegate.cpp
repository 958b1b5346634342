#include "ui/inbox/conversationdelegate.h"
#include "ui/inbox/initialsavatar.h"

#include "models/conversationroles.h"

#include <QApplication>
#include <QImage>
#include <QListView>
#include <QPainter>
#include <QStandardItemModel>
#include <QTest>
#include <QTimeZone>

using ui::ConversationDelegate;
using ui::InitialsAvatar;

namespace {

const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, QTimeZone::utc());

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x20, 0x22, 0x26));
    palette.setColor(QPalette::Base, QColor(0x18, 0x1a, 0x1e));
    palette.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x6d, 0xb5));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}

QStandardItem *row(const QString &contact, const QString &title)
{
    auto *item = new QStandardItem(title);
    item->setData(QString(QStringLiteral("c-") + contact), models::ConversationIdRole);
    item->setData(title, models::TitleRole);
    item->setData(contact, models::ContactNameRole);
    item->setData(now.addSecs(-7200), models::UpdatedAtRole);
    item->setData(QStringLiteral("none"), models::PriorityRole);
    item->setData(true, models::IsReadRole);
    item->setData(false, models::IsPendingRole);
    item->setData(false, models::IsStaleRole);
    return item;
}

/// How many pixels of \a image differ from its top-left corner (the background).
int inkedPixels(const QImage &image)
{
    const QRgb background = image.pixel(0, 0);
    int inked = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            inked += image.pixel(x, y) != background;
    }
    return inked;
}

} // namespace

/// The conversation row: every state paints, rows are one height, long text elides, the
/// avatar stays legible in light and dark palettes.
class TestConversationDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paintsEveryState_data();
    void paintsEveryState();
    void sizeHintIsUniform();
    void unreadDotUsesTheHighlight();
    void relativeTimes_data();
    void relativeTimes();
    void tagsElideToAPill_data();
    void tagsElideToAPill();
    void elidedLikeQt_data();
    void elidedLikeQt();
    void elidedCutsWholeCharacters();
    void initials_data();
    void initials();
    void avatarContrast_data();
    void avatarContrast();
    void avatarColorIsStable();
};

void TestConversationDelegate::paintsEveryState_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("selected");
    QTest::addColumn<bool>("dark");
    QTest::newRow("state/read") << int(models::IsReadRole) << QVariant(true) << false << false;
    QTest::newRow("state/unread") << int(models::IsReadRole) << QVariant(false) << false << false;
    QTest::newRow("state/pending")
        << int(models::IsPendingRole) << QVariant(true) << false << false;
    QTest::newRow("state/stale") << int(models::IsStaleRole) << QVariant(true) << false << false;
    QTest::newRow("state/waiting")
        << int(models::WaitingSinceRole) << QVariant(now.addSecs(-3 * 3600)) << false << false;
    QTest::newRow("priority/urgent")
        << int(models::PriorityRole) << QVariant(QStringLiteral("urgent")) << false << false;
    QTest::newRow("priority/low") << int(models::PriorityRole) << QVariant(QStringLiteral("low"))
                                  << false << false;
    QTest::newRow("assignee/name") << int(models::AssigneeNameRole)
                                   << QVariant(QStringLiteral("Bob Marley")) << false << false;
    QTest::newRow("tags/many") << int(models::TagNamesRole)
                               << QVariant(QStringList{
                                      QStringLiteral("VIP"), QStringLiteral("Billing"),
                                      QStringLiteral("a-very-long-tag-name-indeed"),
                                      QStringLiteral("refund"), QStringLiteral("enterprise")})
                               << false << false;
    QTest::newRow("title/empty") << int(models::TitleRole) << QVariant(QString()) << false << false;
    QTest::newRow("title/multiline")
        << int(models::TitleRole) << QVariant(QStringLiteral("first line\nsecond line")) << false
        << false;
    QTest::newRow("contact/empty")
        << int(models::ContactNameRole) << QVariant(QString()) << false << false;
    QTest::newRow("time/invalid") << int(models::UpdatedAtRole) << QVariant(QDateTime()) << false
                                  << false;
    QTest::newRow("selected/light") << int(models::IsReadRole) << QVariant(false) << true << false;
    QTest::newRow("selected/dark") << int(models::IsPendingRole) << QVariant(true) << true << true;
    QTest::newRow("dark/unread") << int(models::IsReadRole) << QVariant(false) << false << true;
}

void TestConversationDelegate::paintsEveryState()
{
    QFETCH(int, role);
    QFETCH(QVariant, value);
    QFETCH(bool, selected);
    QFETCH(bool, dark);
    QStandardItemModel model;
    QStandardItem *item = row(QStringLiteral("Alice Smith"), QStringLiteral("Refund request"));
    item->setData(value, role);
    model.appendRow(item);
    ConversationDelegate delegate;
    delegate.setClock([] { return now; });
    QStyleOptionViewItem option;
    option.palette = dark ? darkPalette() : QApplication::palette();
    option.font = QApplication::font();
    option.fontMetrics = QFontMetrics(option.font);
    option.state = QStyle::State_Enabled | QStyle::State_Active;
    if (selected)
        option.state |= QStyle::State_Selected;
    const QModelIndex index = model.index(0, 0);
    for (const int width : {420, 120, 8}) { // roomy, cramped, absurd
        const QSize size(width, delegate.sizeHint(option, index).height());
        option.rect = QRect(QPoint(0, 0), size);
        QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2); // HiDPI
        image.fill(option.palette.color(QPalette::Base));
        {
            QPainter painter(&image);
            delegate.paint(&painter, option, index);
        }
        if (width >= 120)
            QVERIFY(inkedPixels(image) > 100);
    }
}

void TestConversationDelegate::sizeHintIsUniform()
{
    QStandardItemModel model;
    model.appendRow(row(QStringLiteral("A"), QStringLiteral("short")));
    QStandardItem *busy = row(QStringLiteral("A very long contact name that goes on and on"),
                              QString(500, QLatin1Char('x')));
    busy->setData(QStringList(20, QStringLiteral("tag")), models::TagNamesRole);
    busy->setData(false, models::IsReadRole);
    busy->setData(QStringLiteral("urgent"), models::PriorityRole);
    model.appendRow(busy);
    model.appendRow(new QStandardItem);
    ConversationDelegate delegate;
    QStyleOptionViewItem option;
    option.font = QApplication::font();
    option.fontMetrics = QFontMetrics(option.font);
    const QSize first = delegate.sizeHint(option, model.index(0, 0));
    QVERIFY(first.height() >= 3 * option.fontMetrics.height());
    for (int r = 1; r < model.rowCount(); ++r)
        QCOMPARE(delegate.sizeHint(option, model.index(r, 0)), first);
    // Bigger text, taller rows.
    option.font.setPointSizeF(option.font.pointSizeF() * 2);
    QVERIFY(delegate.sizeHint(option, model.index(0, 0)).height() > first.height());
}

void TestConversationDelegate::unreadDotUsesTheHighlight()
{
    QStandardItemModel model;
    QStandardItem *item = row(QStringLiteral("Alice"), QStringLiteral("Hi"));
    model.appendRow(item);
    ConversationDelegate delegate;
    QStyleOptionViewItem option;
    option.palette = QApplication::palette();
    option.palette.setColor(QPalette::Highlight, QColor(0, 0, 255));
    option.font = QApplication::font();
    option.state = QStyle::State_Enabled | QStyle::State_Active;
    const QSize size(300, delegate.sizeHint(option, model.index(0, 0)).height());
    option.rect = QRect(QPoint(0, 0), size);
    const auto gutterHasHighlight = [&] {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(option.palette.color(QPalette::Base));
        QPainter painter(&image);
        delegate.paint(&painter, option, model.index(0, 0));
        painter.end();
        for (int y = 0; y < size.height() / 2; ++y) {
            for (int x = 0; x < 10; ++x) {
                if (image.pixelColor(x, y) == QColor(0, 0, 255))
                    return true;
            }
        }
        return false;
    };
    QVERIFY(!gutterHasHighlight());
    item->setData(false, models::IsReadRole);
    QVERIFY(gutterHasHighlight());
}

void TestConversationDelegate::relativeTimes_data()
{
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("waiting");
    QTest::newRow("age/now") << now.addSecs(-10) << "now"
                             << "waiting 1m";
    QTest::newRow("age/minutes") << now.addSecs(-5 * 60) << "5m"
                                 << "waiting 5m";
    QTest::newRow("age/hours") << now.addSecs(-2 * 3600 - 59) << "2h"
                               << "waiting 2h";
    QTest::newRow("age/days") << now.addDays(-3) << "3d"
                              << "waiting 3d";
    QTest::newRow("age/weeks") << now.addDays(
        -21) << QLocale().toString(now.addDays(-21).toLocalTime().date(), QLocale::ShortFormat)
                               << "waiting 3w";
    QTest::newRow("age/future") << now.addSecs(120) << "now"
                                << "waiting 1m";
    QTest::newRow("age/invalid") << QDateTime() << ""
                                 << "";
}

void TestConversationDelegate::relativeTimes()
{
    QFETCH(QDateTime, when);
    QFETCH(QString, time);
    QFETCH(QString, waiting);
    QCOMPARE(ConversationDelegate::relativeTime(when, now), time);
    QCOMPARE(ConversationDelegate::waitingText(when, now), waiting);
}

void TestConversationDelegate::tagsElideToAPill_data()
{
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<int>("width");
    QTest::addColumn<QStringList>("expected");
    const QStringList three{QStringLiteral("VIP"), QStringLiteral("Billing"),
                            QStringLiteral("Refund")};
    QTest::newRow("fit/all") << three << 1000 << three;
    QTest::newRow("fit/none") << QStringList() << 10 << QStringList();
    QTest::newRow("fit/nothing") << three << 5 << QStringList();
    QTest::newRow("elide/two-more")
        << three << -1 << QStringList{QStringLiteral("VIP"), QStringLiteral("+2")};
    QTest::newRow("elide/only-count") << three << -2 << QStringList{QStringLiteral("+3")};
}

void TestConversationDelegate::tagsElideToAPill()
{
    QFETCH(QStringList, tags);
    QFETCH(int, width);
    QFETCH(QStringList, expected);
    const QFontMetrics metrics(QApplication::font());
    // Negative widths: just enough for the expected pills.
    if (width < 0) {
        width = 0;
        for (const QString &pill : std::as_const(expected))
            width += ConversationDelegate::pillWidth(pill, metrics) + 4;
    }
    QCOMPARE(ConversationDelegate::fittingTags(tags, metrics, width), expected);

    // A long tag is cut with an ellipsis, never wider than the row allows.
    const QStringList longTag{QString(80, QLatin1Char('w'))};
    const QStringList shown = ConversationDelegate::fittingTags(longTag, metrics, 2000);
    QCOMPARE(shown.size(), 1);
    QVERIFY(shown.first().endsWith(QChar(0x2026)));
}

void TestConversationDelegate::elidedLikeQt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    const QString snippet = QStringLiteral(
        "Hi team, our invoice for March was charged twice and the second charge has not been "
        "refunded yet. Could you look into it? We have been customers for years and this is "
        "the first time it happened. Thanks, Alice");
    QTest::newRow("fits") << QStringLiteral("Alice Smith") << 400;
    QTest::newRow("snippet/wide") << snippet << 600;
    QTest::newRow("snippet/row") << snippet << 300;
    QTest::newRow("snippet/narrow") << snippet << 40;
    QTest::newRow("narrow letters") << QString(300, QLatin1Char('i')) << 300;
    QTest::newRow("wide letters") << QString(300, QLatin1Char('W')) << 300;
    QTest::newRow("no room") << snippet << 0;
}

void TestConversationDelegate::elidedLikeQt()
{
    // The cut before eliding never changes what a row shows.
    QFETCH(QString, text);
    QFETCH(int, width);
    const QFontMetrics metrics(QApplication::font());
    const QString ours = ConversationDelegate::elided(text, metrics, width);
    QCOMPARE(ours, width > 0 ? metrics.elidedText(text, Qt::ElideRight, width) : QString());
    QVERIFY(metrics.horizontalAdvance(ours) <= qMax(0, width));
}

void TestConversationDelegate::elidedCutsWholeCharacters()
{
    // Emoji are two UTF-16 units: a cut never leaves half of one.
    const QFontMetrics metrics(QApplication::font());
    const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80"); // U+1F600
    QString text;
    for (int i = 0; i < 400; ++i)
        text += emoji;
    const QString shown = ConversationDelegate::elided(text, metrics, 200);
    QVERIFY(!shown.isEmpty());
    for (qsizetype i = 0; i < shown.size(); ++i) {
        if (shown.at(i).isHighSurrogate()) {
            QVERIFY(i + 1 < shown.size() && shown.at(i + 1).isLowSurrogate());
            ++i;
        } else {
            QVERIFY(!shown.at(i).isLowSurrogate());
        }
    }
    QVERIFY(shown.endsWith(QChar(0x2026)));
}

void TestConversationDelegate::initials_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("name/two") << "Alice Smith"
                              << "AS";
    QTest::newRow("name/three") << "Jean-Luc van Picard"
                                << "JP";
    QTest::newRow("name/one") << "alice"
                              << "A";
    QTest::newRow("name/email") << "alice.smith@example.com"
                                << "AS";
    QTest::newRow("name/accents") << "élodie ørsted"
                                  << "ÉØ";
    QTest::newRow("name/empty") << ""
                                << "?";
    QTest::newRow("name/punctuation") << "  --  "
                                      << "?";
}

void TestConversationDelegate::initials()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(InitialsAvatar::initials(name), expected);
}

void TestConversationDelegate::avatarContrast_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("palette/light") << false;
    QTest::newRow("palette/dark") << true;
}

void TestConversationDelegate::avatarContrast()
{
    QFETCH(bool, dark);
    const QPalette palette = dark ? darkPalette() : QApplication::palette();
    for (int i = 0; i < 400; ++i) {
        const QColor background
            = InitialsAvatar::background(QStringLiteral("contact-%1").arg(i), palette);
        const double ratio
            = InitialsAvatar::contrastRatio(background, InitialsAvatar::foreground(background));
        QVERIFY2(ratio >= 4.5, qPrintable(background.name()));
    }
}

void TestConversationDelegate::avatarColorIsStable()
{
    const QPalette palette = QApplication::palette();
    // FNV-1a, not the per-process seeded qHash: the same contact keeps its color.
    QCOMPARE(InitialsAvatar::background(QStringLiteral("u-42"), palette),
             InitialsAvatar::background(QStringLiteral("u-42"), palette));
    QVERIFY(InitialsAvatar::background(QStringLiteral("u-42"), palette)
            != InitialsAvatar::background(QStringLiteral("u-43"), palette));
    QVERIFY(InitialsAvatar::background(QStringLiteral("u-42"), palette)
            != InitialsAvatar::background(QStringLiteral("u-42"), darkPalette()));
}

QTEST_MAIN(TestConversationDelegate)
#include "tst_conversationdelegate.moc"
