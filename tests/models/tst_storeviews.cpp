#include "storefixture.h"

#include "models/store/conversationfiltersql.h"
#include "models/store/conversationorder.h"
#include "models/store/conversationrepository.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <optional>

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
    qint64 waitingSince; ///< 0: nobody waits
};

// The hand-built inbox; "a1" is me.
const Row rows[] = {
    {"1", State::Open, "a1", "0", Priority::None, false, 100, 0},
    {"2", State::Open, "a1", "t1", Priority::High, true, 200, 150},
    {"3", State::Open, "0", "0", Priority::None, false, 300, 250},
    {"4", State::Open, "0", "t1", Priority::None, true, 400, 0},
    {"5", State::Open, "0", "0", Priority::Urgent, false, 500, 120},
    {"6", State::Snoozed, "a1", "0", Priority::None, false, 600, 0},
    {"7", State::Closed, "a1", "0", Priority::None, true, 700, 0},
    {"8", State::Closed, "0", "t2", Priority::Low, false, 800, 0},
    {"9", State::Open, "a2", "t2", Priority::Medium, false, 900, 150},
    {"10", State::Open, "0", "t2", Priority::None, false, 900, 0},
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
        c.waitingSince = row.waitingSince;
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
    // 2 and 9 wait since the same second (doc_id breaks the tie, ascending); nobody waits on
    // 10, 4 and 1: last, newest first.
    QTest::newRow("waiting/longest") << int(ConversationSort::WaitingLongest)
                                     << QString("5 2 9 3 10 4 1").split(QLatin1Char(' '));
    // Urgent, high, medium, then the rest newest first.
    QTest::newRow("priority/first") << int(ConversationSort::PriorityFirst)
                                    << QString("5 2 9 10 4 3 1").split(QLatin1Char(' '));
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
    const QList<QPair<const char *, ConversationSort>> sorts = {
        {"newest", ConversationSort::UpdatedNewest},
        {"oldest", ConversationSort::UpdatedOldest},
        {"created-newest", ConversationSort::CreatedNewest},
        {"waiting", ConversationSort::WaitingLongest},
        {"priority", ConversationSort::PriorityFirst},
    };
    for (int size : {1, 7, 50, 1000}) {
        for (const auto &sort : sorts)
            QTest::addRow("size/%d/%s", size, sort.first) << size << int(sort.second);
    }
}

void TestStoreViews::keysetReturnsEveryRowOnce()
{
    QFETCH(int, pageSize);
    QFETCH(int, sort);
    storetest::TempStore store;
    ConversationRepository repo(store.db());
    QList<api::Conversation> list;
    for (int i = 0; i < 300; ++i) { // many ties: three rows per updated_at, five per waiting
        api::Conversation c = storetest::conversation(QStringLiteral("k%1").arg(i), 1000 + i / 3);
        c.waitingSince = i % 4 == 0 ? 0 : 500 + (i * 7 % 60) / 5;
        c.priority = Priority(i % 5);
        list.append(c);
    }
    QVERIFY(repo.upsertConversations(list));

    QSet<QString> seen;
    PageCursor cursor;
    std::optional<PageCursor> previous;
    int pages = 0;
    for (bool more = true; more; ++pages) {
        const ConversationPage page = repo.page({}, ConversationSort(sort), pageSize, cursor);
        QVERIFY(page.rows.size() <= pageSize);
        for (const ConversationSummary &row : page.rows) {
            QVERIFY2(!seen.contains(row.id), qPrintable(row.id));
            seen.insert(row.id);
            // SQL and the in-memory order (what live models place rows by) agree.
            const PageCursor key = ConversationOrder::keyOf(row, ConversationSort(sort));
            if (previous)
                QVERIFY2(ConversationOrder::sortsBefore(*previous, key, ConversationSort(sort)),
                         qPrintable(row.id));
            previous = key;
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
    QTest::addColumn<int>("sort");
    QTest::addColumn<QString>("index");
    struct View
    {
        const char *name;
        ConversationFilter filter;
        const char *newest;   ///< the index of the newest-first order
        const char *waiting;  ///< … of waiting longest
        const char *priority; ///< … of priority first
    };
    const View views[] = {
        {"mine", ConversationFilter::mine(QStringLiteral("a1")), "idx_conversations_admin",
         "idx_conversations_admin_waiting", "idx_conversations_admin_priority"},
        {"team", ConversationFilter::team(QStringLiteral("t1")), "idx_conversations_team",
         "idx_conversations_team_waiting", "idx_conversations_team_priority"},
        {"all-open", ConversationFilter::allOpen(), "idx_conversations_state",
         "idx_conversations_state_waiting", "idx_conversations_state_priority"},
        {"snoozed", ConversationFilter::snoozed(), "idx_conversations_state",
         "idx_conversations_state_waiting", "idx_conversations_state_priority"},
        {"closed", ConversationFilter::closed(), "idx_conversations_state",
         "idx_conversations_state_waiting", "idx_conversations_state_priority"},
        {"unassigned", ConversationFilter::unassigned(), "idx_conversations_assignees",
         "idx_conversations_assignees_waiting", "idx_conversations_assignees_priority"},
        {"all", ConversationFilter(), "idx_conversations_updated", "idx_conversations_waiting",
         "idx_conversations_priority"},
    };
    for (const View &view : views) {
        QTest::addRow("%s/newest", view.name) << view.filter << int(ConversationSort::UpdatedNewest)
                                              << QString::fromLatin1(view.newest);
        QTest::addRow("%s/waiting", view.name)
            << view.filter << int(ConversationSort::WaitingLongest)
            << QString::fromLatin1(view.waiting);
        QTest::addRow("%s/priority", view.name)
            << view.filter << int(ConversationSort::PriorityFirst)
            << QString::fromLatin1(view.priority);
    }
}

void TestStoreViews::queryPlansUseIndexes()
{
    QFETCH(ConversationFilter, filter);
    QFETCH(int, sort);
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
    const SqlCondition where = ConversationFilterSql::where(filter);
    for (const bool withCursor : {false, true}) {
        QVariantList values = where.values;
        if (withCursor)
            values << ConversationOrder::afterValues({500, 5, 300}, ConversationSort(sort));
        values << 50;
        const QString page = planOf(
            ConversationRepository::pageSql(where.sql, ConversationSort(sort), withCursor), values);
        // This index, not another whose name starts the same (idx_x_waiting for idx_x).
        const QRegularExpression uses(QLatin1String("INDEX ") + index + QLatin1String("(\\s|$)"));
        QVERIFY2(page.contains(uses), qPrintable(page));
        QVERIFY2(!page.contains(QStringLiteral("TEMP B-TREE")), qPrintable(page));
        QVERIFY2(!page.contains(QStringLiteral("SCAN c\n"))
                     && !page.endsWith(QStringLiteral("SCAN c")),
                 qPrintable(page));
    }
    const QString count = planOf(
        QStringLiteral("SELECT COUNT(*) FROM conversations c WHERE ") + where.sql, where.values);
    QVERIFY2(count.contains(QStringLiteral("USING COVERING INDEX")), qPrintable(count));
}

QTEST_GUILESS_MAIN(TestStoreViews)
#include "tst_storeviews.moc"
