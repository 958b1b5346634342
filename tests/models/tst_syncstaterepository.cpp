#include "storefixture.h"

#include "models/store/syncstaterepository.h"
#include "models/store/transaction.h"

using namespace models;

class TestSyncStateRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void values();
    void integers_data();
    void integers();
    void rollsBackWithData();
};

void TestSyncStateRepository::values()
{
    storetest::TempStore store;
    SyncStateRepository state(store.db());
    QVERIFY(!state.contains(QStringLiteral("k")));
    QCOMPARE(state.value(QStringLiteral("k"), QStringLiteral("fallback")),
             QStringLiteral("fallback"));
    QVERIFY(state.setValue(QStringLiteral("k"), QStringLiteral("välue")));
    QVERIFY(state.contains(QStringLiteral("k")));
    QCOMPARE(state.value(QStringLiteral("k")), QStringLiteral("välue"));
    QVERIFY(state.setValue(QStringLiteral("k"), QStringLiteral("second")));
    QCOMPARE(state.value(QStringLiteral("k")), QStringLiteral("second"));
    QVERIFY(state.remove(QStringLiteral("k")));
    QVERIFY(!state.contains(QStringLiteral("k")));
}

void TestSyncStateRepository::integers_data()
{
    QTest::addColumn<qint64>("value");
    QTest::newRow("zero") << qint64(0);
    QTest::newRow("seconds") << qint64(1700000000);
    QTest::newRow("ms") << qint64(1700000000123);
    QTest::newRow("negative") << qint64(-5);
}

void TestSyncStateRepository::integers()
{
    QFETCH(qint64, value);
    storetest::TempStore store;
    SyncStateRepository state(store.db());
    QCOMPARE(state.integer(SyncStateRepository::conversationsWatermark(), 77), 77);
    QVERIFY(state.setInteger(SyncStateRepository::conversationsWatermark(), value));
    QCOMPARE(state.integer(SyncStateRepository::conversationsWatermark(), 77), value);
    QVERIFY(state.setValue(SyncStateRepository::lastFullSync(), QStringLiteral("not a number")));
    QCOMPARE(state.integer(SyncStateRepository::lastFullSync(), 9), 9);
}

void TestSyncStateRepository::rollsBackWithData()
{
    storetest::TempStore store;
    SyncStateRepository state(store.db());
    {
        Transaction transaction(store.db());
        QVERIFY(state.setInteger(SyncStateRepository::closedHorizon(), 123));
    }
    QVERIFY(!state.contains(SyncStateRepository::closedHorizon()));
}

QTEST_GUILESS_MAIN(TestSyncStateRepository)
#include "tst_syncstaterepository.moc"
