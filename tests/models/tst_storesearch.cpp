#include "storefixture.h"

#include "models/store/contactrepository.h"
#include "models/store/conversationfiltersql.h"
#include "models/store/conversationrepository.h"

using namespace models;

class TestStoreSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void finds_data();
    void finds();
    void ranking();
    void filtersApply();
    void updateKeepsIndexInSync();
    void deleteKeepsIndexInSync();
    void contactSyncedLater();
    void textFilterInViews();
    void matchExpression_data();
    void matchExpression();
    void boundedRanking_data();
    void boundedRanking();
    void commonTextPagesInUpdatedOrder();

private:
    void fillBoundedStore();
    QStringList ids(const QString &text, const ConversationFilter &base = {});
    std::unique_ptr<storetest::TempStore> m_store;
    std::unique_ptr<ConversationRepository> m_repo;
    // More conversations than search() ranks, for its bounded path.
    std::unique_ptr<storetest::TempStore> m_bigStore;
    int m_bigCount = 0;
};

QStringList TestStoreSearch::ids(const QString &text, const ConversationFilter &base)
{
    ConversationFilter filter = base;
    filter.text = text;
    QStringList result;
    for (const SearchHit &hit : m_repo->search(filter, 50))
        result.append(hit.id);
    return result;
}

void TestStoreSearch::initTestCase()
{
    m_store = std::make_unique<storetest::TempStore>();
    m_repo = std::make_unique<ConversationRepository>(m_store->db());

    api::Conversation a
        = storetest::conversation(QStringLiteral("A"), 100, QStringLiteral("Refund request"));
    api::Conversation b
        = storetest::conversation(QStringLiteral("B"), 110, QStringLiteral("Hello"));
    b.parts = {storetest::part(QStringLiteral("b1"), QStringLiteral("comment"),
                               QStringLiteral("<p>My <strong>package</strong> never "
                                              "arrived</p>"),
                               111)};
    api::Conversation c
        = storetest::conversation(QStringLiteral("C"), 120, QStringLiteral("Hello"));
    c.parts = {storetest::part(QStringLiteral("c1"), QStringLiteral("note"),
                               QStringLiteral("Customer is VIP, escalate"), 121)};
    api::Conversation d
        = storetest::conversation(QStringLiteral("D"), 130, QStringLiteral("Hello"));
    d.contacts = {storetest::ref(QStringLiteral("contact"), QStringLiteral("u-d"),
                                 QStringLiteral("Zelda Fitzgerald"),
                                 QStringLiteral("zelda@jazz.example"))};
    api::Conversation e
        = storetest::conversation(QStringLiteral("E"), 140, QStringLiteral("Invoice copy"));
    api::Conversation f
        = storetest::conversation(QStringLiteral("F"), 150, QStringLiteral("Hello"));
    f.source.body = QStringLiteral("A long message about many things, the weather, the team, "
                                   "the product roadmap and at some point an invoice, and more.");
    f.state = api::Conversation::State::Closed;
    QVERIFY(m_repo->upsertConversations({a, e, f}));
    for (const api::Conversation &thread : {b, c, d})
        QVERIFY(m_repo->upsertThread(thread, 1));
}

void TestStoreSearch::finds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("title") << QStringLiteral("refund") << QStringList{QStringLiteral("A")};
    QTest::newRow("title/prefix") << QStringLiteral("refu") << QStringList{QStringLiteral("A")};
    QTest::newRow("title/case") << QStringLiteral("REFUND") << QStringList{QStringLiteral("A")};
    QTest::newRow("part/text") << QStringLiteral("package arrived")
                               << QStringList{QStringLiteral("B")};
    QTest::newRow("part/markup-not-indexed") << QStringLiteral("strong") << QStringList{};
    QTest::newRow("note") << QStringLiteral("escalate") << QStringList{QStringLiteral("C")};
    QTest::newRow("contact/name") << QStringLiteral("zelda") << QStringList{QStringLiteral("D")};
    QTest::newRow("contact/surname")
        << QStringLiteral("Fitzgerald") << QStringList{QStringLiteral("D")};
    QTest::newRow("contact/email")
        << QStringLiteral("zelda@jazz.example") << QStringList{QStringLiteral("D")};
    QTest::newRow("first-message") << QStringLiteral("weather") << QStringList{QStringLiteral("F")};
    QTest::newRow("all-words-required") << QStringLiteral("refund package") << QStringList{};
    QTest::newRow("operators-literal") << QStringLiteral("refund OR package") << QStringList{};
    QTest::newRow("punctuation-only") << QStringLiteral("!!! ...") << QStringList{};
    QTest::newRow("unknown") << QStringLiteral("xylophone") << QStringList{};
}

void TestStoreSearch::finds()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(ids(text), expected);
}

void TestStoreSearch::ranking()
{
    // A title hit ranks above a passing mention in a long first message.
    QCOMPARE(ids(QStringLiteral("invoice")),
             (QStringList{QStringLiteral("E"), QStringLiteral("F")}));
    const QList<SearchHit> hits = m_repo->search(
        [] {
            ConversationFilter f;
            f.text = QStringLiteral("invoice");
            return f;
        }(),
        10);
    QCOMPARE(hits.size(), 2);
    QVERIFY(hits.at(0).score < hits.at(1).score); // bm25: lower is better
    // The limit is applied after ranking.
    ConversationFilter one;
    one.text = QStringLiteral("invoice");
    QCOMPARE(m_repo->search(one, 1).value(0).id, QStringLiteral("E"));
}

void TestStoreSearch::filtersApply()
{
    QCOMPARE(ids(QStringLiteral("invoice"), ConversationFilter::closed()),
             QStringList{QStringLiteral("F")});
    QCOMPARE(ids(QStringLiteral("invoice"), ConversationFilter::allOpen()),
             QStringList{QStringLiteral("E")});
    QCOMPARE(ids(QStringLiteral("invoice"), ConversationFilter::mine(QStringLiteral("a1"))),
             QStringList{});
}

void TestStoreSearch::updateKeepsIndexInSync()
{
    api::Conversation a
        = storetest::conversation(QStringLiteral("A"), 200, QStringLiteral("Billing question"));
    QVERIFY(m_repo->upsertConversations({a}));
    QCOMPARE(ids(QStringLiteral("refund")), QStringList{});
    QCOMPARE(ids(QStringLiteral("billing")), QStringList{QStringLiteral("A")});
    // One document per conversation, whatever the number of writes.
    QCOMPARE(
        m_store->db().scalar(QStringLiteral("SELECT COUNT(*) FROM conversation_search")).toInt(),
        m_store->db().scalar(QStringLiteral("SELECT COUNT(*) FROM conversations")).toInt());

    // A part edited (e.g. redacted) is reindexed; a list update keeps the parts' text.
    QVERIFY(m_repo->upsertParts(QStringLiteral("B"),
                                {storetest::part(QStringLiteral("b1"), QStringLiteral("comment"),
                                                 QStringLiteral("<p>redacted</p>"), 111)}));
    QCOMPARE(ids(QStringLiteral("package")), QStringList{});
    QVERIFY(m_repo->upsertConversations({storetest::conversation(QStringLiteral("B"), 300)}));
    QCOMPARE(ids(QStringLiteral("redacted")), QStringList{QStringLiteral("B")});
}

void TestStoreSearch::deleteKeepsIndexInSync()
{
    QVERIFY(m_repo->remove(QStringLiteral("C")));
    QCOMPARE(ids(QStringLiteral("escalate")), QStringList{});
    QCOMPARE(
        m_store->db().scalar(QStringLiteral("SELECT COUNT(*) FROM conversation_search")).toInt(),
        m_store->db().scalar(QStringLiteral("SELECT COUNT(*) FROM conversations")).toInt());
}

void TestStoreSearch::contactSyncedLater()
{
    QVERIFY(m_repo->upsertConversations({storetest::conversation(QStringLiteral("G"), 500)}));
    QCOMPARE(ids(QStringLiteral("gregory")), QStringList{});
    api::Contact contact;
    contact.id = QStringLiteral("u-G");
    contact.name = QStringLiteral("Gregory House");
    contact.email = QStringLiteral("greg@clinic.example");
    QVERIFY(ContactRepository(m_store->db()).upsertContacts({contact}));
    QCOMPARE(ids(QStringLiteral("gregory")), QStringList{QStringLiteral("G")});
    QCOMPARE(ids(QStringLiteral("clinic")), QStringList{QStringLiteral("G")});
    QCOMPARE(m_repo->summary(QStringLiteral("G"))->contactName, QStringLiteral("Gregory House"));
}

void TestStoreSearch::textFilterInViews()
{
    ConversationFilter filter = ConversationFilter::allOpen();
    filter.text = QStringLiteral("invoice");
    QCOMPARE(m_repo->count(filter), 1);
    const ConversationPage page = m_repo->page(filter, ConversationSort::UpdatedNewest, 10);
    QCOMPARE(page.rows.size(), 1);
    QCOMPARE(page.rows.at(0).id, QStringLiteral("E"));
    filter.text = QStringLiteral("???");
    QCOMPARE(m_repo->count(filter), 0);
}

void TestStoreSearch::matchExpression_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("one") << QStringLiteral("refund") << QStringLiteral("\"refund\"*");
    QTest::newRow("two") << QStringLiteral(" lost  parcel ")
                         << QStringLiteral("\"lost\" \"parcel\"*");
    QTest::newRow("quote") << QStringLiteral("say\"hi") << QStringLiteral("\"say\"\"hi\"*");
    QTest::newRow("operators") << QStringLiteral("NOT x*") << QStringLiteral("\"NOT\" \"x*\"*");
    QTest::newRow("punctuation-dropped")
        << QStringLiteral("- refund") << QStringLiteral("\"refund\"*");
    // The facet tokens' mark (U+E000) never comes from typed text.
    QTest::newRow("facet-mark-dropped")
        << QStringLiteral("\uE000sopen \uE000") << QStringLiteral("\"sopen\"*");
}

void TestStoreSearch::matchExpression()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ConversationFilterSql::matchExpression(text), expected);
}

// n0 … n(count-1), stored oldest first (doc_id order): every one mentions "ticket" in its
// message; the three newest and n0 (outside the newest candidates) have it in the title; "zebra"
// is in n0's title and the newest one's message; seven recent ones are closed.
void TestStoreSearch::commonTextPagesInUpdatedOrder()
{
    // A text in more than searchCandidates conversations is paged by walking updated_at (see
    // ConversationRepository::page): the pages must be exactly the sorted matches.
    if (!m_bigStore)
        fillBoundedStore();
    ConversationRepository repo(m_bigStore->db());
    api::Conversation moved = storetest::conversation(QStringLiteral("n5"), 900000);
    moved.source.body = QStringLiteral("<p>Hello, about the ticket number 5</p>");
    QVERIFY(repo.upsertConversations({moved}));

    QList<QPair<qint64, QString>> open; // what the view holds, by (updated_at, doc_id order)
    for (int i = 0; i < m_bigCount; ++i) {
        if (i >= m_bigCount - 10 && i < m_bigCount - 3)
            continue; // closed
        open.append({i == 5 ? 900000 : 1000 + i, QStringLiteral("n%1").arg(i)});
    }
    std::sort(open.begin(), open.end());
    ConversationFilter filter = ConversationFilter::allOpen();
    filter.text = QStringLiteral("ticket");
    for (const ConversationSort sort : {ConversationSort::UpdatedNewest,
                                        ConversationSort::UpdatedOldest}) {
        QStringList expected;
        for (const auto &entry : std::as_const(open))
            expected.append(entry.second);
        if (sort == ConversationSort::UpdatedNewest)
            std::reverse(expected.begin(), expected.end());
        const ConversationPage first = repo.page(filter, sort, 50);
        const ConversationPage second = repo.page(filter, sort, 50, first.next);
        QStringList got;
        for (const ConversationSummary &row : first.rows + second.rows)
            got.append(row.id);
        QCOMPARE(got, expected.mid(0, 100));
        QVERIFY(second.hasMore);
    }
    QCOMPARE(repo.count(filter), int(open.size()));
}

void TestStoreSearch::fillBoundedStore()
{
    m_bigStore = std::make_unique<storetest::TempStore>();
    m_bigCount = ConversationRepository::searchCandidates + 20;
    QList<api::Conversation> all;
    for (int i = 0; i < m_bigCount; ++i) {
        api::Conversation c = storetest::conversation(QStringLiteral("n%1").arg(i), 1000 + i);
        c.source.body = QStringLiteral("<p>Hello, about the ticket number %1</p>").arg(i);
        if (i == 0 || i >= m_bigCount - 3)
            c.title = QStringLiteral("Ticket %1").arg(i);
        if (i == 0)
            c.title += QStringLiteral(" zebra");
        if (i == m_bigCount - 1)
            c.source.body += QStringLiteral("<p>zebra</p>");
        if (i >= m_bigCount - 10 && i < m_bigCount - 3) {
            c.state = api::Conversation::State::Closed;
            c.open = false;
        }
        all.append(c);
    }
    QVERIFY(ConversationRepository(m_bigStore->db()).upsertConversations(all));
}

void TestStoreSearch::boundedRanking_data()
{
    fillBoundedStore();
    const int last = m_bigCount - 1;
    const auto n = [](int i) {
        return QStringLiteral("n%1").arg(i);
    };
    const QStringList newestTitles{n(last), n(last - 1), n(last - 2)};
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("openOnly");
    QTest::addColumn<QStringList>("top");      // the first hits, in any order
    QTest::addColumn<QStringList>("excluded"); // never among the hits
    QTest::addColumn<int>("count");
    // A text in every conversation is ranked over the newest candidates only: title hits
    // first, the old title hit beyond the candidates left out.
    QTest::newRow("common/word") << QStringLiteral("ticket") << false << newestTitles
                                 << QStringList{n(0)} << 50;
    QTest::newRow("common/prefix-indexed")
        << QStringLiteral("tick") << false << newestTitles << QStringList{n(0)} << 50;
    QTest::newRow("common/prefix-long")
        << QStringLiteral("ticke") << false << newestTitles << QStringList{n(0)} << 50;
    QTest::newRow("common/two-words")
        << QStringLiteral("about ticket") << false << newestTitles << QStringList{n(0)} << 50;
    // The filter applies before the bound: still a full page, none of the closed ones.
    QTest::newRow("common/filter")
        << QStringLiteral("ticket") << true << newestTitles
        << QStringList{n(last - 3), n(last - 4), n(last - 9), n(0)} << 50;
    // A rarer text is ranked over all its matches: the old title hit first.
    QTest::newRow("rare/title-first")
        << QStringLiteral("zebra") << false << QStringList{n(0)} << QStringList{} << 2;
    QTest::newRow("rare/with-common")
        << QStringLiteral("zebra ticket") << false << QStringList{n(0)} << QStringList{} << 2;
}

void TestStoreSearch::boundedRanking()
{
    QFETCH(QString, text);
    QFETCH(bool, openOnly);
    QFETCH(QStringList, top);
    QFETCH(QStringList, excluded);
    QFETCH(int, count);
    ConversationFilter filter = openOnly ? ConversationFilter::allOpen() : ConversationFilter();
    filter.text = text;
    QStringList found;
    for (const SearchHit &hit : ConversationRepository(m_bigStore->db()).search(filter, 50))
        found.append(hit.id);
    QCOMPARE(found.size(), count);
    QStringList first = found.mid(0, top.size());
    first.sort();
    top.sort();
    QCOMPARE(first, top);
    for (const QString &id : std::as_const(excluded))
        QVERIFY2(!found.contains(id), qPrintable(id));
}

QTEST_GUILESS_MAIN(TestStoreSearch)
#include "tst_storesearch.moc"
