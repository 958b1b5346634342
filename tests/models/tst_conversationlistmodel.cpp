#include "models/conversationlistmodel.h"
#include "models/conversationroles.h"
#include "models/store/conversationrepository.h"
#include "models/store/outboxrepository.h"
#include "models/storechanges.h"

#include "storefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using models::ConversationFilter;
using models::ConversationListModel;
using models::ConversationSort;

/// The store-backed list: paging, and live updates from StoreChanges placed row by row.
class TestConversationListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pagesInSortOrder_data();
    void pagesInSortOrder();
    void changedRowMovesToItsPlace();
    void rowLeavesAndJoinsTheView();
    void newConversationBeyondLoadedRowsWaitsForFetchMore();
    void pendingFollowsTheOutbox();
    void textFilterReloads();

private:
    /// Writes \a c to the store and announces it, as the sync engine does.
    void store(const api::Conversation &c);
    QStringList loadedIds() const;

    std::unique_ptr<storetest::TempStore> m_store;
    std::unique_ptr<models::StoreChanges> m_changes;
    std::unique_ptr<ConversationListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestConversationListModel::init()
{
    m_store = std::make_unique<storetest::TempStore>();
    m_changes = std::make_unique<models::StoreChanges>();
    QList<api::Conversation> batch;
    for (int i = 1; i <= 250; ++i)
        batch << storetest::conversation(QString::number(1000 + i), 1'700'000'000 + i * 10);
    QVERIFY(models::ConversationRepository(m_store->db()).upsertConversations(batch));
    m_model = std::make_unique<ConversationListModel>(m_store->db(), m_changes.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestConversationListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_changes.reset();
    m_store.reset();
}

void TestConversationListModel::store(const api::Conversation &c)
{
    QVERIFY(models::ConversationRepository(m_store->db()).upsertConversations({c}));
    m_changes->notifyConversationsChanged({c.id});
}

QStringList TestConversationListModel::loadedIds() const
{
    QStringList ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids << m_model->index(row).data(models::ConversationIdRole).toString();
    return ids;
}

void TestConversationListModel::pagesInSortOrder_data()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::newRow("sort/newest") << int(ConversationSort::UpdatedNewest) << "1250"
                                 << "1001";
    QTest::newRow("sort/oldest") << int(ConversationSort::UpdatedOldest) << "1001"
                                 << "1250";
}

void TestConversationListModel::pagesInSortOrder()
{
    QFETCH(int, sort);
    QFETCH(QString, first);
    QFETCH(QString, last);
    m_model->setView(ConversationFilter::allOpen(), ConversationSort(sort));
    QCOMPARE(m_model->rowCount(), ConversationListModel::PageSize);
    QTRY_COMPARE(m_model->totalCount(), 250);
    QVERIFY(m_model->canFetchMore({}));
    while (m_model->canFetchMore({}))
        m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), 250);
    const QStringList ids = loadedIds();
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 250);
    QCOMPARE(ids.first(), first);
    QCOMPARE(ids.last(), last);
    const QModelIndex top = m_model->index(0);
    QCOMPARE(top.data(models::StateRole).toString(), QStringLiteral("open"));
    QVERIFY(!top.data(models::SnippetRole).toString().contains(QLatin1Char('<')));
}

void TestConversationListModel::changedRowMovesToItsPlace()
{
    m_model->setView(ConversationFilter::allOpen(), ConversationSort::UpdatedNewest);
    QCOMPARE(m_model->rowOf(QStringLiteral("1200")), 50);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    api::Conversation c = storetest::conversation(QStringLiteral("1200"), 1'800'000'000);
    c.title = QStringLiteral("A new reply moved me up");
    store(c);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(m_model->rowOf(QStringLiteral("1200")), 0);
    QCOMPARE(m_model->index(0).data(models::TitleRole).toString(), c.title);
    QCOMPARE(m_model->rowOf(QStringLiteral("1250")), 1);
    QVERIFY(changed.count() >= 1);

    // Updated without moving: only dataChanged.
    c.title = QStringLiteral("Renamed in place");
    c.updatedAt += 1;
    moved.clear();
    store(c);
    QCOMPARE(moved.count(), 0);
    QCOMPARE(m_model->index(0).data(models::TitleRole).toString(), c.title);

    // Oldest first, a newer reply moves a row down: 1010 lands between 1100 and 1101.
    m_model->setView(ConversationFilter::allOpen(), ConversationSort::UpdatedOldest);
    QCOMPARE(m_model->rowOf(QStringLiteral("1010")), 9);
    store(storetest::conversation(QStringLiteral("1010"), 1'700'001'005));
    // Its new place is past the loaded rows (1001…1100): it waits for fetchMore().
    QCOMPARE(m_model->rowOf(QStringLiteral("1010")), -1);
    m_model->fetchMore({});
    const int row = m_model->rowOf(QStringLiteral("1010"));
    QCOMPARE(m_model->index(row - 1).data(models::ConversationIdRole).toString(),
             QStringLiteral("1100"));
    QCOMPARE(m_model->index(row + 1).data(models::ConversationIdRole).toString(),
             QStringLiteral("1101"));
}

void TestConversationListModel::rowLeavesAndJoinsTheView()
{
    m_model->setView(ConversationFilter::allOpen(), ConversationSort::UpdatedNewest);
    api::Conversation c = storetest::conversation(QStringLiteral("1240"), 1'700'002'400);
    c.state = api::Conversation::State::Closed;
    c.open = false;
    c.updatedAt += 5;
    const int before = m_model->rowCount();
    store(c);
    QCOMPARE(m_model->rowOf(QStringLiteral("1240")), -1);
    QCOMPARE(m_model->rowCount(), before - 1);

    c.state = api::Conversation::State::Open;
    c.open = true;
    c.updatedAt += 5;
    store(c);
    QCOMPARE(m_model->rowOf(QStringLiteral("1240")), 10);
    QCOMPARE(m_model->rowCount(), before);

    QSignalSpy total(m_model.get(), &ConversationListModel::totalCountChanged);
    QVERIFY(models::ConversationRepository(m_store->db()).remove(QStringLiteral("1240")));
    m_changes->notifyConversationsRemoved({QStringLiteral("1240")});
    QCOMPARE(m_model->rowOf(QStringLiteral("1240")), -1);
    QVERIFY(total.wait(2000)); // one COUNT after the burst
    QTRY_COMPARE(m_model->totalCount(), 249);
}

void TestConversationListModel::newConversationBeyondLoadedRowsWaitsForFetchMore()
{
    m_model->setView(ConversationFilter::allOpen(), ConversationSort::UpdatedNewest);
    store(storetest::conversation(QStringLiteral("9999"), 1'700'000'001)); // oldest of all
    QCOMPARE(m_model->rowOf(QStringLiteral("9999")), -1);
    store(storetest::conversation(QStringLiteral("9998"), 1'900'000'000)); // newest of all
    QCOMPARE(m_model->rowOf(QStringLiteral("9998")), 0);
    while (m_model->canFetchMore({}))
        m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), 252);
    QCOMPARE(m_model->rowOf(QStringLiteral("9999")), 251);
}

void TestConversationListModel::pendingFollowsTheOutbox()
{
    m_model->setView(ConversationFilter::allOpen(), ConversationSort::UpdatedNewest);
    const QModelIndex row = m_model->index(m_model->rowOf(QStringLiteral("1249")));
    QCOMPARE(row.data(models::IsPendingRole).toBool(), false);
    models::OutboxEntry entry;
    entry.conversationId = QStringLiteral("1249");
    entry.kind = QStringLiteral("close");
    entry.marker = QStringLiteral("m-1");
    QVERIFY(models::OutboxRepository(m_store->db()).enqueue(entry, 1000) > 0);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_changes->notifyOutboxChanged(QStringLiteral("1249"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(row.data(models::IsPendingRole).toBool(), true);

    // A fresh load reads every pending mark at once (one query, not one per row).
    m_model->setView(ConversationFilter::allOpen(), ConversationSort::UpdatedNewest);
    const QModelIndex reloaded = m_model->index(m_model->rowOf(QStringLiteral("1249")));
    QCOMPARE(reloaded.data(models::IsPendingRole).toBool(), true);
    QCOMPARE(
        m_model->index(m_model->rowOf(QStringLiteral("1248"))).data(models::IsPendingRole).toBool(),
        false);
}

void TestConversationListModel::textFilterReloads()
{
    ConversationFilter filter = ConversationFilter::allOpen();
    filter.text = QStringLiteral("invoice");
    m_model->setView(filter, ConversationSort::UpdatedNewest);
    QCOMPARE(m_model->rowCount(), 0);
    api::Conversation c = storetest::conversation(QStringLiteral("1010"), 1'700'000'200);
    c.title = QStringLiteral("Where is my invoice?");
    c.updatedAt += 1;
    store(c);
    QCOMPARE(loadedIds(), QStringList{QStringLiteral("1010")});
}

QTEST_GUILESS_MAIN(TestConversationListModel)
#include "tst_conversationlistmodel.moc"
