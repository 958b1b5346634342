#include "ui/commands/textinputshortcutguard.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBrowser>

using ui::TextInputShortcutGuard;

/// Which keys count as typing and which widgets take text: the two questions the guard asks
/// before it lets a focused field keep a key that is also a shortcut.
class TestTextInputShortcutGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isTyping_data();
    void isTyping();
    void acceptsTextInput();
    void overrideIsAcceptedOnlyForTyping();
};

void TestTextInputShortcutGuard::isTyping_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");
    const Qt::KeyboardModifiers none = Qt::NoModifier;
    QTest::newRow("letter") << int(Qt::Key_R) << none << "r" << true;
    QTest::newRow("letter/shift") << int(Qt::Key_R) << Qt::KeyboardModifiers(Qt::ShiftModifier)
                                  << "R" << true;
    QTest::newRow("punctuation") << int(Qt::Key_Slash) << none << "/" << true;
    QTest::newRow("space") << int(Qt::Key_Space) << none << " " << true;
    QTest::newRow("editing/return") << int(Qt::Key_Return) << none << "\r" << true;
    QTest::newRow("editing/backspace") << int(Qt::Key_Backspace) << none << "" << true;
    QTest::newRow("editing/left") << int(Qt::Key_Left) << none << "" << true;
    QTest::newRow("ctrl/letter") << int(Qt::Key_K) << Qt::KeyboardModifiers(Qt::ControlModifier)
                                 << "\x0b" << false;
    QTest::newRow("ctrlShift/letter")
        << int(Qt::Key_Y) << (Qt::ControlModifier | Qt::ShiftModifier) << "" << false;
    QTest::newRow("alt/letter") << int(Qt::Key_F) << Qt::KeyboardModifiers(Qt::AltModifier) << "f"
                                << false;
    QTest::newRow("altGr/character")
        << int(Qt::Key_At) << (Qt::ControlModifier | Qt::AltModifier) << "@" << true;
    QTest::newRow("function") << int(Qt::Key_F5) << none << "" << false;
    QTest::newRow("escape") << int(Qt::Key_Escape) << none << "\x1b" << false;
    QTest::newRow("ctrl/return") << int(Qt::Key_Return)
                                 << Qt::KeyboardModifiers(Qt::ControlModifier) << "\r" << false;
}

void TestTextInputShortcutGuard::isTyping()
{
    QFETCH(int, key);
    QFETCH(Qt::KeyboardModifiers, modifiers);
    QFETCH(QString, text);
    QFETCH(bool, expected);
    const QKeyEvent event(QEvent::ShortcutOverride, key, modifiers, text);
    QCOMPARE(TextInputShortcutGuard::isTyping(event), expected);
}

void TestTextInputShortcutGuard::acceptsTextInput()
{
    QLineEdit line;
    QVERIFY(TextInputShortcutGuard::acceptsTextInput(&line));
    line.setReadOnly(true);
    QVERIFY(!TextInputShortcutGuard::acceptsTextInput(&line));
    line.setReadOnly(false);
    line.setEnabled(false);
    QVERIFY(!TextInputShortcutGuard::acceptsTextInput(&line));

    QTextBrowser browser; // a read-only reading pane: J/K must keep working there
    QVERIFY(!TextInputShortcutGuard::acceptsTextInput(&browser));
    QPlainTextEdit plain;
    QVERIFY(TextInputShortcutGuard::acceptsTextInput(&plain));
    QListView list; // keyboard search in lists must not swallow J and K
    QVERIFY(!TextInputShortcutGuard::acceptsTextInput(&list));
    TextInputShortcutGuard::markAsTextInput(&list);
    QVERIFY(TextInputShortcutGuard::acceptsTextInput(&list));
    TextInputShortcutGuard::markAsTextInput(&list, false);
    QVERIFY(!TextInputShortcutGuard::acceptsTextInput(&list));
    QVERIFY(!TextInputShortcutGuard::acceptsTextInput(nullptr));
}

void TestTextInputShortcutGuard::overrideIsAcceptedOnlyForTyping()
{
    TextInputShortcutGuard guard;
    QWidget custom; // takes no key on its own, so only the guard can accept the override
    TextInputShortcutGuard::markAsTextInput(&custom);
    QKeyEvent typing(QEvent::ShortcutOverride, Qt::Key_J, Qt::NoModifier, QStringLiteral("j"));
    typing.ignore();
    QCoreApplication::sendEvent(&custom, &typing);
    QVERIFY(typing.isAccepted());

    QKeyEvent shortcut(QEvent::ShortcutOverride, Qt::Key_K, Qt::ControlModifier);
    shortcut.ignore();
    QCoreApplication::sendEvent(&custom, &shortcut);
    QVERIFY(!shortcut.isAccepted());

    QListView list;
    QKeyEvent inList(QEvent::ShortcutOverride, Qt::Key_J, Qt::NoModifier, QStringLiteral("j"));
    inList.ignore();
    QCoreApplication::sendEvent(&list, &inList);
    QVERIFY(!inList.isAccepted());
}

QTEST_MAIN(TestTextInputShortcutGuard)
#include "tst_textinputshortcutguard.moc"
