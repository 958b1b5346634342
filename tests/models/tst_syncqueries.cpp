// The sync engine's searches: their JSON and that Intercom's limits accept them.
#include "models/sync/syncqueries.h"

#include <QJsonArray>
#include <QtTest>

using namespace models;

Q_DECLARE_METATYPE(api::SearchQuery)

class tst_SyncQueries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queries_data();
    void queries();
    void requestCapsPageSize();
};

void tst_SyncQueries::queries_data()
{
    QTest::addColumn<api::SearchQuery>("query");
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("query/open-snoozed")
        << SyncQueries::openAndSnoozed()
        << QByteArray(R"({"field":"state","operator":"IN","value":["open","snoozed"]})");
    QTest::newRow("query/closed-since")
        << SyncQueries::closedSince(1700000000)
        << QByteArray(
               R"({"operator":"AND","value":[{"field":"state","operator":"=","value":"closed"},)"
               R"({"field":"updated_at","operator":">","value":1700000000}]})");
    QTest::newRow("query/updated-since")
        << SyncQueries::updatedSince(1700000123)
        << QByteArray(R"({"field":"updated_at","operator":">","value":1700000123})");
    QTest::newRow("query/updated-since-negative")
        << SyncQueries::updatedSince(-60)
        << QByteArray(R"({"field":"updated_at","operator":">","value":0})");
}

void tst_SyncQueries::queries()
{
    QFETCH(api::SearchQuery, query);
    QFETCH(QByteArray, json);
    QCOMPARE(query.validate(), QString());
    QCOMPARE(QJsonDocument(query.toJson()).toJson(QJsonDocument::Compact),
             QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact));
}

void tst_SyncQueries::requestCapsPageSize()
{
    const api::SearchRequest big = SyncQueries::request(SyncQueries::openAndSnoozed(), 500, {});
    QCOMPARE(big.perPage, 150);
    QCOMPARE(big.validate(), QString());
    const api::SearchRequest next
        = SyncQueries::request(SyncQueries::openAndSnoozed(), 0, QStringLiteral("abc"));
    QCOMPARE(next.perPage, 1);
    QCOMPARE(next.startingAfter, QStringLiteral("abc"));
    QCOMPARE(next.toJson()
                 .value(QLatin1String("pagination"))
                 .toObject()
                 .value(QLatin1String("starting_after")),
             QJsonValue(QStringLiteral("abc")));
}

QTEST_GUILESS_MAIN(tst_SyncQueries)
#include "tst_syncqueries.moc"
