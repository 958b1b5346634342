// ConversationActions against the sandbox: one and many conversations, no-ops skipped and
// reported, every action delivered (the sandbox's own state is checked), tags created online
// and refused offline with a clear message.

#include "actionsfixture.h"

#include <QSignalSpy>
#include <QTest>

using ServerState = sandbox::ConversationState;
using Result = ui::ConversationActions::Result;

class TestConversationActions : public QObject
{
    Q_OBJECT

private:
    ActionsFixture f;

    QStringList ids(int from, int count) { return f.conversationIds.mid(from, count); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(f.startAll(60, 30)); }

    void init()
    {
        f.outbox->setOnline(true);
        f.sandbox.server->setFaultOptions({});
    }

    void bulkCloseOfTwentyClosesTwentyOnTheServer()
    {
        const QStringList twenty = ids(0, 20);
        int alreadyClosed = 0;
        for (const QString &id : twenty)
            alreadyClosed += f.local(id)->state == api::Conversation::State::Closed ? 1 : 0;
        QSignalSpy queued(f.actions.get(), &ui::ConversationActions::actionQueued);
        const Result result = f.actions->close(twenty);
        QCOMPARE(result.queued, 20 - alreadyClosed);
        QCOMPARE(result.skipped, alreadyClosed);
        QCOMPARE(result.failed, 0);
        QVERIFY2(result.text.startsWith(
                     QStringLiteral("Closed %1 conversation").arg(20 - alreadyClosed)),
                 qPrintable(result.text));
        QCOMPARE(queued.count(), 1);
        QCOMPARE(queued.first().first().toString(), result.text);
        // Optimistic: closed in the store at once.
        for (const QString &id : twenty)
            QCOMPARE(f.local(id)->state, api::Conversation::State::Closed);
        DRAIN(f);
        for (const QString &id : twenty)
            QCOMPARE(f.serverConversation(id).state, ServerState::Closed);
        QVERIFY(f.outbox->failed().isEmpty());
    }

    void noOpsAreSkippedAndSaid()
    {
        const QStringList twenty = ids(0, 20);
        const int rows = f.outboxRows();
        QSignalSpy queued(f.actions.get(), &ui::ConversationActions::actionQueued);
        const Result result = f.actions->close(twenty);
        QCOMPARE(result.queued, 0);
        QCOMPARE(result.skipped, 20);
        QCOMPARE(f.outboxRows(), rows);
        QCOMPARE(result.text,
                 QStringLiteral("Nothing to change: 20 conversation(s) already as asked."));
        QCOMPARE(queued.count(), 1);

        // Mixed: reopen one, then close all: one queued, the rest said unchanged.
        QCOMPARE(f.actions->reopen({twenty.first()}).queued, 1);
        const Result mixed = f.actions->close(twenty);
        QCOMPARE(mixed.queued, 1);
        QCOMPARE(mixed.skipped, 19);
        QCOMPARE(mixed.text, QStringLiteral("Closed 1 conversation(s). (19 unchanged)"));
        DRAIN(f);
        QCOMPARE(f.serverConversation(twenty.first()).state, ServerState::Closed);
    }

    void reopenOpensClosedAndSnoozed()
    {
        const QStringList some = ids(0, 3); // closed by the tests above
        const Result result = f.actions->reopen(some);
        QCOMPARE(result.queued, 3);
        QCOMPARE(result.text, QStringLiteral("Reopened 3 conversation(s)."));
        DRAIN(f);
        for (const QString &id : some)
            QCOMPARE(f.serverConversation(id).state, ServerState::Open);

        const QDateTime later = QDateTime::currentDateTime().addDays(2);
        QCOMPARE(f.actions->snooze({some.at(2)}, later).queued, 1);
        QCOMPARE(f.actions->reopen(some).queued, 1); // only the snoozed one
        DRAIN(f);
        QCOMPARE(f.serverConversation(some.at(2)).state, ServerState::Open);
    }

    void assignToTeamAndTeammates()
    {
        const QStringList some = ids(20, 4);
        const QString team = f.teamIdAt(1);
        const QString teamName = f.workspace().teams[1].name;
        const Result toTeam = f.actions->assignToTeam(some, team);
        QCOMPARE(toTeam.queued + toTeam.skipped, 4);
        QCOMPARE(
            toTeam.text,
            QStringLiteral("Assigned %1 conversation(s) to %2.").arg(toTeam.queued).arg(teamName));
        DRAIN(f);
        for (const QString &id : some) {
            QCOMPARE(QString::number(f.serverConversation(id).teamAssigneeId), team);
            QCOMPARE(f.local(id)->teamAssigneeId, team);
        }

        const Result mine = f.actions->assignToMe(some);
        QCOMPARE(mine.text.left(9), QStringLiteral("Assigned "));
        QVERIFY(mine.text.endsWith(QStringLiteral("to you.")));
        DRAIN(f);
        for (const QString &id : some)
            QCOMPARE(QString::number(f.serverConversation(id).adminAssigneeId), f.adminId);
        // Assigning "me" by id is the same action.
        QCOMPARE(f.actions->assignTo(some, f.adminId).skipped, 4);

        const QString other = f.adminIdAt(2) == f.adminId ? f.adminIdAt(3) : f.adminIdAt(2);
        QCOMPARE(f.actions->assignTo(some.mid(0, 2), other).queued, 2);
        QCOMPARE(f.actions->unassign(some).queued, 4);
        QCOMPARE(f.actions->unassign(some).skipped, 4);
        DRAIN(f);
        for (const QString &id : some) {
            QCOMPARE(f.serverConversation(id).adminAssigneeId, qint64(0));
            // The team stays.
            QCOMPARE(QString::number(f.serverConversation(id).teamAssigneeId), team);
        }
    }

    void snoozeInTheFutureOnly()
    {
        const QStringList some = ids(24, 2);
        const QDateTime now(QDate(2030, 5, 6), QTime(10, 0));
        f.actions->setClock([now] { return now; });
        QSignalSpy failed(f.actions.get(), &ui::ConversationActions::actionFailed);
        const int rows = f.outboxRows();
        const Result past = f.actions->snooze(some, now.addSecs(-60));
        QCOMPARE(past.queued, 0);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(f.outboxRows(), rows);

        f.actions->setClock([] { return QDateTime::currentDateTime(); });
        const QDateTime until = QDateTime::currentDateTime().addDays(3);
        const Result result = f.actions->snooze(some, until);
        QCOMPARE(result.queued, 2);
        QVERIFY2(result.text.startsWith(QStringLiteral("Snoozed 2 conversation(s) until ")),
                 qPrintable(result.text));
        // The same time again changes nothing.
        QCOMPARE(f.actions->snooze(some, until).skipped, 2);
        DRAIN(f);
        for (const QString &id : some) {
            QCOMPARE(f.serverConversation(id).state, ServerState::Snoozed);
            QCOMPARE(f.serverConversation(id).snoozedUntil, until.toSecsSinceEpoch());
        }
    }

    void tagsToggleLikeATriStateBox()
    {
        const QStringList pair = ids(26, 2);
        // A tag that neither has: start from a clean state on the first one.
        QString tag;
        for (int i = 0; i < int(f.workspace().tags.size()) && tag.isEmpty(); ++i) {
            const QString candidate = f.tagIdAt(i);
            if (!f.local(pair[0])->tagIds.contains(candidate)
                && !f.local(pair[1])->tagIds.contains(candidate))
                tag = candidate;
        }
        QVERIFY(!tag.isEmpty());
        QCOMPARE(f.actions->addTag({pair[0]}, tag).queued, 1);
        QCOMPARE(f.actions->tagCounts(pair).value(tag), 1);

        // Some have it: toggling adds to the others.
        const Result add = f.actions->toggleTag(pair, tag);
        QCOMPARE(add.queued, 1);
        QCOMPARE(add.skipped, 1);
        QCOMPARE(f.actions->tagCounts(pair).value(tag), 2);
        DRAIN(f);
        QVERIFY(f.serverHasTag(pair[0], tag));
        QVERIFY(f.serverHasTag(pair[1], tag));

        // All have it: toggling removes from all.
        const Result remove = f.actions->toggleTag(pair, tag);
        QCOMPARE(remove.queued, 2);
        QVERIFY(remove.text.startsWith(QStringLiteral("Removed the tag")));
        QCOMPARE(f.actions->tagCounts(pair).value(tag), 0);
        QCOMPARE(f.actions->removeTag(pair, tag).skipped, 2);
        DRAIN(f);
        QVERIFY(!f.serverHasTag(pair[0], tag));
        QVERIFY(!f.serverHasTag(pair[1], tag));
    }

    void markReadAndUnread()
    {
        const QStringList some = ids(28, 2);
        int wereRead = 0;
        for (const QString &id : some)
            wereRead += f.local(id)->read ? 1 : 0;
        QCOMPARE(f.actions->markRead(some, false).queued, wereRead);
        QCOMPARE(f.actions->markRead(some, false).skipped, 2);
        DRAIN(f);
        for (const QString &id : some)
            QVERIFY(!f.serverConversation(id).read);
        const Result read = f.actions->markRead(some, true);
        QCOMPARE(read.queued, 2);
        QCOMPARE(read.text, QStringLiteral("Marked 2 conversation(s) as read."));
        DRAIN(f);
        for (const QString &id : some)
            QVERIFY(f.serverConversation(id).read);
    }

    void conversationNotStoredIsQueuedNotJudged()
    {
        // A conversation of the sandbox that was never stored locally.
        QString id;
        for (const sandbox::Conversation &c : f.workspace().conversations) {
            if (!f.local(QString::number(c.id)) && c.state != ServerState::Closed) {
                id = QString::number(c.id);
                break;
            }
        }
        QVERIFY(!id.isEmpty());
        const Result result = f.actions->close({id});
        QCOMPARE(result.queued, 1);
        DRAIN(f);
        QCOMPARE(f.serverConversation(id).state, ServerState::Closed);
    }

    void createTagOfflineFailsClearly()
    {
        f.outbox->setOnline(false);
        const size_t tagsBefore = f.workspace().tags.size();
        const int rows = f.outboxRows();
        QSignalSpy failed(f.actions.get(), &ui::ConversationActions::actionFailed);
        QVERIFY(!f.actions->createTagAndAdd(ids(0, 2), QStringLiteral("Needs follow-up")));
        QCOMPARE(failed.count(), 1);
        const QString text = failed.first().first().toString();
        QVERIFY2(text.contains(QStringLiteral("offline")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("“Needs follow-up”")));
        QCOMPARE(f.workspace().tags.size(), tagsBefore);
        QCOMPARE(f.outboxRows(), rows);
        QVERIFY(f.actions->tagIdByName(QStringLiteral("Needs follow-up")).isEmpty());
        // A blank name is refused too, online or not.
        f.outbox->setOnline(true);
        QVERIFY(!f.actions->createTagAndAdd(ids(0, 2), QStringLiteral("   ")));
        QCOMPARE(failed.count(), 2);
    }

    void createTagOnlineStoresItAndTags()
    {
        const QStringList pair = ids(10, 2);
        QSignalSpy created(f.actions.get(), &ui::ConversationActions::tagCreated);
        QSignalSpy reference(&f.changes, &models::StoreChanges::referenceDataChanged);
        QSignalSpy failed(f.actions.get(), &ui::ConversationActions::actionFailed);
        QVERIFY(f.actions->createTagAndAdd(pair, QStringLiteral("  Escalated   VIP ")));
        QVERIFY(created.wait(10000));
        QCOMPARE(failed.count(), 0);
        const QString tagId = created.first().at(0).toString();
        QCOMPARE(created.first().at(1).toString(), QStringLiteral("Escalated VIP"));
        QVERIFY(reference.count() >= 1);
        // Stored at once, so the pickers list it before the next sync.
        QCOMPARE(f.actions->tagIdByName(QStringLiteral("escalated vip")), tagId);
        QCOMPARE(f.actions->tagCounts(pair).value(tagId), 2);
        DRAIN(f);
        QVERIFY(f.serverHasTag(pair[0], tagId));
        QVERIFY(f.serverHasTag(pair[1], tagId));

        // The same name again (any case) adds the existing tag without creating one.
        const size_t tagsBefore = f.workspace().tags.size();
        QVERIFY(f.actions->createTagAndAdd(ids(12, 1), QStringLiteral("ESCALATED VIP")));
        QCOMPARE(f.workspace().tags.size(), tagsBefore);
        QCOMPARE(f.actions->tagCounts(ids(12, 1)).value(tagId), 1);
        DRAIN(f);
        QVERIFY(f.serverHasTag(ids(12, 1).first(), tagId));
    }
};

QTEST_GUILESS_MAIN(TestConversationActions)
#include "tst_conversationactions.moc"
