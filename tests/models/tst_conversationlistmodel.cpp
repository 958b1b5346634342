#include "models/conversationfiltermatch.h"
#include "models/conversationlistmodel.h"
#include "models/conversationroles.h"
#include "models/store/conversationrepository.h"
#include "models/store/outboxrepository.h"
#include "models/store/referencerepository.h"
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
    void waitingLongestMovesRowsLive();
    void priorityFirstMovesRowsLive();
    void accessibleTextSaysTheRow();
    void firstSyncFillsAnEmptyView();
    void totalCountWaitsWhenPostponed();

private:
    /// Writes \a c to the store and announces it, as the sync engine does.
    void store(const api::Conversation &c);
    QStringList loadedIds() const;
    /// Every loaded row is in the model's sort order (as SQL pages would have put it).
    bool loadedRowsSorted() const;

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

void TestConversationListModel::totalCountWaitsWhenPostponed()
{
    // Not counted yet: unknown, not zero (a window's first frame shows no count).
    QCOMPARE(m_model->totalCount(), -1);
    QSignalSpy counted(m_model.get(), &ConversationListModel::totalCountChanged);
    m_model->resumeTotalCount(); // nothing held: no view yet, so no count (it would be 250)
    QVERIFY(counted.isEmpty());
    m_model->setView(ConversationFilter::allOpen(), ConversationSort::UpdatedNewest);
    m_model->postponeTotalCount();
    QTest::qWait(300); // three times the interval the count otherwise follows a reload by
    QVERIFY(counted.isEmpty());
    QCOMPARE(m_model->totalCount(), -1);
    m_model->resumeTotalCount();
    QCOMPARE(counted.size(), 1);
    QCOMPARE(m_model->totalCount(), 250);
}

void TestConversationListModel::firstSyncFillsAnEmptyView()
{
    // The very first start: the view is set on an empty store, then sync writes pages.
    storetest::TempStore empty;
    models::StoreChanges changes;
    ConversationListModel model(empty.db(), &changes);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setView(ConversationFilter::allOpen(), ConversationSort::UpdatedNewest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(models::ConversationRepository(empty.db())
                .upsertConversations({storetest::conversation(QStringLiteral("1"), 1'700'000'000),
                                      storetest::conversation(QStringLiteral("2"), 1'700'000'100)}));
    changes.notifyConversationsChanged({QStringLiteral("1"), QStringLiteral("2")});
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data(models::ConversationIdRole).toString(), QStringLiteral("2"));
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

bool TestConversationListModel::loadedRowsSorted() const
{
    for (int row = 1; row < m_model->rowCount(); ++row) {
        const models::PageCursor before
            = models::sortKey(m_model->summaryAt(row - 1), m_model->viewSort());
        const models::PageCursor after = models::sortKey(m_model->summaryAt(row), m_model->viewSort());
        if (!models::sortsBefore(before, after, m_model->viewSort()))
            return false;
    }
    return true;
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
    // Nobody waits in the fixture: all after the (no) waiting ones, newest first.
    QTest::newRow("sort/waiting") << int(ConversationSort::WaitingLongest) << "1250"
                                  << "1001";
    // No priorities in the fixture: newest first.
    QTest::newRow("sort/priority") << int(ConversationSort::PriorityFirst) << "1250"
                                   << "1001";
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
    m_model->fetchMore({}); // two pages: 1250…1151
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
    // Its new place is past the loaded rows (1001…1050): it waits for fetchMore().
    QCOMPARE(m_model->rowOf(QStringLiteral("1010")), -1);
    while (m_model->rowOf(QStringLiteral("1010")) < 0 && m_model->canFetchMore({}))
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

// Note: QAbstractItemModelTester fetches every remaining row on the first dataChanged, so
// the rows that leave past the loaded ones are checked before any row is updated in place.
void TestConversationListModel::waitingLongestMovesRowsLive()
{
    m_model->setView(ConversationFilter::allOpen(), ConversationSort::WaitingLongest);
    QCOMPARE(m_model->rowOf(QStringLiteral("1250")), 0);
    QCOMPARE(m_model->rowOf(QStringLiteral("1010")), -1);

    // A customer writes in an unloaded conversation: it comes in at the top…
    api::Conversation c10 = storetest::conversation(QStringLiteral("1010"), 1'700'000'101);
    c10.waitingSince = 1'700'000'100;
    store(c10);
    QCOMPARE(m_model->rowOf(QStringLiteral("1010")), 0);
    QCOMPARE(m_model->rowOf(QStringLiteral("1250")), 1);
    // … and once answered, its place is past the loaded rows again: it leaves.
    c10.waitingSince = 0;
    c10.updatedAt += 1;
    store(c10);
    QCOMPARE(m_model->rowOf(QStringLiteral("1010")), -1);
    QCOMPARE(m_model->rowOf(QStringLiteral("1250")), 0);
    QVERIFY(loadedRowsSorted());

    // A loaded row starts waiting: it moves to the top.
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    api::Conversation c220 = storetest::conversation(QStringLiteral("1220"), 1'700'002'201);
    c220.waitingSince = 1'700'000'400;
    store(c220);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(m_model->rowOf(QStringLiteral("1220")), 0);
    // One waiting longer goes above it.
    c10.waitingSince = 1'700'000'050;
    c10.updatedAt += 1;
    store(c10);
    QCOMPARE(m_model->rowOf(QStringLiteral("1010")), 0);
    QCOMPARE(m_model->rowOf(QStringLiteral("1220")), 1);
    // Answered: back among the rest by its time.
    c220.waitingSince = 0;
    c220.updatedAt += 1;
    store(c220);
    QCOMPARE(m_model->index(m_model->rowOf(QStringLiteral("1220")) - 1)
                 .data(models::ConversationIdRole)
                 .toString(),
             QStringLiteral("1221"));
    QVERIFY(loadedRowsSorted());
    while (m_model->canFetchMore({}))
        m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), 250);
    QCOMPARE(loadedIds().first(), QStringLiteral("1010"));
    QVERIFY(loadedRowsSorted());
}

void TestConversationListModel::priorityFirstMovesRowsLive()
{
    m_model->setView(ConversationFilter::allOpen(), ConversationSort::PriorityFirst);
    QCOMPARE(m_model->rowOf(QStringLiteral("1250")), 0);
    // Raised to urgent: from past the loaded rows to the top; lowered: gone again.
    api::Conversation c10 = storetest::conversation(QStringLiteral("1010"), 1'700'000'100);
    c10.priority = api::Conversation::Priority::Urgent;
    store(c10);
    QCOMPARE(m_model->rowOf(QStringLiteral("1010")), 0);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    c10.priority = api::Conversation::Priority::None;
    store(c10);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_model->rowOf(QStringLiteral("1010")), -1);

    // High comes after urgent whatever its time; a newer high one before an older one.
    c10.priority = api::Conversation::Priority::Urgent;
    store(c10);
    api::Conversation c200 = storetest::conversation(QStringLiteral("1200"), 1'700'002'000);
    c200.priority = api::Conversation::Priority::High;
    store(c200);
    api::Conversation c240 = storetest::conversation(QStringLiteral("1240"), 1'700'002'400);
    c240.priority = api::Conversation::Priority::High;
    store(c240);
    QCOMPARE(loadedIds().mid(0, 4), QStringList({QStringLiteral("1010"), QStringLiteral("1240"),
                                                 QStringLiteral("1200"), QStringLiteral("1250")}));
    // Lowered again: 1240 goes back to its time among the rest.
    c240.priority = api::Conversation::Priority::None;
    store(c240);
    QCOMPARE(loadedIds().mid(0, 3),
             QStringList({QStringLiteral("1010"), QStringLiteral("1200"), QStringLiteral("1250")}));
    QCOMPARE(m_model->rowOf(QStringLiteral("1240")), 12);
    QVERIFY(loadedRowsSorted());
    while (m_model->canFetchMore({}))
        m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), 250);
    QVERIFY(loadedRowsSorted());
}

void TestConversationListModel::accessibleTextSaysTheRow()
{
    QVERIFY(models::ReferenceRepository(m_store->db())
                .replaceAdmins({storetest::admin(QStringLiteral("7"), QStringLiteral("Bob"))}));
    QVERIFY(models::ReferenceRepository(m_store->db())
                .replaceTags({storetest::tag(QStringLiteral("vip"), QStringLiteral("VIP"))}));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    api::Conversation c = storetest::conversation(QStringLiteral("1250"), now - 2 * 3600 - 60,
                                                  QStringLiteral("Refund request"));
    c.contacts = {storetest::ref(QStringLiteral("contact"), QStringLiteral("u1"),
                                 QStringLiteral("Alice Smith"))};
    c.adminAssigneeId = QStringLiteral("7");
    c.priority = api::Conversation::Priority::High;
    c.waitingSince = now - 3600 - 60;
    c.tags = {storetest::tag(QStringLiteral("vip"), QStringLiteral("VIP"))};
    QVERIFY(models::ConversationRepository(m_store->db()).upsertConversations({c}));
    m_model->setView(ConversationFilter::allOpen(), ConversationSort::UpdatedNewest);
    const QModelIndex row = m_model->index(m_model->rowOf(QStringLiteral("1250")));
    QCOMPARE(row.data(models::AssigneeNameRole).toString(), QStringLiteral("Bob"));
    const QString text = row.data(Qt::AccessibleTextRole).toString();
    QVERIFY2(text.startsWith(QStringLiteral("Unread. Alice Smith: Refund request, ")),
             qPrintable(text));
    // (Plural forms read "hour(s)" until an English translation is loaded.)
    for (const char *part :
         {", 2 hour", " ago, waiting 1 hour", "assigned to Bob", "tags VIP", "priority high"})
        QVERIFY2(text.contains(QLatin1String(part)), qPrintable(text));

    // A team stands in for a missing teammate; unknown ids still say something.
    QCOMPARE(m_model->index(m_model->rowOf(QStringLiteral("1249")))
                 .data(models::AssigneeNameRole)
                 .toString(),
             QString());
    QVERIFY(m_model->index(m_model->rowOf(QStringLiteral("1249")))
                .data(Qt::AccessibleTextRole)
                .toString()
                .contains(QLatin1String("unassigned")));
}

QTEST_GUILESS_MAIN(TestConversationListModel)
#include "tst_conversationlistmodel.moc"
