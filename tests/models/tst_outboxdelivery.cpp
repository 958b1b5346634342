// Delivery rules of the outbox: the undo window, offline and resume, and exactly-once when an
// answer is lost (connection dropped after the server applied it, or the app killed while a
// request was in flight).

#include "outboxfixture.h"

#include "models/outbox/deliverycheck.h"
#include "models/store/draftrepository.h"
#include "models/store/outboxrepository.h"

#include <QTest>

using models::OutboxEntry;
using State = OutboxEntry::State;
using sandbox::FaultKind;

class TestOutboxDelivery : public QObject
{
    Q_OBJECT

private:
    OutboxFixture f;

    State stateOf(qint64 id) { return models::OutboxRepository(*f.db).entry(id)->state; }
    std::unique_ptr<models::Outbox> makeOutbox(qint64 undoWindowMs = 0)
    {
        models::OutboxOptions options = f.options();
        options.undoWindowMs = undoWindowMs;
        auto outbox
            = std::make_unique<models::Outbox>(*f.db, *f.sandbox.client, &f.changes, options);
        outbox->start();
        return outbox;
    }
    void faults(FaultKind kind, double rate)
    {
        sandbox::FaultOptions options;
        options.rate = rate;
        options.kinds = {kind};
        f.sandbox.server->setFaultOptions(options);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(f.start(30, 8)); }
    void init() { f.sandbox.server->setFaultOptions({}); }

    void undoWithinWindowReturnsTextToDraft()
    {
        auto outbox = makeOutbox(60000);
        const QString id = f.conversationIds.at(0);
        const QString text = QStringLiteral("<p>Changed my mind</p>");
        const qint64 entry = outbox->reply(id, text);
        QVERIFY(entry > 0);
        QCOMPARE(models::ConversationRepository(*f.db).parts(id).last().body, text);
        QVERIFY(outbox->undo(entry));
        QVERIFY(!models::OutboxRepository(*f.db).entry(entry));
        const auto draft
            = models::DraftRepository(*f.db).load(id, models::DraftRepository::Kind::Reply);
        QVERIFY(draft);
        QCOMPARE(draft->text, text);
        QVERIFY(models::ConversationRepository(*f.db).parts(id).last().body != text);
        // Nothing is left to send, and nothing reached the server.
        QSignalSpy idle(outbox.get(), &models::Outbox::idle);
        outbox->resume();
        QVERIFY(idle.wait(5000));
        QCOMPARE(f.serverPartsContaining(id, text), 0);
        QVERIFY(!outbox->undo(entry));
        QVERIFY(models::DraftRepository(*f.db).clear(id, models::DraftRepository::Kind::Reply));
    }

    void windowElapsedSendsAndClearsDraft()
    {
        auto outbox = makeOutbox(150);
        const QString id = f.conversationIds.at(1);
        const QString text = QStringLiteral("<p>Sent after the window</p>");
        QVERIFY(models::DraftRepository(*f.db).save(id, models::DraftRepository::Kind::Note, text));
        const qint64 entry = outbox->note(id, text);
        QCOMPARE(stateOf(entry), State::Queued);
        // Queued is not sent: the draft stays until the server confirms.
        QVERIFY(models::DraftRepository(*f.db).load(id, models::DraftRepository::Kind::Note));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(entry), State::Done, 10000);
        QCOMPARE(f.serverPartsContaining(id, text), 1);
        QVERIFY(!models::DraftRepository(*f.db).load(id, models::DraftRepository::Kind::Note));
        QVERIFY(!outbox->undo(entry)); // too late
    }

    void offlineWaitsThenGoesOnReconnect()
    {
        auto outbox = makeOutbox();
        outbox->setOnline(false);
        const QString id = f.conversationIds.at(2);
        const qint64 entry = outbox->close(id);
        QSignalSpy changed(outbox.get(), &models::Outbox::entryChanged);
        QVERIFY(!changed.wait(200)); // offline: nothing happens
        QCOMPARE(stateOf(entry), State::Queued);
        outbox->setOnline(true);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(entry), State::Done, 10000);
        QCOMPARE(f.serverConversation(id).state, sandbox::ConversationState::Closed);
    }

    void lostAnswerIsNotRepeated_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<bool>("reply");
        QTest::addRow("drop-after/reply") << int(FaultKind::DropAfter) << true;
        QTest::addRow("drop-before/reply") << int(FaultKind::DropBefore) << true;
        QTest::addRow("malformed/reply") << int(FaultKind::Malformed) << true;
        QTest::addRow("500/reply") << int(FaultKind::Status500) << true;
        QTest::addRow("drop-after/close") << int(FaultKind::DropAfter) << false;
    }

    void lostAnswerIsNotRepeated()
    {
        QFETCH(int, fault);
        QFETCH(bool, reply);
        auto outbox = makeOutbox();
        const QString id = f.conversationIds.at(3);
        const int closesBefore = int(std::count_if(
            f.workspace().parts(f.workspace().conversationIndex(id.toLongLong())).cbegin(),
            f.workspace().parts(f.workspace().conversationIndex(id.toLongLong())).cend(),
            [](const sandbox::Part &p) { return p.type == sandbox::PartType::Close; }));
        f.workspace().setState(f.workspace().conversationIndex(id.toLongLong()),
                               sandbox::ConversationState::Open, 0);
        const QString text = QStringLiteral("<p>Once only %1</p>").arg(QTest::currentDataTag());
        faults(FaultKind(fault), 1.0);
        QSignalSpy changed(outbox.get(), &models::Outbox::entryChanged);
        const qint64 entry = reply ? outbox->reply(id, text) : outbox->close(id);
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.first().at(1).value<State>(), State::Queued); // transient: retried
        f.sandbox.server->setFaultOptions({});
        outbox->resume();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(entry), State::Done, 10000);
        if (reply) {
            QCOMPARE(f.serverPartsContaining(id, text), 1);
        } else {
            const auto &parts
                = f.workspace().parts(f.workspace().conversationIndex(id.toLongLong()));
            QCOMPARE(int(std::count_if(parts.cbegin(), parts.cend(),
                                       [](const sandbox::Part &p) {
                                           return p.type == sandbox::PartType::Close;
                                       })),
                     closesBefore + 1);
        }
    }

    void killedWhileSendingIsCheckedAtStartup_data()
    {
        QTest::addColumn<bool>("reachedServer");
        QTest::addRow("sending/applied") << true;
        QTest::addRow("sending/lost") << false;
    }

    void killedWhileSendingIsCheckedAtStartup()
    {
        QFETCH(bool, reachedServer);
        const QString id = f.conversationIds.at(4);
        const QString text
            = QStringLiteral("<p>In flight at the crash %1</p>").arg(QTest::currentDataTag());
        qint64 entry = 0;
        {
            // The previous run queued the reply and was killed while it was sending.
            auto previous = makeOutbox(60000);
            entry = previous->reply(id, text);
            models::OutboxRepository repo(*f.db);
            QVERIFY(repo.markSending(entry, QDateTime::currentMSecsSinceEpoch()));
            if (reachedServer) {
                api::ReplyRequest request;
                request.adminId = f.adminId;
                request.body = models::DeliveryCheck::markedBody(text, repo.entry(entry)->marker);
                VERIFY_OK(finished(f.sandbox.client->reply(id, request)));
            }
            QCOMPARE(f.serverPartsContaining(id, text), reachedServer ? 1 : 0);
        }
        // Make the entry due now (its undo window was long) and start a new run.
        QVERIFY(
            f.db->exec(QStringLiteral("UPDATE outbox SET not_before = 0 WHERE id = ?"), {entry}));
        auto outbox = makeOutbox();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(entry), State::Done, 10000);
        QCOMPARE(f.serverPartsContaining(id, text), 1);
    }
};

QTEST_GUILESS_MAIN(TestOutboxDelivery)
#include "tst_outboxdelivery.moc"
