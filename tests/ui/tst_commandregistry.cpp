#include "commandfixture.h"

#include "ui/commands/commandids.h"
#include "ui/commands/textinputshortcutguard.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTextEdit>

#include <memory>

using commandtest::HostWindow;
using ui::CommandRegistry;
using ui::CommandSpec;
namespace Id = ui::CommandIds;

/// The command registry: the catalog, remapping and its persistence, conflicts, and shortcuts
/// firing in a real (offscreen) window except while a text field has focus.
class TestCommandRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogIsComplete();
    void catalogHasNoConflicts();
    void remapAndReset();
    void persistenceRoundTrip();
    void loadIsTolerant();
    void conflictsAreReported();
    void reRegisteringRetitlesAndKeepsRemaps();
    void recentIdsMostRecentFirst();
    void singleKeyFiresOutsideTextFields();
    void textFieldsKeepTypedKeys_data();
    void textFieldsKeepTypedKeys();
    void modifiedShortcutFiresFromTextField();
    void readOnlyFieldDoesNotBlock();
    void disabledCommandDoesNotFire();
    void remappedShortcutFires();
    void scopedCommandFiresOnlyInItsWidget();

private:
    static CommandSpec spec(const QString &id, const QList<QKeySequence> &keys)
    {
        CommandSpec s;
        s.id = id;
        s.title = id;
        s.category = QStringLiteral("Test");
        s.defaultShortcuts = keys;
        return s;
    }
};

void TestCommandRegistry::catalogIsComplete()
{
    HostWindow host;
    const QStringList expected{Id::open,           Id::next,       Id::previous,     Id::reply,
                               Id::note,           Id::send,       Id::sendAndClose, Id::assign,
                               Id::assignToMe,     Id::unassign,   Id::snooze,       Id::close,
                               Id::reopen,         Id::tag,        Id::markUnread,   Id::search,
                               Id::commandPalette, Id::cheatSheet, Id::goToClosed,   Id::quit};
    for (const QString &id : expected)
        QVERIFY2(host.registry.contains(id), qPrintable(id));
    const QStringList ids = host.registry.ids();
    for (const QString &id : ids) {
        QAction *action = host.registry.action(id);
        QVERIFY(action);
        QCOMPARE(action->objectName(), id);
        QVERIFY2(!action->text().isEmpty(), qPrintable(id));
        QVERIFY2(!host.registry.spec(id).category.isEmpty(), qPrintable(id));
        QVERIFY(host.window.actions().contains(action)); // window-wide shortcuts
    }
    QCOMPARE(host.registry.shortcuts(Id::close),
             QList<QKeySequence>{QKeySequence(QStringLiteral("Ctrl+Shift+Y"))});
    QCOMPARE(host.registry.shortcuts(Id::next), QList<QKeySequence>{QKeySequence(Qt::Key_J)});
    QCOMPARE(host.registry.shortcuts(Id::commandPalette),
             QList<QKeySequence>{QKeySequence(QStringLiteral("Ctrl+K"))});
    QCOMPARE(host.registry.action(Id::reply)->shortcut(), QKeySequence(Qt::Key_R));
    // Platform bindings, with a fallback where the platform theme has none (offscreen).
    QVERIFY(!host.registry.shortcuts(Id::quit).isEmpty());
    QVERIFY(!host.registry.shortcuts(Id::syncNow).isEmpty());
    QVERIFY(host.registry.action(Id::toggleContactPanel)->isCheckable());
}

void TestCommandRegistry::catalogHasNoConflicts()
{
    HostWindow host;
    const QList<ui::ShortcutConflict> conflicts = host.registry.conflicts();
    for (const ui::ShortcutConflict &c : conflicts)
        qWarning() << c.sequence << c.ids;
    QVERIFY(conflicts.isEmpty());
}

void TestCommandRegistry::remapAndReset()
{
    HostWindow host;
    QSignalSpy changed(&host.registry, &CommandRegistry::shortcutsChanged);
    const QKeySequence ctrlW(QStringLiteral("Ctrl+W"));
    host.registry.setShortcuts(Id::close, {ctrlW});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QString(Id::close));
    QVERIFY(host.registry.isRemapped(Id::close));
    QCOMPARE(host.registry.action(Id::close)->shortcuts(), QList<QKeySequence>{ctrlW});
    QCOMPARE(host.registry.commandsUsing(ctrlW), QStringList{Id::close});

    host.registry.setShortcuts(Id::close, {ctrlW}); // no change, no signal
    QCOMPARE(changed.count(), 1);

    host.registry.resetShortcuts(Id::close);
    QCOMPARE(changed.count(), 2);
    QVERIFY(!host.registry.isRemapped(Id::close));
    QCOMPARE(host.registry.action(Id::close)->shortcuts(),
             host.registry.spec(Id::close).defaultShortcuts);

    host.registry.setShortcuts(Id::reply, {});
    QVERIFY(host.registry.isRemapped(Id::reply));
    QVERIFY(host.registry.action(Id::reply)->shortcuts().isEmpty());
    // Setting the defaults again is a reset, not a remap.
    host.registry.setShortcuts(Id::reply, {QKeySequence(Qt::Key_R)});
    QVERIFY(!host.registry.isRemapped(Id::reply));
}

void TestCommandRegistry::persistenceRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("triage.ini"));
    {
        HostWindow host;
        host.registry.setShortcuts(Id::close, {QKeySequence(QStringLiteral("Ctrl+W")),
                                               QKeySequence(QStringLiteral("Ctrl+Shift+Y"))});
        host.registry.setShortcuts(Id::markUnread, {}); // "no shortcut" must survive too
        host.registry.setShortcuts(Id::assignToMe, {QKeySequence(QStringLiteral("Shift+A"))});
        host.registry.setShortcuts(Id::tag, {QKeySequence(QStringLiteral("Ctrl+,"))});
        QSettings settings(path, QSettings::IniFormat);
        host.registry.save(settings);
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
        settings.beginGroup(QStringLiteral("shortcuts"));
        QCOMPARE(settings.childKeys().size(), 4); // remaps only, never the defaults
    }
    HostWindow host;
    QSettings settings(path, QSettings::IniFormat);
    QSignalSpy changed(&host.registry, &CommandRegistry::shortcutsChanged);
    host.registry.load(settings);
    QCOMPARE(changed.count(), 4);
    QCOMPARE(host.registry.shortcuts(Id::close),
             (QList<QKeySequence>{QKeySequence(QStringLiteral("Ctrl+W")),
                                  QKeySequence(QStringLiteral("Ctrl+Shift+Y"))}));
    QVERIFY(host.registry.isRemapped(Id::markUnread));
    QVERIFY(host.registry.action(Id::markUnread)->shortcuts().isEmpty());
    QCOMPARE(host.registry.action(Id::assignToMe)->shortcut(),
             QKeySequence(QStringLiteral("Shift+A")));
    QCOMPARE(host.registry.action(Id::tag)->shortcut(), QKeySequence(QStringLiteral("Ctrl+,")));
    QCOMPARE(host.registry.action(Id::reply)->shortcut(), QKeySequence(Qt::Key_R));

    // Resetting everything and saving leaves an empty group.
    host.registry.resetAllShortcuts();
    host.registry.save(settings);
    settings.beginGroup(QStringLiteral("shortcuts"));
    QVERIFY(settings.childKeys().isEmpty());
}

void TestCommandRegistry::loadIsTolerant()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat);
    settings.beginGroup(QStringLiteral("shortcuts"));
    settings.setValue(Id::reply, QStringLiteral("NotAKey+Whatever"));
    settings.setValue(QStringLiteral("plugin.later"), QStringLiteral("Ctrl+Alt+P"));
    settings.endGroup();

    HostWindow host;
    host.registry.load(settings);
    QVERIFY(host.registry.action(Id::reply)->shortcuts().isEmpty()); // garbage dropped, no crash
    QAction *later = host.registry.add(spec(QStringLiteral("plugin.later"), {}));
    QCOMPARE(later->shortcut(), QKeySequence(QStringLiteral("Ctrl+Alt+P")));

    host.registry.save(settings); // the remap of a later command is kept
    QVERIFY(settings.contains(QStringLiteral("shortcuts/plugin.later")));
}

void TestCommandRegistry::conflictsAreReported()
{
    HostWindow host;
    host.registry.setShortcuts(Id::reply, {QKeySequence(Qt::Key_J)});
    host.registry.setShortcuts(Id::note, {QKeySequence(Qt::Key_J), QKeySequence(Qt::Key_O)});
    const QList<ui::ShortcutConflict> conflicts = host.registry.conflicts();
    QCOMPARE(conflicts.size(), 2);
    QCOMPARE(conflicts.at(0).sequence, QKeySequence(Qt::Key_J));
    QCOMPARE(conflicts.at(0).ids, (QStringList{Id::next, Id::reply, Id::note}));
    QCOMPARE(conflicts.at(1).sequence, QKeySequence(Qt::Key_O));
    QCOMPARE(conflicts.at(1).ids, (QStringList{Id::note, Id::reopen}));
    host.registry.resetAllShortcuts();
    QVERIFY(host.registry.conflicts().isEmpty());
}

void TestCommandRegistry::reRegisteringRetitlesAndKeepsRemaps()
{
    HostWindow host;
    host.registry.setShortcuts(Id::close, {QKeySequence(QStringLiteral("Ctrl+W"))});
    QSignalSpy added(&host.registry, &CommandRegistry::commandAdded);
    QSignalSpy changed(&host.registry, &CommandRegistry::commandChanged);
    CommandSpec close = host.registry.spec(Id::close);
    close.title = QStringLiteral("Fermer la conversation");
    QAction *action = host.registry.add(close);
    QCOMPARE(action, host.registry.action(Id::close));
    QCOMPARE(action->text(), close.title);
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+W")));
    QCOMPARE(added.count(), 0);
    QCOMPARE(changed.count(), 1);
    const int count = int(host.registry.ids().size());
    ui::DefaultCommands::registerAll(host.registry);
    QCOMPARE(host.registry.ids().size(), count);
}

void TestCommandRegistry::recentIdsMostRecentFirst()
{
    HostWindow host;
    host.registry.action(Id::reply)->trigger();
    host.registry.action(Id::close)->trigger();
    host.registry.action(Id::reply)->trigger();
    QCOMPARE(host.registry.recentIds(), (QStringList{Id::reply, Id::close}));
    const QStringList ids = host.registry.ids();
    for (const QString &id : ids)
        host.registry.action(id)->trigger();
    QCOMPARE(host.registry.recentIds().size(), CommandRegistry::MaxRecent);
    QCOMPARE(host.registry.recentIds().first(), ids.last());
}

void TestCommandRegistry::singleKeyFiresOutsideTextFields()
{
    HostWindow host;
    QVERIFY(host.showAndActivate(host.list));
    const auto next = host.spyOn(Id::next);
    const auto previous = host.spyOn(Id::previous);
    const auto cheatSheet = host.spyOn(Id::cheatSheet);
    QTest::keyClick(host.list, Qt::Key_J);
    QTest::keyClick(host.list, Qt::Key_J);
    QTest::keyClick(host.list, Qt::Key_K);
    QTest::keyClick(host.list, '?');
    QCOMPARE(next->count(), 2);
    QCOMPARE(previous->count(), 1);
    QCOMPARE(cheatSheet->count(), 1);
}

void TestCommandRegistry::textFieldsKeepTypedKeys_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("lineEdit") << QStringLiteral("lineEdit");
    QTest::newRow("textEdit") << QStringLiteral("textEdit");
    QTest::newRow("plainTextEdit") << QStringLiteral("plainTextEdit");
    QTest::newRow("editableCombo") << QStringLiteral("editableCombo");
    QTest::newRow("spinBox") << QStringLiteral("spinBox");
    QTest::newRow("markedCustom") << QStringLiteral("markedCustom");
}

void TestCommandRegistry::textFieldsKeepTypedKeys()
{
    QFETCH(QString, kind);
    HostWindow host;
    QWidget *field = nullptr;
    if (kind == QLatin1String("lineEdit")) {
        field = host.edit;
    } else if (kind == QLatin1String("textEdit")) {
        field = new QTextEdit(&host.window);
    } else if (kind == QLatin1String("plainTextEdit")) {
        field = new QPlainTextEdit(&host.window);
    } else if (kind == QLatin1String("editableCombo")) {
        auto *combo = new QComboBox(&host.window);
        combo->setEditable(true);
        field = combo;
    } else if (kind == QLatin1String("spinBox")) {
        field = new QSpinBox(&host.window);
    } else {
        field = new QWidget(&host.window);
        field->setFocusPolicy(Qt::StrongFocus);
        ui::TextInputShortcutGuard::markAsTextInput(field);
    }
    host.window.layout()->addWidget(field);
    QVERIFY(host.showAndActivate(field->focusProxy() ? field->focusProxy() : field));
    QVERIFY(ui::TextInputShortcutGuard::acceptsTextInput(QApplication::focusWidget()));

    const auto reply = host.spyOn(Id::reply);
    const auto next = host.spyOn(Id::next);
    const auto search = host.spyOn(Id::search);
    const auto open = host.spyOn(Id::open);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("rjR/"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(reply->count(), 0);
    QCOMPARE(next->count(), 0);
    QCOMPARE(search->count(), 0);
    QCOMPARE(open->count(), 0);
    if (auto *line = qobject_cast<QLineEdit *>(field))
        QCOMPARE(line->text(), QStringLiteral("rjR/"));
    if (auto *text = qobject_cast<QTextEdit *>(field))
        QCOMPARE(text->toPlainText(), QStringLiteral("rjR/\n"));
    if (auto *plain = qobject_cast<QPlainTextEdit *>(field))
        QCOMPARE(plain->toPlainText(), QStringLiteral("rjR/\n"));
    if (auto *combo = qobject_cast<QComboBox *>(field))
        QVERIFY(combo->currentText().startsWith(QStringLiteral("rjR/")));
}

void TestCommandRegistry::modifiedShortcutFiresFromTextField()
{
    HostWindow host;
    QVERIFY(host.showAndActivate(host.edit));
    const auto close = host.spyOn(Id::close);
    const auto palette = host.spyOn(Id::commandPalette);
    QTest::keyClick(host.edit, Qt::Key_Y, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(host.edit, Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(close->count(), 1);
    QCOMPARE(palette->count(), 1);
}

void TestCommandRegistry::readOnlyFieldDoesNotBlock()
{
    HostWindow host;
    host.edit->setReadOnly(true);
    QVERIFY(host.showAndActivate(host.edit));
    const auto reply = host.spyOn(Id::reply);
    QTest::keyClick(host.edit, Qt::Key_R);
    QCOMPARE(reply->count(), 1);
}

void TestCommandRegistry::disabledCommandDoesNotFire()
{
    HostWindow host;
    QVERIFY(host.showAndActivate(host.list));
    const auto reopen = host.spyOn(Id::reopen);
    host.registry.setEnabled(Id::reopen, false);
    QVERIFY(!host.registry.isEnabled(Id::reopen));
    QTest::keyClick(host.list, Qt::Key_O);
    QCOMPARE(reopen->count(), 0);
    host.registry.setEnabled(Id::reopen, true);
    QTest::keyClick(host.list, Qt::Key_O);
    QCOMPARE(reopen->count(), 1);
}

void TestCommandRegistry::remappedShortcutFires()
{
    HostWindow host;
    QVERIFY(host.showAndActivate(host.list));
    const auto close = host.spyOn(Id::close);
    host.registry.setShortcuts(Id::close, {QKeySequence(Qt::Key_E)});
    QTest::keyClick(host.list, Qt::Key_Y, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(close->count(), 0);
    QTest::keyClick(host.list, Qt::Key_E);
    QCOMPARE(close->count(), 1);
}

void TestCommandRegistry::scopedCommandFiresOnlyInItsWidget()
{
    HostWindow host;
    auto *button = new QWidget(&host.window);
    button->setFocusPolicy(Qt::StrongFocus);
    host.window.layout()->addWidget(button);
    host.registry.scopeTo(Id::open, host.list);
    QVERIFY(!host.window.actions().contains(host.registry.action(Id::open)));
    QVERIFY(host.showAndActivate(button));
    const auto open = host.spyOn(Id::open);
    QTest::keyClick(button, Qt::Key_Return);
    QCOMPARE(open->count(), 0);
    host.list->setFocus();
    QTest::keyClick(host.list, Qt::Key_Return);
    QCOMPARE(open->count(), 1);

    // Retranslating (registering the catalog again) keeps the scope.
    ui::DefaultCommands::registerAll(host.registry);
    QCOMPARE(host.registry.action(Id::open)->shortcutContext(), Qt::WidgetWithChildrenShortcut);
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Return);
    QCOMPARE(open->count(), 1);
}

QTEST_MAIN(TestCommandRegistry)
#include "tst_commandregistry.moc"
