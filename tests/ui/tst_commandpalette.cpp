#include "commandfixture.h"

#include "ui/commands/commandids.h"
#include "ui/commands/commandpalette.h"
#include "ui/commands/commandpalettemodel.h"
#include "ui/commands/commandroles.h"

#include <QAbstractItemModelTester>

using commandtest::HostWindow;
using ui::CommandPalette;
using ui::CommandPaletteModel;
namespace Id = ui::CommandIds;

/// The Ctrl+K palette: its model (ranking, recents, disabled commands, remaps) under the model
/// tester, and the popup driven from the keyboard as a person would.
class TestCommandPalette : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelPassesTester();
    void emptyQueryListsAllRecentFirst();
    void bestMatchFirst_data();
    void bestMatchFirst();
    void rolesDescribeTheCommand();
    void disabledCommandsAreListedNotRunnable();
    void typeAndEnterRunsTheCommand();
    void arrowKeysChooseAnotherCommand();
    void enterOnDisabledDoesNothing();
    void escapeClosesAndFocusReturns();
    void commandThatMovesFocusKeepsIt();
    void paintsWithoutTrouble();
    void checkableCommandsShowTheirState();
    void runningAToggleFlipsItOnce();
    void controlsHaveNames();

private:
    static bool openPalette(HostWindow &host, CommandPalette &palette)
    {
        if (!host.showAndActivate(host.list))
            return false;
        palette.popup();
        return QTest::qWaitForWindowExposed(&palette) && palette.searchField()->hasFocus();
    }
};

void TestCommandPalette::modelPassesTester()
{
    HostWindow host;
    CommandPaletteModel model(&host.registry);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(QStringLiteral("clo"));
    model.setQuery(QStringLiteral("zzzzz"));
    QCOMPARE(model.rowCount(), 0);
    model.setQuery(QString());
    host.registry.setEnabled(Id::close, false);
    host.registry.setShortcuts(Id::close, {QKeySequence(QStringLiteral("Ctrl+W"))});
    ui::CommandSpec extra;
    extra.id = QStringLiteral("test.extra");
    extra.title = QStringLiteral("Extra command");
    host.registry.add(extra);
    QCOMPARE(model.rowCount(), host.registry.ids().size());
}

void TestCommandPalette::emptyQueryListsAllRecentFirst()
{
    HostWindow host;
    CommandPaletteModel model(&host.registry);
    QCOMPARE(model.rowCount(), host.registry.ids().size());
    QCOMPARE(model.commandId(0), host.registry.ids().first()); // registration order at first
    host.registry.action(Id::tag)->trigger();
    host.registry.action(Id::snoozeNextWeek)->trigger();
    model.setQuery(QString());
    QCOMPARE(model.commandId(0), QString(Id::snoozeNextWeek));
    QCOMPARE(model.commandId(1), QString(Id::tag));
    QCOMPARE(model.rowCount(), host.registry.ids().size());
}

void TestCommandPalette::bestMatchFirst_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("first");
    QTest::newRow("title/prefix") << "clo" << QString(Id::close);
    QTest::newRow("title/wordStarts") << "asme" << QString(Id::assignToMe);
    QTest::newRow("title/accentInsensitive") << QStringLiteral("répl") << QString(Id::reply);
    QTest::newRow("title/initials") << "gtc" << QString(Id::goToClosed);
    QTest::newRow("keyword") << "resolve" << QString(Id::close);
    QTest::newRow("keyword/find") << "find" << QString(Id::search);
}

void TestCommandPalette::bestMatchFirst()
{
    QFETCH(QString, query);
    QFETCH(QString, first);
    HostWindow host;
    CommandPaletteModel model(&host.registry);
    model.setQuery(query);
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.commandId(0), first);
    for (int row = 1; row < model.rowCount(); ++row) {
        QVERIFY(model.index(row - 1).data(ui::ScoreRole).toInt()
                >= model.index(row).data(ui::ScoreRole).toInt());
    }
}

void TestCommandPalette::rolesDescribeTheCommand()
{
    HostWindow host;
    CommandPaletteModel model(&host.registry);
    model.setQuery(QStringLiteral("clo"));
    const QModelIndex close = model.index(model.rowOf(Id::close));
    QCOMPARE(close.data().toString(), host.registry.action(Id::close)->text());
    QCOMPARE(close.data(ui::CommandIdRole).toString(), QString(Id::close));
    QCOMPARE(close.data(ui::CategoryRole).toString(), host.registry.spec(Id::close).category);
    QCOMPARE(close.data(ui::MatchPositionsRole).value<QList<int>>(), (QList<int>{0, 1, 2}));
    const QString ctrlShiftY
        = QKeySequence(QStringLiteral("Ctrl+Shift+Y")).toString(QKeySequence::NativeText);
    QCOMPARE(close.data(ui::ShortcutTextRole).toString(), ctrlShiftY);
    QVERIFY(close.data(Qt::AccessibleTextRole).toString().contains(ctrlShiftY));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    host.registry.setShortcuts(Id::close, {QKeySequence(QStringLiteral("Ctrl+W"))});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(close.data(ui::ShortcutTextRole).toString(),
             QKeySequence(QStringLiteral("Ctrl+W")).toString(QKeySequence::NativeText));
}

void TestCommandPalette::disabledCommandsAreListedNotRunnable()
{
    HostWindow host;
    CommandPaletteModel model(&host.registry);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    host.registry.setEnabled(Id::reopen, false);
    QCOMPARE(changed.count(), 1);
    const QModelIndex reopen = model.index(model.rowOf(Id::reopen));
    QVERIFY(reopen.isValid());
    QCOMPARE(reopen.data(ui::IsEnabledRole).toBool(), false);
    QVERIFY(!(reopen.flags() & Qt::ItemIsEnabled));
    QVERIFY(model.index(model.rowOf(Id::close)).flags() & Qt::ItemIsEnabled);
}

void TestCommandPalette::typeAndEnterRunsTheCommand()
{
    HostWindow host;
    CommandPalette palette(&host.registry, &host.window);
    QVERIFY(openPalette(host, palette));
    const auto assignToMe = host.spyOn(Id::assignToMe);
    const auto assign = host.spyOn(Id::assign);
    QSignalSpy chosen(&palette, &CommandPalette::commandChosen);
    QTest::keyClicks(palette.searchField(), QStringLiteral("asme")); // "a" must not assign
    QCOMPARE(assign->count(), 0);
    QCOMPARE(palette.currentCommandId(), QString(Id::assignToMe));
    QTest::keyClick(palette.searchField(), Qt::Key_Return);
    QCOMPARE(assignToMe->count(), 1);
    QCOMPARE(chosen.count(), 1);
    QVERIFY(!palette.isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), host.list);

    // Opening again starts empty, with the command just run on top.
    palette.popup();
    QVERIFY(palette.searchField()->text().isEmpty());
    QCOMPARE(palette.currentCommandId(), QString(Id::assignToMe));
    palette.hide();
}

void TestCommandPalette::arrowKeysChooseAnotherCommand()
{
    HostWindow host;
    CommandPalette palette(&host.registry, &host.window);
    QVERIFY(openPalette(host, palette));
    QTest::keyClicks(palette.searchField(), QStringLiteral("go to"));
    const QString first = palette.currentCommandId();
    QTest::keyClick(palette.searchField(), Qt::Key_Down);
    const QString second = palette.currentCommandId();
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first);
    QTest::keyClick(palette.searchField(), Qt::Key_Up);
    QCOMPARE(palette.currentCommandId(), first);
    // Page by page to the last row (the matches may fill more than one page).
    const QString lastId = palette.model()->commandId(palette.model()->rowCount() - 1);
    QString before;
    for (int page = 0; page < 20 && palette.currentCommandId() != lastId; ++page) {
        before = palette.currentCommandId();
        QTest::keyClick(palette.searchField(), Qt::Key_PageDown);
        QVERIFY(palette.currentCommandId() != before);
    }
    QCOMPARE(palette.currentCommandId(), lastId);
    QTest::keyClick(palette.searchField(), Qt::Key_Down);
    const auto last = host.spyOn(palette.currentCommandId());
    QTest::keyClick(palette.searchField(), Qt::Key_Enter);
    QCOMPARE(last->count(), 1);
}

void TestCommandPalette::enterOnDisabledDoesNothing()
{
    HostWindow host;
    host.registry.setEnabled(Id::unassign, false);
    CommandPalette palette(&host.registry, &host.window);
    QVERIFY(openPalette(host, palette));
    const auto unassign = host.spyOn(Id::unassign);
    QTest::keyClicks(palette.searchField(), QStringLiteral("unassign conv"));
    QCOMPARE(palette.model()->commandId(0), QString(Id::unassign));
    QVERIFY(palette.currentCommandId() != QString(Id::unassign));
    QTest::keyClick(palette.searchField(), Qt::Key_Return);
    QCOMPARE(unassign->count(), 0);
    // Clicking it does nothing either.
    const QRect rect = palette.commandList()->visualRect(palette.model()->index(0));
    QTest::mouseClick(palette.commandList()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(unassign->count(), 0);
}

void TestCommandPalette::escapeClosesAndFocusReturns()
{
    HostWindow host;
    CommandPalette palette(&host.registry, &host.window);
    QVERIFY(openPalette(host, palette));
    QSignalSpy chosen(&palette, &CommandPalette::commandChosen);
    QTest::keyClicks(palette.searchField(), QStringLiteral("clo"));
    QTest::keyClick(palette.searchField(), Qt::Key_Escape);
    QVERIFY(!palette.isVisible());
    QCOMPARE(chosen.count(), 0);
    QTRY_COMPARE(QApplication::focusWidget(), host.list);
}

void TestCommandPalette::commandThatMovesFocusKeepsIt()
{
    HostWindow host;
    CommandPalette palette(&host.registry, &host.window);
    connect(host.registry.action(Id::reply), &QAction::triggered, host.edit,
            [&host] { host.edit->setFocus(); });
    QVERIFY(openPalette(host, palette));
    QTest::keyClicks(palette.searchField(), QStringLiteral("reply"));
    QTest::keyClick(palette.searchField(), Qt::Key_Return);
    QTRY_COMPARE(QApplication::focusWidget(), host.edit);
    QVERIFY(host.edit->text().isEmpty()); // the palette's typing never leaked into the window
}

void TestCommandPalette::paintsWithoutTrouble()
{
    HostWindow host;
    host.registry.setEnabled(Id::reopen, false);
    CommandPalette palette(&host.registry, &host.window);
    QVERIFY(openPalette(host, palette));
    QTest::keyClicks(palette.searchField(), QStringLiteral("o"));
    const QImage image = palette.grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(palette.commandList()->sizeHintForRow(0) >= palette.fontMetrics().height());
    if (!qEnvironmentVariableIsEmpty("TRIAGE_SCREENSHOT_DIR"))
        image.save(qEnvironmentVariable("TRIAGE_SCREENSHOT_DIR")
                   + QStringLiteral("/commandpalette.png"));
    palette.hide();
}

void TestCommandPalette::checkableCommandsShowTheirState()
{
    HostWindow host;
    QAction *toggle = host.registry.action(Id::toggleContactPanel);
    QVERIFY(toggle->isCheckable());
    toggle->setChecked(false);
    CommandPaletteModel model(&host.registry);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex row = model.index(model.rowOf(Id::toggleContactPanel));
    QCOMPARE(row.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QVERIFY(row.flags() & Qt::ItemIsUserCheckable);
    QVERIFY(row.data(Qt::AccessibleTextRole).toString().endsWith(QLatin1String("off")));

    // Toggled elsewhere (the View menu, the shortcut): the row follows at once.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    toggle->setChecked(true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toModelIndex(), row);
    QCOMPARE(row.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QVERIFY(row.data(Qt::AccessibleTextRole).toString().endsWith(QLatin1String("on")));

    // Plain commands have no check state.
    const QModelIndex close = model.index(model.rowOf(Id::close));
    QVERIFY(!close.data(Qt::CheckStateRole).isValid());
    QVERIFY(!(close.flags() & Qt::ItemIsUserCheckable));

    // The row paints differently when checked (the check box at the right).
    CommandPalette palette(&host.registry, &host.window);
    QVERIFY(openPalette(host, palette));
    QTest::keyClicks(palette.searchField(), QStringLiteral("contact panel"));
    QCOMPARE(palette.currentCommandId(), QString(Id::toggleContactPanel));
    QListView *list = palette.commandList();
    const QRect rect = list->visualRect(list->currentIndex());
    const QImage on = list->viewport()->grab(rect).toImage();
    toggle->setChecked(false);
    const QImage off = list->viewport()->grab(rect).toImage();
    QVERIFY(on != off);
    // … and only at the right end: the title stays where it was.
    const int titleWidth = rect.width() / 2;
    QCOMPARE(on.copy(0, 0, titleWidth, on.height()), off.copy(0, 0, titleWidth, off.height()));
    palette.hide();
}

void TestCommandPalette::runningAToggleFlipsItOnce()
{
    HostWindow host;
    QAction *toggle = host.registry.action(Id::toggleContactPanel);
    toggle->setChecked(false);
    CommandPalette palette(&host.registry, &host.window);
    QVERIFY(openPalette(host, palette));
    QTest::keyClicks(palette.searchField(), QStringLiteral("contact panel"));
    QTest::keyClick(palette.searchField(), Qt::Key_Return);
    QVERIFY(toggle->isChecked());

    // A click anywhere on the row, the check box's place at the left included, runs it once.
    QVERIFY(openPalette(host, palette));
    QTest::keyClicks(palette.searchField(), QStringLiteral("contact panel"));
    QListView *list = palette.commandList();
    const QRect rect = list->visualRect(list->currentIndex());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      rect.topLeft() + QPoint(8, rect.height() / 2));
    QVERIFY(!toggle->isChecked());
    QVERIFY(!palette.isVisible());
}

void TestCommandPalette::controlsHaveNames()
{
    HostWindow host;
    CommandPalette palette(&host.registry, &host.window);
    QVERIFY(!palette.accessibleName().isEmpty());
    QVERIFY(!palette.searchField()->accessibleName().isEmpty());
    QVERIFY(!palette.commandList()->accessibleName().isEmpty());
    QVERIFY(!palette.searchField()->placeholderText().isEmpty());
}

QTEST_MAIN(TestCommandPalette)
#include "tst_commandpalette.moc"
