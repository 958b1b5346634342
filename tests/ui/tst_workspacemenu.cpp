#include "ui/signin/workspacemenu.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using ui::WorkspaceEntry;
using ui::WorkspaceMenu;

class TestWorkspaceMenu : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void entries();
    void shortcutsShownOnlyForNine();
    void switchByIndex();
    void commands();
    void demoCannotSignOut();
    void keyboardPath();
    void forgetConfirmation();

private:
    static QList<WorkspaceEntry> threeWorkspaces();
    static QAction *action(WorkspaceMenu &menu, const QString &name);
    static QMessageBox *waitForConfirmation();
};

QList<WorkspaceEntry> TestWorkspaceMenu::threeWorkspaces()
{
    return {{QStringLiteral("ws-a"), QStringLiteral("Acme & Co"), QStringLiteral("Ada Lovelace"),
             false, false},
            {QStringLiteral("ws-b"), QStringLiteral("Beta Support"), QStringLiteral("Ben Ortiz"),
             true, false},
            {QStringLiteral("demo"), QStringLiteral("Triage Demo"), {}, false, true}};
}

QAction *TestWorkspaceMenu::action(WorkspaceMenu &menu, const QString &name)
{
    const QList<QAction *> actions = menu.actions();
    for (QAction *candidate : actions) {
        if (candidate->objectName() == name)
            return candidate;
    }
    return nullptr;
}

QMessageBox *TestWorkspaceMenu::waitForConfirmation()
{
    for (int i = 0; i < 100; ++i) {
        const QList<QWidget *> tops = QApplication::topLevelWidgets();
        for (QWidget *top : tops) {
            if (top->objectName() == QLatin1String("workspaceForgetConfirmation")
                && top->isVisible())
                return qobject_cast<QMessageBox *>(top);
        }
        QTest::qWait(20);
    }
    return nullptr;
}

void TestWorkspaceMenu::entries()
{
    WorkspaceMenu menu;
    QCOMPARE(menu.title(), QStringLiteral("&Workspace"));
    menu.setEntries(threeWorkspaces());
    QCOMPARE(menu.count(), 3);
    QAction *first = action(menu, QStringLiteral("workspaceEntry0"));
    QAction *second = action(menu, QStringLiteral("workspaceEntry1"));
    QAction *demo = action(menu, QStringLiteral("workspaceEntry2"));
    QVERIFY(first && second && demo);
    // "&" in a name is not a mnemonic; the shortcut is shown after a tab.
    QCOMPARE(first->text(),
             QStringLiteral("Acme && Co — Ada Lovelace\t")
                 + WorkspaceMenu::switchShortcut(0).toString(QKeySequence::NativeText));
    QVERIFY(first->text().endsWith(QLatin1String("Ctrl+1")));
    QVERIFY(first->shortcut().isEmpty()); // no real shortcut: the command registry binds it
    QVERIFY(!first->isChecked());
    QVERIFY(second->isChecked());
    QVERIFY(demo->text().startsWith(QLatin1String("Triage Demo (demo)\t")));
    QCOMPARE(menu.currentEntry()->id, QStringLiteral("ws-b"));
    QCOMPARE(menu.entryAt(2)->id, QStringLiteral("demo"));
    QVERIFY(!menu.entryAt(3));
    QVERIFY(!menu.entryAt(-1));

    menu.setEntries({});
    QCOMPARE(menu.count(), 0);
    QVERIFY(!action(menu, QStringLiteral("workspaceEntry0")));
    QVERIFY(action(menu, QStringLiteral("workspaceAddAction"))->isEnabled());
    QVERIFY(!action(menu, QStringLiteral("workspaceSignOutAction"))->isEnabled());
}

void TestWorkspaceMenu::shortcutsShownOnlyForNine()
{
    QList<WorkspaceEntry> many;
    for (int i = 0; i < 11; ++i)
        many.append(
            {QStringLiteral("ws%1").arg(i), QStringLiteral("W%1").arg(i), {}, i == 0, false});
    WorkspaceMenu menu;
    menu.setEntries(many);
    QVERIFY(
        action(menu, QStringLiteral("workspaceEntry8"))->text().endsWith(QLatin1String("Ctrl+9")));
    QCOMPARE(action(menu, QStringLiteral("workspaceEntry9"))->text(), QStringLiteral("W9"));
    QVERIFY(WorkspaceMenu::switchShortcut(9).isEmpty());
    QCOMPARE(WorkspaceMenu::switchShortcut(0), QKeySequence(QStringLiteral("Ctrl+1")));
}

void TestWorkspaceMenu::switchByIndex()
{
    WorkspaceMenu menu;
    menu.setEntries(threeWorkspaces());
    QSignalSpy spy(&menu, &WorkspaceMenu::switchRequested);
    menu.requestSwitchTo(0);
    menu.requestSwitchTo(1); // already current: nothing
    menu.requestSwitchTo(7); // no such entry: nothing
    action(menu, QStringLiteral("workspaceEntry2"))->trigger();
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("ws-a"));
    QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("demo"));
}

void TestWorkspaceMenu::commands()
{
    WorkspaceMenu menu;
    menu.setEntries(threeWorkspaces());
    QSignalSpy add(&menu, &WorkspaceMenu::addRequested);
    QSignalSpy again(&menu, &WorkspaceMenu::signInAgainRequested);
    QSignalSpy signOut(&menu, &WorkspaceMenu::signOutRequested);
    action(menu, QStringLiteral("workspaceAddAction"))->trigger();
    action(menu, QStringLiteral("workspaceSignInAgainAction"))->trigger();
    action(menu, QStringLiteral("workspaceSignOutAction"))->trigger();
    QCOMPARE(add.count(), 1);
    QCOMPARE(again.count(), 1);
    QCOMPARE(again.first().first().toString(), QStringLiteral("ws-b"));
    QCOMPARE(signOut.count(), 1);
    QCOMPARE(signOut.first().at(0).toString(), QStringLiteral("ws-b"));
    QCOMPARE(signOut.first().at(1).toBool(), false);
}

void TestWorkspaceMenu::demoCannotSignOut()
{
    QList<WorkspaceEntry> entries = threeWorkspaces();
    entries[1].isCurrent = false;
    entries[2].isCurrent = true;
    WorkspaceMenu menu;
    menu.setEntries(entries);
    QVERIFY(!action(menu, QStringLiteral("workspaceSignInAgainAction"))->isEnabled());
    QVERIFY(!action(menu, QStringLiteral("workspaceSignOutAction"))->isEnabled());
    QVERIFY(!action(menu, QStringLiteral("workspaceForgetAction"))->isEnabled());
    QVERIFY(action(menu, QStringLiteral("workspaceAddAction"))->isEnabled());
}

void TestWorkspaceMenu::keyboardPath()
{
    QMainWindow window;
    auto *menu = new WorkspaceMenu(&window);
    menu->setEntries(threeWorkspaces());
    window.menuBar()->addMenu(menu);
    window.setCentralWidget(new QLabel(QStringLiteral("inbox"), &window));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy spy(menu, &WorkspaceMenu::switchRequested);
    QTest::keyClick(&window, Qt::Key_W, Qt::AltModifier);
    QTRY_VERIFY(menu->isVisible());
    // Opened from the keyboard, the menu starts on its first line: the first workspace.
    QTRY_VERIFY(menu->activeAction());
    QCOMPARE(menu->activeAction()->objectName(), QStringLiteral("workspaceEntry0"));
    QTest::keyClick(menu, Qt::Key_Return);
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toString(), QStringLiteral("ws-a"));
    QTRY_VERIFY(!menu->isVisible());
}

void TestWorkspaceMenu::forgetConfirmation()
{
    QMainWindow window;
    auto *menu = new WorkspaceMenu(&window);
    menu->setEntries(threeWorkspaces());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy signOut(menu, &WorkspaceMenu::signOutRequested);

    // Enter takes the default button, Cancel: nothing is forgotten by accident.
    action(*menu, QStringLiteral("workspaceForgetAction"))->trigger();
    QMessageBox *box = waitForConfirmation();
    QVERIFY(box);
    QVERIFY(box->text().startsWith(
        QLatin1String("Sign out of Beta Support and forget its local data?\n\n")));
    QVERIFY(box->text().contains(
        QLatin1String("stored on this computer for Beta Support are deleted")));
    QVERIFY(box->text().contains(QLatin1String("keychain")));
    // Workspace names come from the server: shown as plain text, never as markup.
    const QList<QLabel *> labels = box->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->text().contains(QLatin1String("Beta Support")))
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }
    QCOMPARE(box->defaultButton()->objectName(), QStringLiteral("workspaceForgetCancelButton"));
    QTRY_VERIFY(QApplication::activeWindow() == box);
    const QPointer<QMessageBox> first(box);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!first); // closed and deleted
    QCOMPARE(signOut.count(), 0);

    // The confirm button's mnemonic (Alt+F) signs out and forgets.
    action(*menu, QStringLiteral("workspaceForgetAction"))->trigger();
    box = waitForConfirmation();
    QVERIFY(box);
    QTRY_VERIFY(QApplication::activeWindow() == box);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::AltModifier);
    QTRY_COMPARE(signOut.count(), 1);
    QCOMPARE(signOut.first().at(0).toString(), QStringLiteral("ws-b"));
    QCOMPARE(signOut.first().at(1).toBool(), true);
}

QTEST_MAIN(TestWorkspaceMenu)
#include "tst_workspacemenu.moc"
