// PageWalker against the sandbox: cursor and page-number lists walked to the end, each item once.
#include "tests/support/sandboxharness.h"

#include "api/pagewalker.h"

#include <QJsonArray>

using namespace api;

class TestPageWalker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void walkThousandConversations();
    void walkPageNumbers_data();
    void walkPageNumbers();
    void maxItems();
    void errorEndsWalk();
    void abortMidWalk();
    void repeatedCursorStops();
    void nextPageRequestedBeforeDelivery();

private:
    /// Runs \a walker to its end; returns the ids of every item of every page, in order.
    QStringList walk(PageWalker *walker, const QString &listKey, int timeoutMs = 60000);
    SandboxHarness m_sandbox;
};

void TestPageWalker::initTestCase()
{
    QVERIFY(m_sandbox.start(1000));
}

QStringList TestPageWalker::walk(PageWalker *walker, const QString &listKey, int timeoutMs)
{
    QStringList ids;
    connect(walker, &PageWalker::pageReceived, this, [&ids, listKey](const QJsonObject &page) {
        const QJsonArray items = page.value(listKey).toArray();
        for (const QJsonValue &item : items)
            ids.append(item.toObject().value(QLatin1String("id")).toString());
    });
    QSignalSpy finishedSpy(walker, &PageWalker::finished);
    walker->start();
    if (!finishedSpy.wait(timeoutMs))
        qWarning("walk did not finish");
    return ids;
}

void TestPageWalker::walkThousandConversations()
{
    std::unique_ptr<PageWalker> walker(PageWalker::conversations(m_sandbox.client.get(), 150));
    QSignalSpy pages(walker.get(), &PageWalker::pageReceived);
    const QStringList ids = walk(walker.get(), QStringLiteral("conversations"));
    QVERIFY2(!walker->error(), qPrintable(walker->error().message));
    QVERIFY(walker->isFinished());
    QCOMPARE(ids.size(), 1000);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 1000); // each exactly once
    QCOMPARE(pages.count(), 7);                                     // 6 × 150 + 100
    QCOMPARE(walker->pageCount(), 7);
    QCOMPARE(walker->itemCount(), 1000);
}

void TestPageWalker::walkPageNumbers_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("walk/articles") << "articles";
    QTest::newRow("walk/collections") << "collections";
    QTest::newRow("walk/companies") << "companies";
    QTest::newRow("walk/contacts-cursor") << "contacts";
}

void TestPageWalker::walkPageNumbers()
{
    QFETCH(QString, kind);
    IntercomClient *client = m_sandbox.client.get();
    PageWalker *walker = kind == QLatin1String("articles")      ? PageWalker::articles(client, 7)
                         : kind == QLatin1String("collections") ? PageWalker::collections(client, 3)
                         : kind == QLatin1String("companies")   ? PageWalker::companies(client, 9)
                                                                : PageWalker::contacts(client, 40);
    std::unique_ptr<PageWalker> owner(walker);
    int total = -1;
    connect(walker, &PageWalker::pageReceived, this, [&total](const QJsonObject &page) {
        if (total < 0)
            total = page.value(QLatin1String("total_count")).toInt();
    });
    const QStringList ids = walk(walker, QStringLiteral("data"));
    QVERIFY(!walker->error());
    QVERIFY(walker->pageCount() > 1);
    QCOMPARE(ids.size(), total);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), total);
}

void TestPageWalker::maxItems()
{
    std::unique_ptr<PageWalker> walker(PageWalker::conversations(m_sandbox.client.get(), 50));
    walker->setMaxItems(120);
    const QStringList ids = walk(walker.get(), QStringLiteral("conversations"));
    QVERIFY(!walker->error());
    QCOMPARE(ids.size(), 150); // the third page is delivered whole, then the walk stops
    QCOMPARE(walker->pageCount(), 3);

    std::unique_ptr<PageWalker> pages(PageWalker::conversations(m_sandbox.client.get(), 10));
    pages->setMaxPages(2);
    QCOMPARE(walk(pages.get(), QStringLiteral("conversations")).size(), 20);
}

void TestPageWalker::errorEndsWalk()
{
    ClientConfig config = m_sandbox.config();
    config.token = "wrong";
    IntercomClient client(config);
    std::unique_ptr<PageWalker> walker(PageWalker::conversations(&client, 10));
    const QStringList ids = walk(walker.get(), QStringLiteral("conversations"));
    QVERIFY(ids.isEmpty());
    QCOMPARE(walker->error().category, ApiError::Category::Authentication);
}

void TestPageWalker::abortMidWalk()
{
    std::unique_ptr<PageWalker> walker(PageWalker::conversations(m_sandbox.client.get(), 20));
    QSignalSpy finishedSpy(walker.get(), &PageWalker::finished);
    connect(walker.get(), &PageWalker::pageReceived, this, [&] {
        if (walker->pageCount() == 2)
            walker->abort();
    });
    walker->start();
    QVERIFY(finishedSpy.count() == 1 || finishedSpy.wait(10000));
    QTest::qWait(100);
    QCOMPARE(finishedSpy.count(), 1);
    QCOMPARE(walker->pageCount(), 2);
    QCOMPARE(walker->error().category, ApiError::Category::Cancelled);
    QCOMPARE(m_sandbox.client->inFlightCount(), 0);
}

void TestPageWalker::repeatedCursorStops()
{
    // A server that keeps answering the same cursor must not make us loop forever.
    IntercomClient *client = m_sandbox.client.get();
    int requests = 0;
    PageWalker walker(PageWalker::Style::Cursor, QStringLiteral("conversations"),
                      [client, &requests](const QString &, int) -> ApiJob * {
                          ++requests;
                          return client->listConversations(5); // always the first page
                      });
    const QStringList ids = walk(&walker, QStringLiteral("conversations"));
    QCOMPARE(walker.error().category, ApiError::Category::InvalidResponse);
    QCOMPARE(requests, 2);
    QCOMPARE(ids.size(), 10);
}

void TestPageWalker::nextPageRequestedBeforeDelivery()
{
    IntercomClient *client = m_sandbox.client.get();
    std::unique_ptr<PageWalker> walker(PageWalker::conversations(client, 150));
    QList<int> pending;   // requests queued or in flight while each page is handed over
    QStringList firstIds; // the first id of each page, to check the order
    bool finishedEarly = false;
    connect(walker.get(), &PageWalker::pageReceived, this, [&](const QJsonObject &page) {
        finishedEarly = finishedEarly || walker->isFinished();
        pending.append(client->inFlightCount() + client->queuedCount());
        firstIds.append(page.value(QLatin1String("conversations"))
                            .toArray()
                            .first()
                            .toObject()
                            .value(QLatin1String("id"))
                            .toString());
    });
    const QStringList ids = walk(walker.get(), QStringLiteral("conversations"));
    QVERIFY(!walker->error());
    QVERIFY2(!finishedEarly, "finished() must come after the last page");
    QCOMPARE(pending.size(), 7);
    // Pages 1…6 overlap with the request for the next; the last has nothing after it.
    QCOMPARE(pending, (QList<int>{1, 1, 1, 1, 1, 1, 0}));
    for (int page = 0; page < firstIds.size(); ++page)
        QCOMPARE(firstIds.at(page), ids.at(page * 150)); // in server order
}

QTEST_GUILESS_MAIN(TestPageWalker)
#include "tst_pagewalker.moc"
