#include "models/storechanges.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using models::StoreChanges;

class TestStoreChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameThreadIsImmediate();
    void workerThreadIsDeliveredOnOwnerThread();
    void emptyListsAreNotAnnounced();
};

void TestStoreChanges::sameThreadIsImmediate()
{
    StoreChanges changes;
    QSignalSpy spy(&changes, &StoreChanges::conversationsChanged);
    changes.notifyConversationsChanged({QStringLiteral("1"), QStringLiteral("2")});
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toStringList(), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
}

void TestStoreChanges::workerThreadIsDeliveredOnOwnerThread()
{
    StoreChanges changes;
    QThread *receivedOn = nullptr;
    int received = 0;
    connect(&changes, &StoreChanges::partsChanged, this, [&](const QString &id) {
        receivedOn = QThread::currentThread();
        received += id == QLatin1String("42");
    });
    connect(&changes, &StoreChanges::outboxChanged, this, [&] { ++received; });
    std::unique_ptr<QThread> worker(QThread::create([&changes] {
        changes.notifyPartsChanged(QStringLiteral("42"));
        changes.notifyOutboxChanged(QStringLiteral("42"));
    }));
    worker->start();
    QVERIFY(worker->wait(5000));
    QTRY_COMPARE(received, 2);
    QCOMPARE(receivedOn, QThread::currentThread());
}

void TestStoreChanges::emptyListsAreNotAnnounced()
{
    StoreChanges changes;
    QSignalSpy changed(&changes, &StoreChanges::conversationsChanged);
    QSignalSpy removed(&changes, &StoreChanges::conversationsRemoved);
    changes.notifyConversationsChanged({});
    changes.notifyConversationsRemoved({});
    QCOMPARE(changed.count(), 0);
    QCOMPARE(removed.count(), 0);
}

QTEST_GUILESS_MAIN(TestStoreChanges)
#include "tst_storechanges.moc"
