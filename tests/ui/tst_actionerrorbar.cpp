// The failed-action bar: a permanent failure from the sandbox (404 for a conversation it does
// not have, 400 for a snooze time in its past) shows as one sentence with Retry and Dismiss;
// Retry sends again (and succeeds once the cause is gone), Dismiss reverts the optimistic
// effect; several failures collapse; failed replies are left to the composer.

#include "actionsfixture.h"

#include "models/store/conversationrepository.h"
#include "ui/actions/actionerrorbar.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using models::OutboxEntry;
using State = OutboxEntry::State;
using ServerState = sandbox::ConversationState;

class TestActionErrorBar : public QObject
{
    Q_OBJECT

private:
    ActionsFixture f;
    std::unique_ptr<QWidget> window;
    ui::ActionErrorBar *bar = nullptr;
    int ghosts = 0;

    State stateOf(qint64 id) { return models::OutboxRepository(*f.db).entry(id)->state; }
    QPushButton *button(const QString &name) { return bar->findChild<QPushButton *>(name); }
    QString summary()
    {
        return bar->findChild<QLabel *>(QStringLiteral("actionErrorSummary"))->text();
    }

    /// A conversation stored locally that the sandbox does not have: every action on it gets 404.
    QString storeGhost(const QString &title)
    {
        api::Conversation ghost;
        ghost.id = QString::number(987654300 + ++ghosts);
        ghost.title = title;
        ghost.state = api::Conversation::State::Open;
        ghost.open = true;
        ghost.updatedAt = 1;
        return models::ConversationRepository(*f.db).upsertThread(ghost, 1) ? ghost.id : QString();
    }
    qint64 lastEntryId()
    {
        return f.db->scalar(QStringLiteral("SELECT MAX(id) FROM outbox")).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(f.startAll(40, 6));
        window = std::make_unique<QWidget>();
        bar = new ui::ActionErrorBar(*f.outbox, *f.db, &f.changes);
        auto *layout = new QVBoxLayout(window.get());
        layout->addWidget(bar);
        layout->addStretch();
        window->resize(700, 400);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }

    void init()
    {
        f.sandbox.server->setClockOffset(0);
        QVERIFY(bar->failures().isEmpty());
        QVERIFY(!bar->isVisible());
    }

    void failureShowsAndDismissReverts()
    {
        const QString ghost = storeGhost(QStringLiteral("Refund request"));
        QVERIFY(!ghost.isEmpty());
        QSignalSpy changed(bar, &ui::ActionErrorBar::failuresChanged);
        QCOMPARE(f.actions->close({ghost}).queued, 1);
        const qint64 entry = lastEntryId();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(entry), State::Failed, 10000);
        QTRY_VERIFY(bar->isVisible());
        QCOMPARE(changed.count(), 1);
        QVERIFY2(summary().startsWith(QStringLiteral("Couldn't close “Refund request”: ")),
                 qPrintable(summary()));
        QVERIFY(summary().size() > QStringLiteral("Couldn't close “Refund request”: ").size());
        QVERIFY(button(QStringLiteral("actionErrorRetry"))->isVisible());
        QVERIFY(button(QStringLiteral("actionErrorDismiss"))->isVisible());
        QVERIFY(!button(QStringLiteral("actionErrorShow"))->isVisible());
        QVERIFY(!button(QStringLiteral("actionErrorRetry"))->accessibleName().isEmpty());
        // Still closed locally (optimistic) until dismissed.
        QCOMPARE(f.local(ghost)->state, api::Conversation::State::Closed);

        QTest::mouseClick(button(QStringLiteral("actionErrorDismiss")), Qt::LeftButton);
        QVERIFY(!bar->isVisible());
        QVERIFY(f.outbox->failed().isEmpty());
        QCOMPARE(f.local(ghost)->state, api::Conversation::State::Open);
        QCOMPARE(changed.count(), 2);
    }

    void retrySendsAgainAndSucceedsOnceTheCauseIsGone()
    {
        const QString id = f.conversationIds.at(1);
        // A time in the sandbox's past: 400, a permanent failure.
        const qint64 until = f.sandbox.server->now() - 600;
        const qint64 entry = f.outbox->snooze(id, until);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(entry), State::Failed, 10000);
        QTRY_VERIFY(bar->isVisible());
        QVERIFY2(summary().startsWith(QStringLiteral("Couldn't snooze “")), qPrintable(summary()));

        // Retry while the cause is still there: back in line, fails again, shown again.
        QTest::mouseClick(button(QStringLiteral("actionErrorRetry")), Qt::LeftButton);
        QVERIFY(!bar->isVisible());
        QCOMPARE(stateOf(entry), State::Queued);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(entry), State::Failed, 10000);
        QTRY_VERIFY(bar->isVisible());

        // The sandbox's clock goes back an hour: the time is in its future now.
        f.sandbox.server->setClockOffset(-3600);
        QTest::mouseClick(button(QStringLiteral("actionErrorRetry")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(entry), State::Done, 10000);
        QVERIFY(!bar->isVisible());
        QCOMPARE(f.serverConversation(id).state, ServerState::Snoozed);
        QCOMPARE(f.serverConversation(id).snoozedUntil, until);
    }

    void severalFailuresCollapse()
    {
        const QString a = storeGhost(QStringLiteral("Invoice question"));
        const QString b = storeGhost(QString()); // no title: named by its id
        QCOMPARE(f.actions->close({a, b}).queued, 2);
        QCOMPARE(f.actions->addTag({a}, f.tagIdAt(0)).queued, 1);
        QTRY_COMPARE_WITH_TIMEOUT(bar->failures().size(), 3, 10000);
        QCOMPARE(summary(), QStringLiteral("3 action(s) failed"));
        QPushButton *show = button(QStringLiteral("actionErrorShow"));
        QVERIFY(show->isVisible());
        QCOMPARE(button(QStringLiteral("actionErrorRetry"))->text(), QStringLiteral("&Retry All"));

        QTest::mouseClick(show, Qt::LeftButton);
        QVERIFY(bar->isExpanded());
        // The window lays the taller bar out on the next event-loop turns, before a click.
        QPushButton *rowDismiss
            = button(QStringLiteral("actionErrorDismiss%1").arg(bar->failures().first().id));
        QVERIFY(rowDismiss);
        QTRY_VERIFY(rowDismiss->height() >= rowDismiss->sizeHint().height());
        QCOMPARE(show->text(), QStringLiteral("&Hide"));
        const QList<OutboxEntry> failures = bar->failures();
        QStringList lines;
        for (const OutboxEntry &e : failures) {
            QWidget *row = bar->findChild<QWidget *>(QStringLiteral("actionErrorRow%1").arg(e.id));
            QVERIFY(row && row->isVisible());
            lines << bar->describe(e);
        }
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("Couldn't close “Invoice question”")),
                 qPrintable(lines.join(u'\n')));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("Couldn't close “conversation %1”").arg(b)));
        QVERIFY(lines.at(2).startsWith(QStringLiteral("Couldn't tag “Invoice question”")));

        // One row's Dismiss: that one goes, the others stay listed.
        QTest::mouseClick(rowDismiss, Qt::LeftButton);
        QCOMPARE(bar->failures().size(), 2);
        QCOMPARE(summary(), QStringLiteral("2 action(s) failed"));
        QCOMPARE(f.local(a)->state, api::Conversation::State::Open);

        QTest::mouseClick(button(QStringLiteral("actionErrorDismiss")), Qt::LeftButton);
        QVERIFY(bar->failures().isEmpty());
        QVERIFY(!bar->isVisible());
        QVERIFY(!bar->isExpanded());
        QVERIFY(!f.local(a)->tagIds.contains(f.tagIdAt(0)));
    }

    void failedRepliesAreLeftToTheComposer()
    {
        const QString ghost = storeGhost(QStringLiteral("Lost reply"));
        const qint64 entry = f.outbox->reply(ghost, QStringLiteral("<p>Hello?</p>"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(entry), State::Failed, 10000);
        QCOMPARE(f.outbox->failed().size(), 1);
        QVERIFY(bar->failures().isEmpty());
        QVERIFY(!bar->isVisible());
        QVERIFY(f.outbox->discard(entry));
    }

    void failuresFromAnEarlierRunShowAtOnce()
    {
        const QString ghost = storeGhost(QStringLiteral("From yesterday"));
        const qint64 entry = f.outbox->markRead(ghost, false);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(entry), State::Failed, 10000);
        ui::ActionErrorBar fresh(*f.outbox, *f.db);
        QCOMPARE(fresh.failures().size(), 1);
        QVERIFY(fresh.summaryText().startsWith(
            QStringLiteral("Couldn't mark “From yesterday” as unread: ")));
        fresh.dismissAll();
        QVERIFY(fresh.failures().isEmpty());
        QTRY_VERIFY(bar->failures().isEmpty()); // told through StoreChanges::outboxChanged
    }
};

QTEST_MAIN(TestActionErrorBar)
#include "tst_actionerrorbar.moc"
