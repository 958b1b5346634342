#include "models/store/conversationrepository.h"
#include "models/store/referencerepository.h"
#include "models/storechanges.h"
#include "models/viewcountsmodel.h"
#include "models/viewroles.h"

#include "storefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <set>

using models::ConversationFilter;
using models::ViewCountsModel;
using storetest::team;

namespace {

api::Conversation conversation(int id, const QString &adminId, const QString &teamId,
                               api::Conversation::State state = api::Conversation::State::Open)
{
    api::Conversation c = storetest::conversation(QString::number(id), 1'700'000'000 + id);
    c.adminAssigneeId = adminId.isEmpty() ? QString(api::Conversation::unassigned()) : adminId;
    c.teamAssigneeId = teamId.isEmpty() ? QString(api::Conversation::unassigned()) : teamId;
    c.state = state;
    c.open = state != api::Conversation::State::Closed;
    return c;
}

/// The rows covered by the dataChanged signals in \a spy.
std::set<int> changedRows(const QSignalSpy &spy)
{
    std::set<int> rows;
    for (const QList<QVariant> &signal : spy) {
        for (int row = signal.at(0).toModelIndex().row(); row <= signal.at(1).toModelIndex().row();
             ++row) {
            rows.insert(row);
        }
    }
    return rows;
}

} // namespace

/// The sidebar views of "me" and their counts, recounted (debounced) as the store changes.
class TestViewCountsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void viewsAndCounts();
    void filtersMapBackToViews();
    void recountIsDebouncedAndMinimal();
    void deferredInitialCount();
    void teamIdsChangeRows();
    void removalsAndOutboxRecount();
    void teamRenameMovesItsRow();
    void withoutAdminNoInbox();

private:
    int countOf(const QString &key) const;
    std::unique_ptr<ViewCountsModel> makeModel(const QString &adminId);

    std::unique_ptr<storetest::TempStore> m_store;
    std::unique_ptr<models::StoreChanges> m_changes;
    std::unique_ptr<ViewCountsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestViewCountsModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestViewCountsModel::init()
{
    m_store = std::make_unique<storetest::TempStore>();
    m_changes = std::make_unique<models::StoreChanges>();
    QVERIFY(models::ReferenceRepository(m_store->db())
                .replaceTeams({team(QStringLiteral("t1"), QStringLiteral("Support")),
                               team(QStringLiteral("t2"), QStringLiteral("Billing")),
                               team(QStringLiteral("t3"), QStringLiteral("Sales"))}));
    using State = api::Conversation::State;
    const QString me = QStringLiteral("a1");
    const QString t1 = QStringLiteral("t1");
    const QString t2 = QStringLiteral("t2");
    QVERIFY(
        models::ConversationRepository(m_store->db())
            .upsertConversations(
                {conversation(1, me, {}), conversation(2, me, t1), conversation(3, {}, {}),
                 conversation(4, {}, {}), conversation(5, {}, t1), conversation(6, {}, t2),
                 conversation(7, QStringLiteral("a9"), {}), conversation(8, me, {}, State::Snoozed),
                 conversation(9, {}, {}, State::Closed), conversation(10, me, {}, State::Closed)}));
    m_model = makeModel(me);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

std::unique_ptr<ViewCountsModel> TestViewCountsModel::makeModel(const QString &adminId)
{
    return std::make_unique<ViewCountsModel>(
        m_store->db(), m_changes.get(), adminId,
        QStringList{QStringLiteral("t1"), QStringLiteral("t2")});
}

void TestViewCountsModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_changes.reset();
    m_store.reset();
}

int TestViewCountsModel::countOf(const QString &key) const
{
    const int row = m_model->rowOf(key);
    return row < 0 ? -1 : m_model->index(row).data(models::ViewCountRole).toInt();
}

void TestViewCountsModel::deferredInitialCount()
{
    // A window's first frame gets the rows without waiting for the counts.
    ViewCountsModel deferred(m_store->db(), m_changes.get(), QStringLiteral("me"),
                             {QStringLiteral("t1")}, nullptr,
                             ViewCountsModel::InitialCount::Deferred);
    QAbstractItemModelTester tester(&deferred,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int all = deferred.rowOf(QStringLiteral("all"));
    QVERIFY(all >= 0);
    QVERIFY(!deferred.index(all).data(models::ViewCountRole).isValid());
    // Not on a timer: a start-up slower than any interval (a cold disk) must not count
    // before its first frame. The owner asks.
    QTest::qWait(3 * deferred.recountInterval());
    QVERIFY(!deferred.index(all).data(models::ViewCountRole).isValid());
    QSignalSpy changed(&deferred, &QAbstractItemModel::dataChanged);
    deferred.recount();
    QVERIFY(!changed.isEmpty());
    QCOMPARE(deferred.index(all).data(models::ViewCountRole).toInt(),
             m_model->index(m_model->rowOf(QStringLiteral("all"))).data(models::ViewCountRole).toInt());
}

void TestViewCountsModel::teamIdsChangeRows()
{
    QVERIFY(m_model->rowOf(QStringLiteral("team:t1")) >= 0);
    m_model->setTeamIds({QStringLiteral("t2")});
    QCOMPARE(m_model->rowOf(QStringLiteral("team:t1")), -1);
    QVERIFY(m_model->rowOf(QStringLiteral("team:t2")) >= 0);
    QCOMPARE(m_model->teamIds(), QStringList{QStringLiteral("t2")});
}

void TestViewCountsModel::viewsAndCounts()
{
    QStringList keys;
    QStringList names;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        keys << m_model->index(row).data(models::ViewKeyRole).toString();
        names << m_model->index(row).data().toString();
    }
    // My teams only, by name.
    QCOMPARE(keys, (QStringList{QStringLiteral("mine"), QStringLiteral("unassigned"),
                                QStringLiteral("team:t2"), QStringLiteral("team:t1"),
                                QStringLiteral("all"), QStringLiteral("snoozed"),
                                QStringLiteral("closed")}));
    QCOMPARE(names, (QStringList{QStringLiteral("Your inbox"), QStringLiteral("Unassigned"),
                                 QStringLiteral("Billing"), QStringLiteral("Support"),
                                 QStringLiteral("All open"), QStringLiteral("Snoozed"),
                                 QStringLiteral("Closed")}));
    QCOMPARE(countOf(QStringLiteral("mine")), 2);
    QCOMPARE(countOf(QStringLiteral("unassigned")), 2);
    QCOMPARE(countOf(QStringLiteral("team:t1")), 2);
    QCOMPARE(countOf(QStringLiteral("team:t2")), 1);
    QCOMPARE(countOf(QStringLiteral("all")), 7);
    QCOMPARE(countOf(QStringLiteral("snoozed")), 1);
    QCOMPARE(countOf(QStringLiteral("closed")), 2);
    QCOMPARE(m_model->index(2).data(models::ViewTeamIdRole).toString(), QStringLiteral("t2"));
    QCOMPARE(m_model->index(0).data(models::ViewTeamIdRole).toString(), QString());
}

void TestViewCountsModel::filtersMapBackToViews()
{
    const QVariant filter
        = m_model->index(m_model->rowOf(QStringLiteral("team:t1"))).data(models::ViewFilterRole);
    QVERIFY(filter.canConvert<ConversationFilter>());
    QCOMPARE(filter.value<ConversationFilter>(), ConversationFilter::team(QStringLiteral("t1")));
    QCOMPARE(m_model->index(0).data(models::ViewFilterRole).value<ConversationFilter>(),
             ConversationFilter::mine(QStringLiteral("a1")));
    QCOMPARE(m_model->filterForKey(QStringLiteral("closed")), ConversationFilter::closed());
    QCOMPARE(m_model->filterForKey(ViewCountsModel::teamKey(QStringLiteral("t3"))),
             ConversationFilter::team(QStringLiteral("t3")));
    QVERIFY(!m_model->filterForKey(QStringLiteral("bogus")));
    QVERIFY(!m_model->filterForKey(QStringLiteral("team:")));
    // The count of a row is what ConversationListModel would show for its filter.
    QCOMPARE(
        models::ConversationRepository(m_store->db()).count(filter.value<ConversationFilter>()),
        countOf(QStringLiteral("team:t1")));
}

void TestViewCountsModel::recountIsDebouncedAndMinimal()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    models::ConversationRepository repository(m_store->db());
    // Conversation 3: unassigned → mine, announced several times in a burst.
    QVERIFY(repository.setAssignees(QStringLiteral("3"), QStringLiteral("a1"),
                                    api::Conversation::unassigned()));
    for (int i = 0; i < 5; ++i)
        m_changes->notifyConversationsChanged({QStringLiteral("3")});
    QCOMPARE(changed.count(), 0); // not counted synchronously
    QCOMPARE(countOf(QStringLiteral("mine")), 2);

    QVERIFY(changed.wait(2000));
    QTest::qWait(2 * m_model->recountInterval()); // no second recount follows
    QCOMPARE(countOf(QStringLiteral("mine")), 3);
    QCOMPARE(countOf(QStringLiteral("unassigned")), 1);
    QCOMPARE(changedRows(changed), (std::set<int>{m_model->rowOf(QStringLiteral("mine")),
                                                  m_model->rowOf(QStringLiteral("unassigned"))}));
    QCOMPARE(changed.count(), 1); // adjacent rows: one signal

    // A change that moves no count: no signal at all.
    changed.clear();
    m_changes->notifyConversationsChanged({QStringLiteral("4")});
    m_model->recount();
    QCOMPARE(changed.count(), 0);
}

void TestViewCountsModel::removalsAndOutboxRecount()
{
    m_model->setRecountInterval(10);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    models::ConversationRepository repository(m_store->db());
    QVERIFY(repository.remove(QStringLiteral("6")));
    m_changes->notifyConversationsRemoved({QStringLiteral("6")});
    QTRY_COMPARE(countOf(QStringLiteral("team:t2")), 0);
    QCOMPARE(countOf(QStringLiteral("all")), 6);
    QCOMPARE(changedRows(changed), (std::set<int>{m_model->rowOf(QStringLiteral("team:t2")),
                                                  m_model->rowOf(QStringLiteral("all"))}));

    // An optimistic close written by the outbox.
    changed.clear();
    QVERIFY(repository.setState(QStringLiteral("8"), api::Conversation::State::Closed));
    m_changes->notifyOutboxChanged(QStringLiteral("8"));
    QTRY_COMPARE(countOf(QStringLiteral("snoozed")), 0);
    QCOMPARE(countOf(QStringLiteral("closed")), 3);
    QCOMPARE(changedRows(changed), (std::set<int>{m_model->rowOf(QStringLiteral("snoozed")),
                                                  m_model->rowOf(QStringLiteral("closed"))}));
}

void TestViewCountsModel::teamRenameMovesItsRow()
{
    m_model->setRecountInterval(10);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(models::ReferenceRepository(m_store->db())
                .replaceTeams({team(QStringLiteral("t1"), QStringLiteral("Support")),
                               team(QStringLiteral("t2"), QStringLiteral("VIP billing"))}));
    m_changes->notifyReferenceDataChanged();
    QTRY_COMPARE(m_model->rowOf(QStringLiteral("team:t2")), 3);
    QCOMPARE(m_model->index(3).data().toString(), QStringLiteral("VIP billing"));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(reset.count(), 0);
}

void TestViewCountsModel::withoutAdminNoInbox()
{
    m_tester.reset();
    m_model = makeModel({});
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_model->rowOf(QStringLiteral("mine")), -1);
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(m_model->index(0).data(models::ViewKeyRole).toString(), QStringLiteral("unassigned"));
}

QTEST_GUILESS_MAIN(TestViewCountsModel)
#include "tst_viewcountsmodel.moc"
