// The view's facets in the full-text index (schema v7): every write path keeps them right,
// and a search through them finds exactly what the plain filter finds.
#include "storefixture.h"

#include "tests/bench/generatedstore.h"

#include "models/conversationfiltermatch.h"
#include "models/search/searchparser.h"
#include "models/store/conversationfiltersql.h"
#include "models/store/conversationrepository.h"
#include "models/store/searchindex.h"
#include "models/store/transaction.h"

#include <QSet>
#include <QSqlQuery>

Q_DECLARE_METATYPE(models::ConversationFilter)

using namespace models;
using State = api::Conversation::State;
using Priority = api::Conversation::Priority;

class TestSearchFacets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void facetTokens();
    void writesOutsideBatchKeepFacets();
    void agreesWithFilter_data();
    void agreesWithFilter();
    void agreesWithParsedSearch_data();
    void agreesWithParsedSearch();

private:
    /// Documents whose facets differ from what their conversation's columns and tags say.
    int staleFacets();
    /// What the plain filter (in memory) and the text alone (FTS) select.
    QSet<QString> expected(const ConversationFilter &filter);
    QSet<QString> listed(const ConversationFilter &filter);
    QSet<QString> ranked(const ConversationFilter &filter);
    static QStringList texts();

    std::unique_ptr<storetest::TempStore> m_store;
    std::unique_ptr<ConversationRepository> m_repo;
    int m_count = 900;
    QList<ConversationSummary> m_rows; ///< every stored row, once the writes are done
};

int TestSearchFacets::staleFacets()
{
    return m_store->db()
        .scalar(QStringLiteral("SELECT COUNT(*) FROM conversations c"
                               " LEFT JOIN conversation_search s ON s.rowid = c.doc_id"
                               " JOIN conversation_facets f ON f.doc_id = c.doc_id"
                               " WHERE s.facets IS NOT f.facets"),
                {}, -1)
        .toInt();
}

QStringList TestSearchFacets::texts()
{
    // A common word, two words with a prefix, a short prefix, a name, a made-up word.
    return {QStringLiteral("invoice"), QStringLiteral("refund pass"), QStringLiteral("lo"),
            QStringLiteral("Lovelace"), QStringLiteral("kalo")};
}

// n conversations written as the sync writes them, then changed through every path that
// writes a conversation's state, assignees, priority or tags; the facets are checked after
// each kind of write.
void TestSearchFacets::initTestCase()
{
    m_store = std::make_unique<storetest::TempStore>();
    m_repo = std::make_unique<ConversationRepository>(m_store->db());
    QRandomGenerator random(42);
    const qint64 now = 1750000000;
    QList<api::Conversation> all;
    for (int i = 0; i < m_count; ++i)
        all.append(benchstore::generate(random, i, now));
    for (int i = 0; i < m_count; i += 150)
        QVERIFY(m_repo->upsertConversations(all.mid(i, 150)));
    QCOMPARE(staleFacets(), 0);

    // The sync: pages of newer copies (other states, assignees, tags), some stale ones.
    for (int page = 0; page < 3; ++page) {
        QList<api::Conversation> items;
        for (int i = 0; i < 100; ++i) {
            api::Conversation c = benchstore::generate(random, int(random.bounded(m_count)), now);
            c.updatedAt = now + page * 100 + i + (i % 10 == 0 ? -200 * 86400 : 0);
            items.append(c);
        }
        QVERIFY(m_repo->upsertConversations(items));
    }
    QCOMPARE(staleFacets(), 0);

    // Threads opened (not in a batch): new tags and state with the parts.
    for (int i = 0; i < 20; ++i) {
        api::Conversation c = benchstore::generate(random, i * 37, now + 1000 + i);
        c.updatedAt = now + 1000 + i;
        c.parts = {storetest::part(QStringLiteral("p%1").arg(i), QStringLiteral("comment"),
                                   QStringLiteral("thread reply %1").arg(i), c.updatedAt)};
        QVERIFY(m_repo->upsertThread(c, 1));
    }
    QCOMPARE(staleFacets(), 0);

    // Optimistic local effects, one transaction each (as the outbox writes them).
    const auto id = [](int n) {
        return QString::number(100000000 + n);
    };
    for (int i = 0; i < 60; ++i) {
        Transaction transaction(m_store->db());
        const QString conversation = id((i * 53) % m_count);
        switch (i % 6) {
        case 0:
            QVERIFY(m_repo->setState(conversation, i % 4 ? State::Closed : State::Snoozed, now));
            break;
        case 1:
            QVERIFY(m_repo->setAssignees(conversation, QStringLiteral("7"), QString()));
            break;
        case 2:
            QVERIFY(m_repo->setPriority(conversation, Priority::Urgent));
            break;
        case 3:
            QVERIFY(m_repo->addTag(conversation, QStringLiteral("510")));
            break;
        case 4:
            QVERIFY(m_repo->removeTag(conversation, QStringLiteral("511")));
            break;
        default:
            QVERIFY(m_repo->setState(conversation, State::Open));
        }
        QVERIFY(transaction.commit());
    }
    QCOMPARE(staleFacets(), 0);

    // A local effect rolled back leaves the document as it was.
    {
        Transaction transaction(m_store->db());
        QVERIFY(m_repo->setAssignees(id(1), QStringLiteral("19"), QStringLiteral("104")));
        QVERIFY(m_repo->addTag(id(1), QStringLiteral("599")));
    }
    QCOMPARE(staleFacets(), 0);
    for (int i = 0; i < 5; ++i)
        QVERIFY(m_repo->remove(id(i * 101 + 3)));
    QCOMPARE(staleFacets(), 0);
    QCOMPARE(m_store->db().scalar(QStringLiteral("SELECT COUNT(*) FROM search_deferred")).toInt(),
             0);
}

void TestSearchFacets::facetTokens()
{
    using Facet = SearchIndex::Facet;
    // The C++ spelling of a token is the schema's (the view's hex() is upper case UTF-8).
    const QString expectedAdmin = QChar(SearchIndex::facetMark) + QStringLiteral("a3137");
    QCOMPARE(SearchIndex::facetToken(Facet::Admin, QStringLiteral("17")), expectedAdmin);
    QCOMPARE(SearchIndex::facetToken(Facet::Tag, QStringLiteral("é")),
             QChar(SearchIndex::facetMark) + QStringLiteral("gC3A9"));
    QCOMPARE(SearchIndex::facetToken(Facet::State, QStringLiteral("open")),
             QChar(SearchIndex::facetMark) + QStringLiteral("sopen"));
    const QString stored
        = m_store->db()
              .scalar(QStringLiteral("SELECT facets FROM conversation_facets WHERE id = ?"),
                      {QStringLiteral("100000017")})
              .toString();
    const std::optional<ConversationSummary> row = m_repo->summary(QStringLiteral("100000017"));
    QVERIFY(row);
    QVERIFY(stored.split(QLatin1Char(' '))
                .contains(SearchIndex::facetToken(Facet::Admin, row->adminAssigneeId)));
    // Typed text never reaches a facet token, not even as a prefix.
    ConversationFilter typed;
    typed.text = QChar(SearchIndex::facetMark) + QStringLiteral("sopen");
    QCOMPARE(m_repo->count(typed), 0);
    typed.text = QChar(SearchIndex::facetMark);
    QCOMPARE(m_repo->count(typed), 0);
    QCOMPARE(ConversationFilterSql::facetExpression(ConversationFilter()), QString());
}

void TestSearchFacets::writesOutsideBatchKeepFacets()
{
    // A tag row written directly (no repository): the trigger still follows it.
    const QString id = QStringLiteral("100000042");
    QVERIFY(m_store->db().exec(QStringLiteral("INSERT INTO conversation_tags VALUES (?, '777')"),
                               {id}));
    QCOMPARE(staleFacets(), 0);
    ConversationFilter filter;
    filter.tagId = QStringLiteral("777");
    filter.text = m_repo->summary(id)->title.section(QLatin1Char(' '), 0, 0);
    QCOMPARE(ranked(filter), QSet<QString>{id});
    QVERIFY(
        m_store->db().exec(QStringLiteral("DELETE FROM conversation_tags WHERE tag_id = '777'")));
    QCOMPARE(ranked(filter), QSet<QString>());
}

QSet<QString> TestSearchFacets::expected(const ConversationFilter &filter)
{
    QSet<qint64> textDocs;
    m_store->db().select(QStringLiteral("SELECT rowid FROM conversation_search"
                                        " WHERE conversation_search MATCH ?"),
                         {ConversationFilterSql::matchExpression(filter.text)},
                         [&](const QSqlQuery &row) { textDocs.insert(row.value(0).toLongLong()); });
    if (m_rows.isEmpty()) // the store no longer changes once the queries are compared
        m_rows = m_repo->page(ConversationFilter(), ConversationSort::UpdatedNewest, 100000).rows;
    QSet<QString> result;
    for (const ConversationSummary &row : std::as_const(m_rows)) {
        if (textDocs.contains(row.docId) && matchesIgnoringText(filter, row))
            result.insert(row.id);
    }
    return result;
}

QSet<QString> TestSearchFacets::listed(const ConversationFilter &filter)
{
    QSet<QString> ids;
    ConversationPage page;
    do {
        page = m_repo->page(filter, ConversationSort::UpdatedNewest, 40, page.next);
        for (const ConversationSummary &row : std::as_const(page.rows))
            ids.insert(row.id);
    } while (page.hasMore);
    return ids;
}

QSet<QString> TestSearchFacets::ranked(const ConversationFilter &filter)
{
    QSet<QString> ids;
    for (const SearchHit &hit : m_repo->search(filter, m_count))
        ids.insert(hit.id);
    return ids;
}

void TestSearchFacets::agreesWithFilter_data()
{
    QTest::addColumn<ConversationFilter>("filter");
    const QList<QPair<const char *, QList<State>>> states = {
        {"any", {}}, {"open", {State::Open}}, {"closed+snoozed", {State::Closed, State::Snoozed}}};
    const QList<QPair<const char *, QString>> admins
        = {{"any", QString()}, {"none", QStringLiteral("0")}, {"7", QStringLiteral("7")}};
    const QList<QPair<const char *, QString>> teams
        = {{"any", QString()}, {"none", QStringLiteral("0")}, {"101", QStringLiteral("101")}};
    const QList<QPair<const char *, QString>> tags
        = {{"any", QString()}, {"510", QStringLiteral("510")}};
    const QList<QPair<const char *, QList<Priority>>> priorities
        = {{"any", {}},
           {"none", {Priority::None}},
           {"yes", {Priority::Low, Priority::Medium, Priority::High, Priority::Urgent}}};
    for (const auto &state : states) {
        for (const auto &admin : admins) {
            for (const auto &team : teams) {
                for (const auto &tag : tags) {
                    for (const auto &priority : priorities) {
                        ConversationFilter filter;
                        filter.states = state.second;
                        filter.adminAssigneeId = admin.second;
                        filter.teamAssigneeId = team.second;
                        filter.tagId = tag.second;
                        filter.priorities = priority.second;
                        QTest::addRow("state-%s/admin-%s/team-%s/tag-%s/priority-%s", state.first,
                                      admin.first, team.first, tag.first, priority.first)
                            << filter;
                    }
                }
            }
        }
    }
    // The date ranges stay SQL: with facets and alone.
    ConversationFilter dated = ConversationFilter::allOpen();
    dated.updatedFrom = 1750000000 - 30 * 86400;
    dated.createdTo = 1750000000 - 40 * 86400;
    QTest::newRow("dates/open") << dated;
    dated.states.clear();
    QTest::newRow("dates/only") << dated;
}

void TestSearchFacets::agreesWithFilter()
{
    QFETCH(ConversationFilter, filter);
    for (const QString &text : texts()) {
        filter.text = text;
        const QSet<QString> want = expected(filter);
        QCOMPARE(listed(filter), want);
        QCOMPARE(m_repo->count(filter), int(want.size()));
        QCOMPARE(ranked(filter), want);
    }
}

void TestSearchFacets::agreesWithParsedSearch_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("mine") << QStringLiteral("assignee:me is:open invoice");
    QTest::newRow("excluded-tag") << QStringLiteral("-tag:tag-510 lo");
    QTest::newRow("excluded-tags/open")
        << QStringLiteral("is:open -tag:tag-510 -tag:tag-511 invoice");
    QTest::newRow("two-tags") << QStringLiteral("tag:tag-510 tag:tag-511 lo");
    QTest::newRow("team/priority") << QStringLiteral("team:\"Team 101\" priority:yes refund");
    QTest::newRow("unassigned/states") << QStringLiteral("is:closed is:snoozed assignee:none lo");
    QTest::newRow("unread/no-team") << QStringLiteral("is:unread team:none invoice");
    QTest::newRow("dates") << QStringLiteral("updated:>2025-05-20 created:<2025-05-10 is:open lo");
    QTest::newRow("priority/no") << QStringLiteral("priority:no assignee:Agent-3 lo");
}

void TestSearchFacets::agreesWithParsedSearch()
{
    QFETCH(QString, query);
    SearchVocabulary vocabulary;
    vocabulary.meAdminId = QStringLiteral("7");
    for (int i = 1; i <= 20; ++i)
        vocabulary.admins.append(
            storetest::admin(QString::number(i), QStringLiteral("Agent-%1").arg(i)));
    for (int i = 100; i < 105; ++i)
        vocabulary.teams.append(
            storetest::team(QString::number(i), QStringLiteral("Team %1").arg(i)));
    for (int i = 500; i < 530; ++i)
        vocabulary.tags.append(storetest::tag(QString::number(i), QStringLiteral("tag-%1").arg(i)));
    SearchParser parser(vocabulary);
    parser.setNow(QDateTime::fromSecsSinceEpoch(1750000000));
    const ParsedSearch parsed = parser.parse(query);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.errors.value(0).message));
    // As the results list shows them: the store's rows, narrowed in memory.
    const auto narrowed = [&](const QSet<QString> &ids) {
        QSet<QString> kept;
        for (const QString &id : ids) {
            if (parsed.acceptsLocally(*m_repo->summary(id)))
                kept.insert(id);
        }
        return kept;
    };
    const QSet<QString> want = narrowed(expected(parsed.filter));
    QVERIFY(!expected(parsed.filter).isEmpty());
    QCOMPARE(narrowed(listed(parsed.filter)), want);
    QCOMPARE(narrowed(ranked(parsed.filter)), want);
}

QTEST_GUILESS_MAIN(TestSearchFacets)
#include "tst_searchfacets.moc"
