// The snooze menu and the custom time dialog: entries for the presets of "now" with their
// times, a choice snoozes the selection (delivered to the sandbox), "Custom…" opens a
// non-blocking dialog that only accepts future times.

#include "actionsfixture.h"

#include "ui/actions/snoozedialog.h"
#include "ui/actions/snoozemenu.h"
#include "ui/actions/snoozetimes.h"

#include <QDateTimeEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using ServerState = sandbox::ConversationState;

class TestSnoozeMenu : public QObject
{
    Q_OBJECT

private:
    QStringList objectNames(const QMenu &menu)
    {
        QStringList names;
        for (QAction *action : menu.actions()) {
            if (!action->isSeparator())
                names << action->objectName();
        }
        return names;
    }

private Q_SLOTS:
    void entriesFollowTheClock_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QStringList>("entries");
        QTest::addRow("menu/wednesday-morning")
            << QDateTime(QDate(2030, 1, 16), QTime(10, 20))
            << QStringList{"snoozeLaterToday", "snoozeTomorrowMorning", "snoozeNextMonday",
                           "snoozeNextWeek", "snoozeCustom"};
        QTest::addRow("menu/monday-evening")
            << QDateTime(QDate(2030, 1, 14), QTime(22, 0))
            << QStringList{"snoozeTomorrowMorning", "snoozeNextMonday", "snoozeCustom"};
    }

    void entriesFollowTheClock()
    {
        QFETCH(QDateTime, now);
        QFETCH(QStringList, entries);
        ui::SnoozeMenu menu;
        menu.setClock([now] { return now; });
        QCOMPARE(objectNames(menu), entries);
        for (QAction *action : menu.actions()) {
            if (action->isSeparator() || action->objectName() == QLatin1String("snoozeCustom"))
                continue;
            const QDateTime until = action->data().toDateTime();
            QVERIFY(until > now);
            // The label names the time it stands for.
            QVERIFY2(action->text().contains(ui::SnoozeTimes::whenText(until, now, menu.locale())),
                     qPrintable(action->text()));
            QVERIFY(action->text().contains(QLatin1Char('&'))); // a mnemonic
        }
        QVERIFY(!menu.accessibleName().isEmpty());
    }

    void choosingAPresetSnoozesTheSelection()
    {
        ActionsFixture f;
        QVERIFY(f.startAll(30, 4));
        ui::SnoozeMenu menu;
        const QDateTime now = QDateTime::currentDateTime();
        menu.setClock([now] { return now; });
        menu.setActions(f.actions.get());
        menu.setConversationIds(f.conversationIds.mid(0, 2));
        QSignalSpy chosen(&menu, &ui::SnoozeMenu::snoozeChosen);
        QAction *tomorrow = menu.findChild<QAction *>(QStringLiteral("snoozeTomorrowMorning"));
        QVERIFY(tomorrow);
        tomorrow->trigger();
        QCOMPARE(chosen.count(), 1);
        const QDateTime until = ui::SnoozeTimes::tomorrowMorning(now);
        QCOMPARE(chosen.first().first().toDateTime(), until);
        DRAIN(f);
        for (const QString &id : f.conversationIds.mid(0, 2)) {
            QCOMPARE(f.serverConversation(id).state, ServerState::Snoozed);
            QCOMPARE(f.serverConversation(id).snoozedUntil, until.toSecsSinceEpoch());
        }
    }

    void customDialogTakesFutureTimesOnly()
    {
        QWidget window;
        auto *menu = new ui::SnoozeMenu(&window);
        const QDateTime now(QDate(2030, 3, 5), QTime(14, 7));
        menu->setClock([now] { return now; });
        window.show();
        QSignalSpy chosen(menu, &ui::SnoozeMenu::snoozeChosen);
        menu->findChild<QAction *>(QStringLiteral("snoozeCustom"))->trigger();
        auto *dialog = window.findChild<ui::SnoozeDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->isModal()); // window-modal, through open(): no nested event loop
        // Starts at tomorrow morning, which is fine.
        QCOMPARE(dialog->dateTime(), ui::SnoozeTimes::tomorrowMorning(now));
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("snoozeOk"));
        QVERIFY(ok->isEnabled());
        // The editor does not go below a minute from now.
        dialog->setDateTime(now.addDays(-1));
        QVERIFY(dialog->dateTime() > now);
        QVERIFY(!dialog->editor()->accessibleName().isEmpty());

        // Keyboard: the editor has focus; Up on the day field moves a day on; Enter accepts.
        QDateTimeEdit *editor = dialog->editor();
        dialog->setDateTime(QDateTime(QDate(2030, 3, 8), QTime(16, 30)));
        editor->setSelectedSection(QDateTimeEdit::DaySection);
        QTest::keyClick(editor, Qt::Key_Up);
        QCOMPARE(dialog->dateTime(), QDateTime(QDate(2030, 3, 9), QTime(16, 30)));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().toDateTime(), QDateTime(QDate(2030, 3, 9), QTime(16, 30)));
        QTRY_VERIFY(!window.findChild<ui::SnoozeDialog *>()); // deleted on close
    }

    void dialogRefusesThePast()
    {
        QDateTime now(QDate(2030, 3, 5), QTime(14, 7));
        ui::SnoozeDialog dialog(nullptr, [&now] { return now; });
        dialog.setDateTime(QDateTime(QDate(2030, 3, 5), QTime(15, 0)));
        QVERIFY(dialog.isAcceptable());
        // Time passes while the dialog is open.
        now = QDateTime(QDate(2030, 3, 5), QTime(15, 30));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("snoozeOk"))->isEnabled());
    }
};

QTEST_MAIN(TestSnoozeMenu)
#include "tst_snoozemenu.moc"
