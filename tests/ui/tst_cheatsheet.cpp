#include "commandfixture.h"

#include "ui/commands/cheatsheet.h"
#include "ui/commands/commandids.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>

using commandtest::HostWindow;
using ui::CheatSheet;
namespace Id = ui::CommandIds;

/// The "?" cheat sheet: every command by category, searchable, following remaps.
class TestCheatSheet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryCommandByCategory();
    void search_data();
    void search();
    void reflectsRemaps();
    void reflectsRetitles();
    void escapeClosesAndFocusReturns();
    void controlsHaveNames();

private:
    static QTreeWidgetItem *itemFor(const CheatSheet &sheet, const QString &id)
    {
        const auto items
            = sheet.tree()->findItems(QStringLiteral("*"), Qt::MatchWildcard | Qt::MatchRecursive);
        for (QTreeWidgetItem *item : items) {
            if (item->data(0, Qt::UserRole + 1).toString() == id)
                return item;
        }
        return nullptr;
    }
};

void TestCheatSheet::listsEveryCommandByCategory()
{
    HostWindow host;
    CheatSheet sheet(&host.registry, &host.window);
    sheet.showSheet(); // the sheet builds its list when shown
    QCOMPARE(sheet.visibleCommandIds().size(), host.registry.ids().size());
    QSet<QString> categories;
    const QStringList ids = host.registry.ids();
    for (const QString &id : ids)
        categories.insert(host.registry.spec(id).category);
    QCOMPARE(sheet.tree()->topLevelItemCount(), categories.size());
    for (int g = 0; g < sheet.tree()->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = sheet.tree()->topLevelItem(g);
        for (int c = 0; c < group->childCount(); ++c) {
            const QString id = group->child(c)->data(0, Qt::UserRole + 1).toString();
            QCOMPARE(host.registry.spec(id).category, group->text(0));
        }
    }
    QTreeWidgetItem *close = itemFor(sheet, Id::close);
    QVERIFY(close);
    QCOMPARE(close->text(1),
             QKeySequence(QStringLiteral("Ctrl+Shift+Y")).toString(QKeySequence::NativeText));
}

void TestCheatSheet::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("mustShow");
    QTest::addColumn<QString>("mustHide");
    QTest::newRow("title") << "snooze" << QString(Id::snoozeNextWeek) << QString(Id::reply);
    QTest::newRow("keyword") << "resolve" << QString(Id::close) << QString(Id::reopen);
    QTest::newRow("shortcutText") << "Ctrl+K" << QString(Id::commandPalette) << QString(Id::next);
    QTest::newRow("category") << "Views" << QString(Id::goToClosed) << QString(Id::tag);
}

void TestCheatSheet::search()
{
    QFETCH(QString, query);
    QFETCH(QString, mustShow);
    QFETCH(QString, mustHide);
    HostWindow host;
    CheatSheet sheet(&host.registry, &host.window);
    sheet.showSheet(); // the sheet builds its list when shown
    QTest::keyClicks(sheet.searchField(), query);
    const QStringList shown = sheet.visibleCommandIds();
    QVERIFY2(shown.contains(mustShow), qPrintable(shown.join(u',')));
    QVERIFY2(!shown.contains(mustHide), qPrintable(shown.join(u',')));
    sheet.searchField()->clear();
    QCOMPARE(sheet.visibleCommandIds().size(), host.registry.ids().size());
}

void TestCheatSheet::reflectsRemaps()
{
    HostWindow host;
    CheatSheet sheet(&host.registry, &host.window);
    sheet.showSheet(); // the sheet builds its list when shown
    host.registry.setShortcuts(Id::close, {QKeySequence(QStringLiteral("Ctrl+W"))});
    QCOMPARE(itemFor(sheet, Id::close)->text(1),
             QKeySequence(QStringLiteral("Ctrl+W")).toString(QKeySequence::NativeText));
    host.registry.setShortcuts(Id::reply, {});
    QVERIFY(itemFor(sheet, Id::reply)->text(1).isEmpty());
    host.registry.resetAllShortcuts();
    QCOMPARE(itemFor(sheet, Id::reply)->text(1), QStringLiteral("R"));
}

void TestCheatSheet::reflectsRetitles()
{
    HostWindow host;
    CheatSheet sheet(&host.registry, &host.window);
    sheet.showSheet(); // the sheet builds its list when shown
    ui::CommandSpec close = host.registry.spec(Id::close);
    close.title = QStringLiteral("Fermer la conversation");
    host.registry.add(close);
    QCOMPARE(itemFor(sheet, Id::close)->text(0), close.title);
}

void TestCheatSheet::escapeClosesAndFocusReturns()
{
    HostWindow host;
    CheatSheet sheet(&host.registry, &host.window);
    QVERIFY(host.showAndActivate(host.list));
    sheet.showSheet();
    QVERIFY(QTest::qWaitForWindowActive(&sheet));
    QTRY_COMPARE(QApplication::focusWidget(), sheet.searchField());
    QTest::keyClick(sheet.searchField(), Qt::Key_Escape);
    QVERIFY(!sheet.isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), host.list);
}

void TestCheatSheet::controlsHaveNames()
{
    HostWindow host;
    CheatSheet sheet(&host.registry, &host.window);
    sheet.showSheet(); // the sheet builds its list when shown
    QVERIFY(!sheet.accessibleName().isEmpty());
    const auto *close = sheet.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
    QVERIFY(!close->accessibleName().isEmpty());
    QVERIFY(!sheet.searchField()->accessibleName().isEmpty());
    QVERIFY(!sheet.tree()->accessibleName().isEmpty());
    QVERIFY(!itemFor(sheet, Id::close)->data(0, Qt::AccessibleTextRole).toString().isEmpty());
}

QTEST_MAIN(TestCheatSheet)
#include "tst_cheatsheet.moc"
