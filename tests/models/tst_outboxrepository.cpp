#include "storefixture.h"

#include "models/store/conversationrepository.h"
#include "models/store/outboxrepository.h"
#include "models/store/transaction.h"

#include <QJsonObject>

using namespace models;
using State = OutboxEntry::State;

class TestOutboxRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void enqueueRoundTrip();
    void markerUnique();
    void orderPerConversation();
    void notBeforeRespected();
    void transitions_data();
    void transitions();
    void failedDoesNotBlockAndRetries();
    void resetSendingAtStartup();
    void cancelOnlyQueued();
    void enqueueJoinsCallersTransaction();
    void purgeDone();

private:
    qint64 add(const QString &conversation, const QString &kind, qint64 notBefore = 0);
    std::unique_ptr<storetest::TempStore> m_store;
    std::unique_ptr<OutboxRepository> m_outbox;
};

void TestOutboxRepository::init()
{
    m_outbox.reset();
    m_store = std::make_unique<storetest::TempStore>();
    m_outbox = std::make_unique<OutboxRepository>(m_store->db());
}

qint64 TestOutboxRepository::add(const QString &conversation, const QString &kind, qint64 notBefore)
{
    OutboxEntry entry;
    entry.conversationId = conversation;
    entry.kind = kind;
    entry.notBefore = notBefore;
    entry.payload = QJsonObject{{QStringLiteral("k"), kind}};
    return m_outbox->enqueue(entry, 1000);
}

void TestOutboxRepository::enqueueRoundTrip()
{
    OutboxEntry entry;
    entry.conversationId = QStringLiteral("c1");
    entry.kind = QStringLiteral("reply");
    entry.payload = QJsonObject{{QStringLiteral("body"), QStringLiteral("<p>Héllo 👋</p>")}};
    entry.notBefore = 6000;
    entry.marker = QStringLiteral("triage-m-1");
    entry.state = State::Done; // ignored
    entry.attempts = 9;        // ignored
    const qint64 id = m_outbox->enqueue(entry, 1000);
    QVERIFY(id > 0);
    const auto stored = m_outbox->entry(id);
    QVERIFY(stored.has_value());
    QCOMPARE(stored->conversationId, QStringLiteral("c1"));
    QCOMPARE(stored->kind, QStringLiteral("reply"));
    QCOMPARE(stored->payload, entry.payload);
    QCOMPARE(stored->state, State::Queued);
    QCOMPARE(stored->attempts, 0);
    QVERIFY(stored->lastError.isEmpty());
    QCOMPARE(stored->createdAt, 1000);
    QCOMPARE(stored->notBefore, 6000);
    QCOMPARE(stored->marker, QStringLiteral("triage-m-1"));
    QCOMPARE(m_outbox->findByMarker(QStringLiteral("triage-m-1"))->id, id);
    QVERIFY(!m_outbox->findByMarker(QStringLiteral("other")).has_value());
    QVERIFY(!m_outbox->entry(id + 100).has_value());
}

void TestOutboxRepository::markerUnique()
{
    const qint64 a = add(QStringLiteral("c"), QStringLiteral("close"));
    const qint64 b = add(QStringLiteral("c"), QStringLiteral("open"));
    QVERIFY(m_outbox->entry(a)->marker != m_outbox->entry(b)->marker); // generated
    OutboxEntry dup;
    dup.conversationId = QStringLiteral("c");
    dup.kind = QStringLiteral("x");
    dup.marker = m_outbox->entry(a)->marker;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("UNIQUE")));
    QCOMPARE(m_outbox->enqueue(dup, 1), 0);
}

void TestOutboxRepository::orderPerConversation()
{
    const qint64 a1 = add(QStringLiteral("A"), QStringLiteral("reply"));
    const qint64 b1 = add(QStringLiteral("B"), QStringLiteral("note"));
    const qint64 a2 = add(QStringLiteral("A"), QStringLiteral("close"));
    QCOMPARE(m_outbox->conversationsWithSendable(2000),
             (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    QCOMPARE(m_outbox->nextSendable(QStringLiteral("A"), 2000)->id, a1);
    QVERIFY(m_outbox->markSending(a1, 2000));
    // While the head is sending, nothing after it goes.
    QVERIFY(!m_outbox->nextSendable(QStringLiteral("A"), 2000).has_value());
    QCOMPARE(m_outbox->conversationsWithSendable(2000), QStringList{QStringLiteral("B")});
    QCOMPARE(m_outbox->pending(QStringLiteral("A")).size(), 2);
    QVERIFY(m_outbox->markDone(a1, 2100));
    QCOMPARE(m_outbox->nextSendable(QStringLiteral("A"), 2100)->id, a2);
    QCOMPARE(m_outbox->nextSendable(QStringLiteral("B"), 2100)->id, b1);
    QCOMPARE(m_outbox->pending(QStringLiteral("A")).size(), 1);
}

void TestOutboxRepository::notBeforeRespected()
{
    const qint64 id = add(QStringLiteral("A"), QStringLiteral("reply"), 5000); // undo window
    add(QStringLiteral("A"), QStringLiteral("close"));
    QVERIFY(!m_outbox->nextSendable(QStringLiteral("A"), 4999).has_value()); // head waits
    QVERIFY(m_outbox->conversationsWithSendable(4999).isEmpty());
    QCOMPARE(m_outbox->nextWakeUp(4999), 5000);
    QCOMPARE(m_outbox->nextSendable(QStringLiteral("A"), 5000)->id, id);
    QCOMPARE(m_outbox->nextWakeUp(5000), 0);
}

void TestOutboxRepository::transitions_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<int>("to");
    const int queued = int(State::Queued), sending = int(State::Sending), done = int(State::Done),
              failed = int(State::Failed);
    QTest::newRow("queued/sending") << queued << "sending" << true << sending;
    QTest::newRow("queued/done") << queued << "done" << false << queued;
    QTest::newRow("queued/failed") << queued << "failed" << false << queued;
    QTest::newRow("sending/done") << sending << "done" << true << done;
    QTest::newRow("sending/retry") << sending << "retry" << true << queued;
    QTest::newRow("sending/failed") << sending << "failed" << true << failed;
    QTest::newRow("sending/sending") << sending << "sending" << false << sending;
    QTest::newRow("done/sending") << done << "sending" << false << done;
    QTest::newRow("failed/requeue") << failed << "requeue" << true << queued;
    QTest::newRow("done/requeue") << done << "requeue" << false << done;
}

void TestOutboxRepository::transitions()
{
    QFETCH(int, from);
    QFETCH(QString, action);
    QFETCH(bool, allowed);
    QFETCH(int, to);
    const qint64 id = add(QStringLiteral("c"), QStringLiteral("reply"));
    if (from != int(State::Queued))
        QVERIFY(m_outbox->markSending(id, 1));
    if (from == int(State::Done))
        QVERIFY(m_outbox->markDone(id, 2));
    if (from == int(State::Failed))
        QVERIFY(m_outbox->markFailed(id, QStringLiteral("422"), 2));

    bool ok = false;
    if (action == QLatin1String("sending"))
        ok = m_outbox->markSending(id, 10);
    else if (action == QLatin1String("done"))
        ok = m_outbox->markDone(id, 10);
    else if (action == QLatin1String("failed"))
        ok = m_outbox->markFailed(id, QStringLiteral("bad request"), 10);
    else if (action == QLatin1String("retry"))
        ok = m_outbox->markRetry(id, QStringLiteral("503"), 9000, 10);
    else if (action == QLatin1String("requeue"))
        ok = m_outbox->retry(id, QJsonObject{{QStringLiteral("body"), QStringLiteral("edited")}},
                             10);
    QCOMPARE(ok, allowed);
    const auto entry = m_outbox->entry(id);
    QCOMPARE(int(entry->state), to);
    if (allowed && action == QLatin1String("retry")) {
        QCOMPARE(entry->notBefore, 9000);
        QCOMPARE(entry->lastError, QStringLiteral("503"));
        QCOMPARE(entry->attempts, 1);
    }
    if (allowed && action == QLatin1String("failed"))
        QCOMPARE(entry->lastError, QStringLiteral("bad request"));
    if (allowed && action == QLatin1String("requeue")) {
        QCOMPARE(entry->payload.value(QStringLiteral("body")).toString(), QStringLiteral("edited"));
        QCOMPARE(entry->attempts, 0);
        QVERIFY(entry->lastError.isEmpty());
    }
}

void TestOutboxRepository::failedDoesNotBlockAndRetries()
{
    const qint64 first = add(QStringLiteral("A"), QStringLiteral("reply"));
    const qint64 second = add(QStringLiteral("A"), QStringLiteral("close"));
    QVERIFY(m_outbox->markSending(first, 1));
    QVERIFY(m_outbox->markFailed(first, QStringLiteral("too long"), 2));
    QCOMPARE(m_outbox->nextSendable(QStringLiteral("A"), 3)->id, second);
    QCOMPARE(m_outbox->failed().size(), 1);
    QCOMPARE(m_outbox->failed().at(0).lastError, QStringLiteral("too long"));
    QVERIFY(m_outbox->retry(first, {}, 4));
    QCOMPARE(m_outbox->nextSendable(QStringLiteral("A"), 5)->id, first); // back in line by id
    QVERIFY(m_outbox->failed().isEmpty());
}

void TestOutboxRepository::resetSendingAtStartup()
{
    const qint64 a = add(QStringLiteral("A"), QStringLiteral("reply"));
    const qint64 b = add(QStringLiteral("B"), QStringLiteral("reply"));
    add(QStringLiteral("C"), QStringLiteral("reply"));
    QVERIFY(m_outbox->markSending(a, 1));
    QVERIFY(m_outbox->markSending(b, 1));
    QVERIFY(m_outbox->markDone(b, 2));
    // The app is killed here; at the next start:
    auto restarted = m_store->openAnother();
    OutboxRepository outbox(*restarted);
    QCOMPARE(outbox.resetSending(10), 1);
    const auto entry = outbox.entry(a);
    QCOMPARE(entry->state, State::Queued);
    QCOMPARE(entry->attempts, 1); // the sender knows to look for the marker first
    QCOMPARE(outbox.entry(b)->state, State::Done);
    QCOMPARE(outbox.resetSending(11), 0);
}

void TestOutboxRepository::cancelOnlyQueued()
{
    const qint64 a = add(QStringLiteral("A"), QStringLiteral("reply"), 5000);
    const qint64 b = add(QStringLiteral("B"), QStringLiteral("reply"));
    QVERIFY(m_outbox->markSending(b, 1));
    QVERIFY(m_outbox->cancel(a));
    QVERIFY(!m_outbox->entry(a).has_value());
    QVERIFY(!m_outbox->cancel(b));
    QVERIFY(m_outbox->entry(b).has_value());
}

void TestOutboxRepository::enqueueJoinsCallersTransaction()
{
    ConversationRepository conversations(m_store->db());
    QVERIFY(conversations.upsertConversations({storetest::conversation(QStringLiteral("A"), 10)}));
    {
        // The optimistic effect and its outbox row: both or neither.
        Transaction transaction(m_store->db());
        QVERIFY(conversations.setState(QStringLiteral("A"), api::Conversation::State::Closed));
        QVERIFY(add(QStringLiteral("A"), QStringLiteral("close")) > 0);
    } // not committed
    QCOMPARE(conversations.summary(QStringLiteral("A"))->state, api::Conversation::State::Open);
    QVERIFY(m_outbox->pending(QStringLiteral("A")).isEmpty());
    {
        Transaction transaction(m_store->db());
        QVERIFY(conversations.setState(QStringLiteral("A"), api::Conversation::State::Closed));
        QVERIFY(add(QStringLiteral("A"), QStringLiteral("close")) > 0);
        QVERIFY(transaction.commit());
    }
    QCOMPARE(conversations.summary(QStringLiteral("A"))->state, api::Conversation::State::Closed);
    QCOMPARE(m_outbox->pending(QStringLiteral("A")).size(), 1);
}

void TestOutboxRepository::purgeDone()
{
    const qint64 a = add(QStringLiteral("A"), QStringLiteral("reply"));
    const qint64 b = add(QStringLiteral("A"), QStringLiteral("close"));
    QVERIFY(m_outbox->markSending(a, 1));
    QVERIFY(m_outbox->markDone(a, 100));
    QCOMPARE(m_outbox->purgeDone(50), 0);
    QCOMPARE(m_outbox->purgeDone(101), 1);
    QVERIFY(!m_outbox->entry(a).has_value());
    QVERIFY(m_outbox->entry(b).has_value());
}

QTEST_GUILESS_MAIN(TestOutboxRepository)
#include "tst_outboxrepository.moc"
