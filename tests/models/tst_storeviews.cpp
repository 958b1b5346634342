#include "storefixture.h"

#include "models/store/conversationfiltersql.h"
#include "models/store/conversationrepository.h"

#include <QSet>
#include <QSqlQuery>

using namespace models;
using State = api::Conversation::State;
using Priority = api::Conversation::Priority;

class TestStoreViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void counts_data();
    void counts();
    void viewCounts();
    void pageOrder_data();
    void pageOrder();
    void keysetReturnsEveryRowOnce_data();
    void keysetReturnsEveryRowOnce();
    void queryPlansUseIndexes_data();
    void queryPlansUseIndexes();

private:
    std::unique_ptr<storetest::TempStore> m_store;
    std::unique_ptr<ConversationRepository> m_repo;
};

namespace {

struct Row
{
    const char *id;
    State state;
    const char *admin;
    const char *team;
    Priority priority;
    bool vip;
    qint64 updatedAt;
};

// The hand-built inbox; "a1" is me.
const Row rows[] = {
    {"1", State::Open, "a1", "0", Priority::None, false, 100},
    {"2", State::Open, "a1", "t1", Priority::High, true, 200},
    {"3", State::Open, "0", "0", Priority::None, false, 300},
    {"4", State::Open, "0", "t1", Priority::None, true, 400},
    {"5", State::Open, "0", "0", Priority::Urgent, false, 500},
    {"6", State::Snoozed, "a1", "0", Priority::None, false, 600},
    {"7", State::Closed, "a1", "0", Priority::None, true, 700},
    {"8", State::Closed, "0", "t2", Priority::Low, false, 800},
    {"9", State::Open, "a2", "t2", Priority::Medium, false, 900},
    {"10", State::Open, "0", "t2", Priority::None, false, 900},
};

ConversationFilter withPriorities(QList<Priority> priorities)
{
    ConversationFilter filter;
    filter.priorities = priorities;
    return filter;
}

} // namespace

void TestStoreViews::initTestCase()
{
    m_store = std::make_unique<storetest::TempStore>();
    m_repo = std::make_unique<ConversationRepository>(m_store->db());
    QList<api::Conversation> list;
    for (const Row &row : rows) {
        api::Conversation c = storetest::conversation(QLatin1String(row.id), row.updatedAt);
        c.createdAt = 1000 - row.updatedAt; // created order is the reverse of updated order
        c.state = row.state;
        c.open = row.state == State::Open;
        c.adminAssigneeId = QLatin1String(row.admin);
        c.teamAssigneeId = QLatin1String(row.team);
        c.priority = row.priority;
        if (row.vip)
            c.tags = {storetest::tag(QStringLiteral("vip"), QStringLiteral("VIP"))};
        list.append(c);
    }
    QVERIFY(m_repo->upsertConversations(list));
}

void TestStoreViews::counts_data()
{
    QTest::addColumn<ConversationFilter>("filter");
    QTest::addColumn<int>("expected");
    QTest::newRow("view/mine") << ConversationFilter::mine(QStringLiteral("a1")) << 2;
    QTest::newRow("view/unassigned") << ConversationFilter::unassigned() << 2;
    QTest::newRow("view/team-t1") << ConversationFilter::team(QStringLiteral("t1")) << 2;
    QTest::newRow("view/team-t2") << ConversationFilter::team(QStringLiteral("t2")) << 2;
    QTest::newRow("view/all-open") << ConversationFilter::allOpen() << 7;
    QTest::newRow("view/snoozed") << ConversationFilter::snoozed() << 1;
    QTest::newRow("view/closed") << ConversationFilter::closed() << 2;
    QTest::newRow("all") << ConversationFilter() << 10;
    ConversationFilter tag;
    tag.tagId = QStringLiteral("vip");
    QTest::newRow("tag") << tag << 3;
    QTest::newRow("priority/high-urgent")
        << withPriorities({Priority::High, Priority::Urgent}) << 2;
    ConversationFilter states;
    states.states = {State::Open, State::Snoozed};
    QTest::newRow("states/open-snoozed") << states << 8;
    ConversationFilter updated;
    updated.updatedFrom = 300;
    updated.updatedTo = 600;
    QTest::newRow("updated/range") << updated << 4;
    ConversationFilter created;
    created.createdFrom = 500; // created = 1000 - updated
    QTest::newRow("created/from") << created << 5;
    ConversationFilter combined = ConversationFilter::mine(QStringLiteral("a1"));
    combined.states.clear();
    combined.tagId = QStringLiteral("vip");
    QTest::newRow("combined/mine-any-state-vip") << combined << 2;
    QTest::newRow("none/unknown-team") << ConversationFilter::team(QStringLiteral("nope")) << 0;
}

void TestStoreViews::counts()
{
    QFETCH(ConversationFilter, filter);
    QFETCH(int, expected);
    QCOMPARE(m_repo->count(filter), expected);
    const ConversationPage page = m_repo->page(filter, ConversationSort::UpdatedNewest, 100);
    QCOMPARE(page.rows.size(), expected);
    QVERIFY(!page.hasMore);
}

void TestStoreViews::viewCounts()
{
    const ViewCounts counts
        = m_repo->viewCounts(QStringLiteral("a1"), {QStringLiteral("t1"), QStringLiteral("t2")});
    QCOMPARE(counts.mine, 2);
    QCOMPARE(counts.unassigned, 2);
    QCOMPARE(counts.allOpen, 7);
    QCOMPARE(counts.snoozed, 1);
    QCOMPARE(counts.closed, 2);
    QCOMPARE(counts.teams.value(QStringLiteral("t1")), 2);
    QCOMPARE(counts.teams.value(QStringLiteral("t2")), 2);
}

void TestStoreViews::pageOrder_data()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<QStringList>("expected");
    // 9 and 10 tie on updated_at: the later doc_id (10) comes first when descending.
    QTest::newRow("updated/newest") << int(ConversationSort::UpdatedNewest)
                                    << QString("10 9 5 4 3 2 1").split(QLatin1Char(' '));
    QTest::newRow("updated/oldest") << int(ConversationSort::UpdatedOldest)
                                    << QString("1 2 3 4 5 9 10").split(QLatin1Char(' '));
    QTest::newRow("created/newest") << int(ConversationSort::CreatedNewest)
                                    << QString("1 2 3 4 5 10 9").split(QLatin1Char(' '));
    QTest::newRow("created/oldest") << int(ConversationSort::CreatedOldest)
                                    << QString("9 10 5 4 3 2 1").split(QLatin1Char(' '));
}

void TestStoreViews::pageOrder()
{
    QFETCH(int, sort);
    QFETCH(QStringList, expected);
    QStringList ids;
    PageCursor cursor;
    for (bool more = true; more;) {
        const ConversationPage page
            = m_repo->page(ConversationFilter::allOpen(), ConversationSort(sort), 2, cursor);
        for (const ConversationSummary &row : page.rows)
            ids.append(row.id);
        more = page.hasMore;
        cursor = page.next;
    }
    QCOMPARE(ids, expected);
}

void TestStoreViews::keysetReturnsEveryRowOnce_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("sort");
    for (int size : {1, 7, 50, 1000}) {
        QTest::addRow("size/%d/newest", size) << size << int(ConversationSort::UpdatedNewest);
        QTest::addRow("size/%d/oldest", size) << size << int(ConversationSort::UpdatedOldest);
    }
}

void TestStoreViews::keysetReturnsEveryRowOnce()
{
    QFETCH(int, pageSize);
    QFETCH(int, sort);
    storetest::TempStore store;
    ConversationRepository repo(store.db());
    QList<api::Conversation> list;
    for (int i = 0; i < 300; ++i) // many ties: three rows per updated_at
        list.append(storetest::conversation(QStringLiteral("k%1").arg(i), 1000 + i / 3));
    QVERIFY(repo.upsertConversations(list));

    QSet<QString> seen;
    PageCursor cursor;
    qint64 previous = sort == int(ConversationSort::UpdatedNewest) ? LLONG_MAX : 0;
    int pages = 0;
    for (bool more = true; more; ++pages) {
        const ConversationPage page = repo.page({}, ConversationSort(sort), pageSize, cursor);
        QVERIFY(page.rows.size() <= pageSize);
        for (const ConversationSummary &row : page.rows) {
            QVERIFY2(!seen.contains(row.id), qPrintable(row.id));
            seen.insert(row.id);
            if (sort == int(ConversationSort::UpdatedNewest))
                QVERIFY(row.updatedAt <= previous);
            else
                QVERIFY(row.updatedAt >= previous);
            previous = row.updatedAt;
        }
        more = page.hasMore;
        cursor = page.next;
        QVERIFY(pages < 400);
    }
    QCOMPARE(seen.size(), 300);
}

void TestStoreViews::queryPlansUseIndexes_data()
{
    QTest::addColumn<ConversationFilter>("filter");
    QTest::addColumn<QString>("index");
    QTest::newRow("mine") << ConversationFilter::mine(QStringLiteral("a1"))
                          << QStringLiteral("idx_conversations_admin");
    QTest::newRow("team") << ConversationFilter::team(QStringLiteral("t1"))
                          << QStringLiteral("idx_conversations_team");
    QTest::newRow("all-open") << ConversationFilter::allOpen()
                              << QStringLiteral("idx_conversations_state");
    QTest::newRow("snoozed") << ConversationFilter::snoozed()
                             << QStringLiteral("idx_conversations_state");
    QTest::newRow("closed") << ConversationFilter::closed()
                            << QStringLiteral("idx_conversations_state");
    QTest::newRow("unassigned") << ConversationFilter::unassigned()
                                << QStringLiteral("idx_conversations_assignees");
    QTest::newRow("all") << ConversationFilter() << QStringLiteral("idx_conversations_updated");
}

void TestStoreViews::queryPlansUseIndexes()
{
    QFETCH(ConversationFilter, filter);
    QFETCH(QString, index);
    const auto planOf = [this](const QString &sql, const QVariantList &values) {
        QSqlQuery query(m_store->db().connection());
        query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        query.exec();
        QStringList lines;
        while (query.next())
            lines.append(query.value(3).toString());
        return lines.join(QLatin1Char('\n'));
    };
    SqlCondition where = ConversationFilterSql::where(filter);
    QVariantList values = where.values;
    values << 500 << 5 << 50;
    const QString page = planOf(
        ConversationRepository::pageSql(where.sql, ConversationSort::UpdatedNewest, true), values);
    QVERIFY2(page.contains(index), qPrintable(page));
    QVERIFY2(!page.contains(QStringLiteral("TEMP B-TREE")), qPrintable(page));
    QVERIFY2(!page.contains(QStringLiteral("SCAN c\n")) && !page.endsWith(QStringLiteral("SCAN c")),
             qPrintable(page));
    const QString count = planOf(
        QStringLiteral("SELECT COUNT(*) FROM conversations c WHERE ") + where.sql, where.values);
    QVERIFY2(count.contains(QStringLiteral("USING COVERING INDEX")), qPrintable(count));
}

QTEST_GUILESS_MAIN(TestStoreViews)
#include "tst_storeviews.moc"
