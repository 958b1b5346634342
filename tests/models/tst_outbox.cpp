// The outbox against the sandbox: each action kind goes out and takes effect, in order per
// conversation, with its optimistic local effect written atomically with its row; permanent
// failures keep the text for edit + retry, and discard reverts.

#include "outboxfixture.h"

#include "models/outbox/outboxsender.h"
#include "models/store/outboxrepository.h"
#include "models/store/transaction.h"

#include <QTest>

#include <algorithm>

using models::OutboxEntry;
using State = OutboxEntry::State;
using ServerState = sandbox::ConversationState;

class TestOutbox : public QObject
{
    Q_OBJECT

private:
    OutboxFixture f;
    std::unique_ptr<models::Outbox> outbox;

    State stateOf(qint64 id) { return models::OutboxRepository(*f.db).entry(id)->state; }
    QString adminIdAt(int i) { return QString::number(f.workspace().admins[size_t(i)].id); }
    QString teamIdAt(int i) { return QString::number(f.workspace().teams[size_t(i)].id); }
    QString tagIdAt(int i) { return QString::number(f.workspace().tags[size_t(i)].id); }
    bool serverHasTag(const QString &id, const QString &tagId)
    {
        for (const sandbox::AppliedTag &t : f.serverConversation(id).tags) {
            if (QString::number(t.tagId) == tagId)
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(f.start(40, 12)); }

    void init()
    {
        f.sandbox.server->setFaultOptions({});
        outbox
            = std::make_unique<models::Outbox>(*f.db, *f.sandbox.client, &f.changes, f.options());
        outbox->start();
    }
    void cleanup() { outbox.reset(); }

    void actions_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("conversation");
        const QStringList kinds{"reply",  "note",         "close",       "open",
                                "snooze", "assign-admin", "assign-team", "unassign",
                                "tag",    "untag",        "read",        "unread"};
        for (int i = 0; i < kinds.size(); ++i)
            QTest::addRow("action/%s", qPrintable(kinds[i])) << kinds[i] << i;
    }

    void actions()
    {
        QFETCH(QString, kind);
        QFETCH(int, conversation);
        const QString id = f.conversationIds.at(conversation);
        const QString text = QStringLiteral("<p>Action %1 on %2</p>").arg(kind, id);
        const qint64 until = f.sandbox.server->now() + 7200;
        qint64 entry = 0;
        // Preconditions that make each effect visible.
        if (kind == "open")
            f.workspace().setState(f.workspace().conversationIndex(id.toLongLong()),
                                   ServerState::Closed, 0);
        if (kind == "untag")
            QVERIFY(outbox->addTag(id, tagIdAt(1)) > 0);
        if (kind == "unassign")
            QVERIFY(outbox->assignAdmin(id, adminIdAt(0)) > 0);
        if (kind == "reply")
            entry = outbox->reply(id, text);
        if (kind == "note")
            entry = outbox->note(id, text);
        if (kind == "close")
            entry = outbox->close(id);
        if (kind == "open")
            entry = outbox->open(id);
        if (kind == "snooze")
            entry = outbox->snooze(id, until);
        if (kind == "assign-admin")
            entry = outbox->assignAdmin(id, adminIdAt(1));
        if (kind == "assign-team")
            entry = outbox->assignTeam(id, teamIdAt(0));
        if (kind == "unassign")
            entry = outbox->unassign(id);
        if (kind == "tag")
            entry = outbox->addTag(id, tagIdAt(0));
        if (kind == "untag")
            entry = outbox->removeTag(id, tagIdAt(1));
        if (kind == "read")
            entry = outbox->markRead(id, true);
        if (kind == "unread")
            entry = outbox->markRead(id, false);
        QVERIFY(entry > 0);

        // The optimistic effect is in the store before anything is answered.
        const auto local = f.local(id);
        QVERIFY(local);
        if (kind == "close")
            QCOMPARE(local->state, api::Conversation::State::Closed);
        if (kind == "snooze")
            QCOMPARE(local->snoozedUntil, until);
        if (kind == "assign-team")
            QCOMPARE(local->teamAssigneeId, teamIdAt(0));
        if (kind == "tag")
            QVERIFY(local->tagIds.contains(tagIdAt(0)));
        if (kind == "unread")
            QCOMPARE(local->read, false);
        QVERIFY(!outbox->pending(id).isEmpty());

        QTRY_COMPARE_WITH_TIMEOUT(stateOf(entry), State::Done, 10000);
        QVERIFY(outbox->pending(id).isEmpty());

        const sandbox::Conversation &server = f.serverConversation(id);
        if (kind == "reply" || kind == "note") {
            QCOMPARE(f.serverPartsContaining(id, text), 1);
            // The local part was replaced by the server's.
            const auto parts = models::ConversationRepository(*f.db).parts(id);
            QCOMPARE(std::count_if(
                         parts.cbegin(), parts.cend(),
                         [&](const api::ConversationPart &p) { return p.body.contains(text); }),
                     1);
            QVERIFY(std::none_of(parts.cbegin(), parts.cend(), [](const api::ConversationPart &p) {
                return p.id.startsWith(QLatin1String("local-"));
            }));
        }
        if (kind == "close")
            QCOMPARE(server.state, ServerState::Closed);
        if (kind == "open")
            QCOMPARE(server.state, ServerState::Open);
        if (kind == "snooze") {
            QCOMPARE(server.state, ServerState::Snoozed);
            QCOMPARE(server.snoozedUntil, until);
        }
        if (kind == "assign-admin")
            QCOMPARE(QString::number(server.adminAssigneeId), adminIdAt(1));
        if (kind == "assign-team")
            QCOMPARE(QString::number(server.teamAssigneeId), teamIdAt(0));
        if (kind == "unassign")
            QCOMPARE(server.adminAssigneeId, qint64(0));
        if (kind == "tag")
            QVERIFY(serverHasTag(id, tagIdAt(0)));
        if (kind == "untag")
            QVERIFY(!serverHasTag(id, tagIdAt(1)));
        if (kind == "read")
            QCOMPARE(server.read, true);
        if (kind == "unread")
            QCOMPARE(server.read, false);
    }

    void orderPerConversation()
    {
        const QString id = f.conversationIds.at(0);
        outbox->setOnline(false);
        const QString first = QStringLiteral("first in line");
        const QString last = QStringLiteral("last in line");
        QList<qint64> ids{outbox->reply(id, first), outbox->close(id), outbox->open(id),
                          outbox->close(id), outbox->note(id, last)};
        QVERIFY(!ids.contains(0));
        QCOMPARE(outbox->pending(id).size(), 5);
        outbox->setOnline(true);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(ids.last()), State::Done, 10000);
        for (qint64 entry : ids)
            QCOMPARE(stateOf(entry), State::Done);
        // The server's last five parts are in the queued order.
        const auto &parts = f.workspace().parts(f.workspace().conversationIndex(id.toLongLong()));
        QVERIFY(parts.size() >= 5);
        const auto tail = std::vector<sandbox::Part>(parts.end() - 5, parts.end());
        QVERIFY(tail[0].body.contains(first));
        QCOMPARE(tail[1].type, sandbox::PartType::Close);
        QCOMPARE(tail[2].type, sandbox::PartType::Open);
        QCOMPARE(tail[3].type, sandbox::PartType::Close);
        QVERIFY(tail[4].body.contains(last));
        QCOMPARE(f.serverConversation(id).state, ServerState::Closed);
    }

    void enqueueIsAtomicWithItsEffect()
    {
        const QString id = f.conversationIds.at(1);
        outbox->setOnline(false);
        const auto before = f.local(id);
        const int rows = f.db->scalar(QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt();
        {
            // The caller's transaction rolls back (as a crash before commit would): neither
            // the row nor the optimistic state may remain.
            models::Transaction outer(*f.db);
            QVERIFY(outbox->close(id) > 0);
            QCOMPARE(f.local(id)->state, api::Conversation::State::Closed);
            outer.rollback();
        }
        QCOMPARE(f.db->scalar(QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt(), rows);
        QCOMPARE(f.local(id)->state, before->state);
        outbox->setOnline(true);
    }

    void permanentFailureKeepsTextForEditAndRetry()
    {
        const QString id = f.conversationIds.at(2);
        // A blank body is refused by validation: a permanent failure, kept for editing.
        const qint64 entry = outbox->reply(id, QStringLiteral("   "));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(entry), State::Failed, 10000);
        QCOMPARE(outbox->failed().size(), 1);
        QVERIFY(!outbox->failed().first().lastError.isEmpty());
        QCOMPARE(outbox->failed().first().payload.value("body").toString(), QStringLiteral("   "));

        const QString fixed = QStringLiteral("<p>Edited after failing</p>");
        QVERIFY(outbox->retry(entry, fixed));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(entry), State::Done, 10000);
        QCOMPARE(f.serverPartsContaining(id, fixed), 1);
        QVERIFY(outbox->failed().isEmpty());
    }

    void unknownConversationFailsAndDiscardReverts()
    {
        const QString id = f.conversationIds.at(3);
        const auto before = f.local(id);
        // Snoozing into the past is refused by the server (400): failed, local effect kept.
        const qint64 entry = outbox->snooze(id, f.sandbox.server->now() - 60);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(entry), State::Failed, 10000);
        QCOMPARE(f.local(id)->state, api::Conversation::State::Snoozed);
        QVERIFY(outbox->discard(entry));
        QVERIFY(!models::OutboxRepository(*f.db).entry(entry));
        QCOMPARE(f.local(id)->state, before->state);
        QCOMPARE(f.local(id)->snoozedUntil, before->snoozedUntil);
        QVERIFY(!outbox->discard(entry)); // gone
    }

    void failedReplyKeepsLocalPartUntilDiscarded()
    {
        // A conversation the server does not know: 404 on send.
        api::Conversation ghost;
        ghost.id = QStringLiteral("987654321");
        ghost.state = api::Conversation::State::Open;
        ghost.open = true;
        ghost.updatedAt = 1;
        QVERIFY(models::ConversationRepository(*f.db).upsertThread(ghost, 1));
        const QString text = QStringLiteral("<p>Nobody will read this</p>");
        const qint64 entry = outbox->reply(ghost.id, text);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(entry), State::Failed, 10000);
        auto parts = models::ConversationRepository(*f.db).parts(ghost.id);
        QCOMPARE(parts.size(), 1);
        QCOMPARE(parts.first().body, text);
        QVERIFY(outbox->discard(entry));
        QVERIFY(models::ConversationRepository(*f.db).parts(ghost.id).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
