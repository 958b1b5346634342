#include "models/conversationfiltermatch.h"
#include "models/store/conversationrepository.h"

#include "storefixture.h"

#include <QTest>

using models::ConversationFilter;
using State = api::Conversation::State;
using Priority = api::Conversation::Priority;

Q_DECLARE_METATYPE(models::ConversationFilter)

/// The in-memory view membership (used by live models) must agree with the SQL the store
/// runs, filter by filter, over a varied data set.
class TestConversationFilterMatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void agreesWithSql_data();
    void agreesWithSql();
    void sortOrder();

private:
    storetest::TempStore m_store;
    QList<models::ConversationSummary> m_rows;
};

void TestConversationFilterMatch::initTestCase()
{
    const QList<State> states{State::Open, State::Snoozed, State::Closed};
    const QList<Priority> priorities{Priority::None, Priority::Low, Priority::High, Priority::Urgent};
    QList<api::Conversation> batch;
    for (int i = 0; i < 120; ++i) {
        api::Conversation c = storetest::conversation(QString::number(5000 + i), 1'700'000'000 + i * 100);
        c.createdAt = 1'690'000'000 + (i % 7) * 1000;
        c.state = states.at(i % 3);
        c.open = c.state != State::Closed;
        c.priority = priorities.at(i % 4);
        c.adminAssigneeId = i % 5 == 0 ? api::Conversation::unassigned() : QString::number(10 + i % 3);
        c.teamAssigneeId = i % 4 == 0 ? api::Conversation::unassigned() : QString::number(70 + i % 2);
        if (i % 6 == 0)
            c.tags = {storetest::tag(QStringLiteral("t1"), QStringLiteral("billing"))};
        batch << c;
    }
    models::ConversationRepository repository(m_store.db());
    QVERIFY(repository.upsertConversations(batch));
    for (const api::Conversation &c : std::as_const(batch)) {
        const auto summary = repository.summary(c.id);
        QVERIFY(summary);
        m_rows << *summary;
    }
}

void TestConversationFilterMatch::agreesWithSql_data()
{
    QTest::addColumn<ConversationFilter>("filter");
    QTest::newRow("view/mine") << ConversationFilter::mine(QStringLiteral("11"));
    QTest::newRow("view/unassigned") << ConversationFilter::unassigned();
    QTest::newRow("view/team") << ConversationFilter::team(QStringLiteral("71"));
    QTest::newRow("view/all-open") << ConversationFilter::allOpen();
    QTest::newRow("view/snoozed") << ConversationFilter::snoozed();
    QTest::newRow("view/closed") << ConversationFilter::closed();
    ConversationFilter tagged;
    tagged.tagId = QStringLiteral("t1");
    QTest::newRow("filter/tag") << tagged;
    ConversationFilter urgentOrHigh;
    urgentOrHigh.priorities = {Priority::Urgent, Priority::High};
    urgentOrHigh.states = {State::Open, State::Snoozed};
    QTest::newRow("filter/priorities-and-states") << urgentOrHigh;
    ConversationFilter dates;
    dates.createdFrom = 1'690'002'000;
    dates.createdTo = 1'690'004'000;
    dates.updatedFrom = 1'700'003'000;
    QTest::newRow("filter/date-ranges") << dates;
    QTest::newRow("filter/none") << ConversationFilter();
}

void TestConversationFilterMatch::agreesWithSql()
{
    QFETCH(ConversationFilter, filter);
    int inMemory = 0;
    for (const models::ConversationSummary &row : std::as_const(m_rows))
        inMemory += models::matchesIgnoringText(filter, row);
    const int bySql = models::ConversationRepository(m_store.db()).count(filter);
    QCOMPARE(inMemory, bySql);
    QVERIFY2(bySql > 0 || filter.tagId.isEmpty(), "the data set must exercise the filter");
}

void TestConversationFilterMatch::sortOrder()
{
    using models::ConversationSort;
    const models::PageCursor older{100, 1};
    const models::PageCursor newer{200, 2};
    const models::PageCursor sameTimeLaterRow{100, 3};
    QVERIFY(models::sortsBefore(newer, older, ConversationSort::UpdatedNewest));
    QVERIFY(!models::sortsBefore(older, newer, ConversationSort::UpdatedNewest));
    QVERIFY(models::sortsBefore(older, newer, ConversationSort::UpdatedOldest));
    QVERIFY(models::sortsBefore(sameTimeLaterRow, older, ConversationSort::UpdatedNewest));
    QVERIFY(models::sortsBefore(older, sameTimeLaterRow, ConversationSort::CreatedOldest));
    QVERIFY(!models::sortsBefore(older, older, ConversationSort::UpdatedNewest));
}

QTEST_GUILESS_MAIN(TestConversationFilterMatch)
#include "tst_conversationfiltermatch.moc"
