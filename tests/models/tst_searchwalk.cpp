// SearchWalk against the in-process sandbox: every page once, in order, with back-pressure.
#include "models/sync/searchwalk.h"
#include "models/sync/syncqueries.h"

#include "sandbox/sandboxapi.h"
#include "sandbox/workspace.h"

#include "../support/sandboxharness.h"

#include <QJsonArray>
#include <QtTest>

using namespace models;

class tst_SearchWalk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_sandbox.start(120)); }
    void cleanup()
    {
        m_sandbox.client.reset();
        m_sandbox.server.reset();
    }

    void walksEveryPageOnce_data();
    void walksEveryPageOnce();
    void waitsForConsumer();
    void errorFinishesOnce();
    void resumesFromCursor();

private:
    int searches() const
    {
        return m_sandbox.server->stats()
            .value(QLatin1String("by_route"))
            .toObject()
            .value(QLatin1String("POST /conversations/search"))
            .toInt();
    }
    int openCount() const
    {
        int count = 0;
        for (const auto &c : m_sandbox.server->api().workspace().conversations)
            count += c.state != sandbox::ConversationState::Closed ? 1 : 0;
        return count;
    }

    SandboxHarness m_sandbox;
};

void tst_SearchWalk::walksEveryPageOnce_data()
{
    QTest::addColumn<int>("perPage");
    QTest::addColumn<int>("maxPending");
    QTest::newRow("page/7-pending/1") << 7 << 1;
    QTest::newRow("page/20-pending/2") << 20 << 2;
    QTest::newRow("page/150-pending/3") << 150 << 3;
}

void tst_SearchWalk::walksEveryPageOnce()
{
    QFETCH(int, perPage);
    QFETCH(int, maxPending);
    SearchWalk walk(m_sandbox.client.get(), SyncQueries::openAndSnoozed(), perPage, maxPending);
    QStringList ids;
    QStringList cursors;
    int maxSeenPending = 0;
    connect(&walk, &SearchWalk::pageReceived, this,
            [&](const QJsonObject &page, const QString &cursor, const QString &next) {
                maxSeenPending = qMax(maxSeenPending, walk.pendingCount());
                QCOMPARE(cursor, cursors.isEmpty() ? QString() : cursors.last());
                cursors.append(next);
                for (const QJsonValue &c : page.value(QLatin1String("conversations")).toArray())
                    ids.append(c.toObject().value(QLatin1String("id")).toString());
                // Consume later, as the writer thread would.
                QTimer::singleShot(5, &walk, [&walk] { walk.pageConsumed(); });
            });
    QSignalSpy finished(&walk, &SearchWalk::finished);
    walk.start();
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!walk.error());
    QCOMPARE(ids.size(), openCount());
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    QVERIFY(cursors.last().isEmpty());
    QCOMPARE(walk.pageCount(), (openCount() + perPage - 1) / perPage);
    QCOMPARE(walk.requestCount(), walk.pageCount());
    QCOMPARE(searches(), walk.pageCount());
    QVERIFY(maxSeenPending <= maxPending);
}

void tst_SearchWalk::waitsForConsumer()
{
    SearchWalk walk(m_sandbox.client.get(), SyncQueries::openAndSnoozed(), 5, 2);
    QSignalSpy pages(&walk, &SearchWalk::pageReceived);
    QSignalSpy finished(&walk, &SearchWalk::finished);
    walk.start();
    QTRY_COMPARE(pages.count(), 2);
    QTest::qWait(200);
    // Two pages wait for the consumer: no third one was asked for.
    QCOMPARE(pages.count(), 2);
    QCOMPARE(searches(), 2);
    QCOMPARE(m_sandbox.client->inFlightCount() + m_sandbox.client->queuedCount(), 0);
    walk.pageConsumed();
    QTRY_COMPARE(pages.count(), 3);
    QCOMPARE(finished.count(), 0);
    walk.abort();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(walk.error().category, api::ApiError::Category::Cancelled);
}

void tst_SearchWalk::errorFinishesOnce()
{
    SearchWalk walk(m_sandbox.client.get(), SyncQueries::openAndSnoozed(), 10, 2);
    int pages = 0;
    connect(&walk, &SearchWalk::pageReceived, this, [&] {
        if (++pages == 1) {
            sandbox::FaultOptions faults;
            faults.rate = 1.0;
            faults.kinds = {sandbox::FaultKind::Status500};
            m_sandbox.server->setFaultOptions(faults);
        }
        walk.pageConsumed();
    });
    QSignalSpy finished(&walk, &SearchWalk::finished);
    walk.start();
    QVERIFY(finished.wait(15000));
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(walk.error().category, api::ApiError::Category::ServerError);
    QCOMPARE(pages, 1);
    QVERIFY(walk.requestCount() > 2); // the client retried before giving up
}

void tst_SearchWalk::resumesFromCursor()
{
    SearchWalk first(m_sandbox.client.get(), SyncQueries::openAndSnoozed(), 10, 1);
    QString resumeAt;
    connect(&first, &SearchWalk::pageReceived, this,
            [&](const QJsonObject &, const QString &, const QString &next) { resumeAt = next; });
    first.start();
    QTRY_VERIFY(!resumeAt.isEmpty());
    first.abort();

    SearchWalk second(m_sandbox.client.get(), SyncQueries::openAndSnoozed(), 10, 1);
    int items = 0;
    connect(&second, &SearchWalk::pageReceived, this, [&](const QJsonObject &page) {
        items += int(page.value(QLatin1String("conversations")).toArray().size());
        second.pageConsumed();
    });
    QSignalSpy finished(&second, &SearchWalk::finished);
    second.start(resumeAt);
    QVERIFY(second.isResumed());
    QVERIFY(finished.wait(15000));
    QVERIFY(!second.error());
    QCOMPARE(items, openCount() - 10);
}

QTEST_GUILESS_MAIN(tst_SearchWalk)
#include "tst_searchwalk.moc"
