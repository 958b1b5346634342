#include "storefixture.h"

#include "models/store/draftrepository.h"

using namespace models;
using Kind = DraftRepository::Kind;

class TestDraftRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTrip_data();
    void roundTrip();
    void replyAndNoteSeparate();
    void overwriteAndClear();
    void survivesReopen();

private:
    std::unique_ptr<storetest::TempStore> m_store;
};

void TestDraftRepository::init()
{
    m_store = std::make_unique<storetest::TempStore>();
}

void TestDraftRepository::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringLiteral("Thanks, looking into it");
    QTest::newRow("unicode") << QStringLiteral("Merci — 谢谢 🙏");
    QTest::newRow("multiline") << QStringLiteral("line 1\n\nline 3\n");
    QTest::newRow("large") << QString(200000, QLatin1Char('x'));
}

void TestDraftRepository::roundTrip()
{
    QFETCH(QString, text);
    DraftRepository drafts(m_store->db());
    QVERIFY(drafts.save(QStringLiteral("c1"), Kind::Reply, text, 1234));
    const auto draft = drafts.load(QStringLiteral("c1"), Kind::Reply);
    QVERIFY(draft.has_value());
    QCOMPARE(draft->text, text);
    QCOMPARE(draft->updatedAt, 1234);
}

void TestDraftRepository::replyAndNoteSeparate()
{
    DraftRepository drafts(m_store->db());
    QVERIFY(drafts.save(QStringLiteral("c1"), Kind::Reply, QStringLiteral("reply")));
    QVERIFY(drafts.save(QStringLiteral("c1"), Kind::Note, QStringLiteral("note")));
    QCOMPARE(drafts.load(QStringLiteral("c1"), Kind::Reply)->text, QStringLiteral("reply"));
    QCOMPARE(drafts.load(QStringLiteral("c1"), Kind::Note)->text, QStringLiteral("note"));
    QVERIFY(drafts.load(QStringLiteral("c1"), Kind::Reply)->updatedAt > 0);
    QVERIFY(!drafts.load(QStringLiteral("c2"), Kind::Reply).has_value());
}

void TestDraftRepository::overwriteAndClear()
{
    DraftRepository drafts(m_store->db());
    QVERIFY(drafts.save(QStringLiteral("c1"), Kind::Reply, QStringLiteral("one"), 1));
    QVERIFY(drafts.save(QStringLiteral("c1"), Kind::Reply, QStringLiteral("two"), 2));
    QCOMPARE(drafts.load(QStringLiteral("c1"), Kind::Reply)->text, QStringLiteral("two"));
    QVERIFY(drafts.save(QStringLiteral("c1"), Kind::Note, QStringLiteral("n"), 3));
    QVERIFY(drafts.clear(QStringLiteral("c1"), Kind::Reply));
    QVERIFY(!drafts.load(QStringLiteral("c1"), Kind::Reply).has_value());
    QVERIFY(drafts.load(QStringLiteral("c1"), Kind::Note).has_value());
    QVERIFY(drafts.save(QStringLiteral("c1"), Kind::Note, QString(), 4)); // empty clears
    QVERIFY(!drafts.load(QStringLiteral("c1"), Kind::Note).has_value());
}

void TestDraftRepository::survivesReopen()
{
    QVERIFY(DraftRepository(m_store->db())
                .save(QStringLiteral("c9"), Kind::Reply, QStringLiteral("keep me")));
    // Visible at once to another connection: the write is committed when save() returns.
    auto other = m_store->openAnother();
    QCOMPARE(DraftRepository(*other).load(QStringLiteral("c9"), Kind::Reply)->text,
             QStringLiteral("keep me"));
}

QTEST_GUILESS_MAIN(TestDraftRepository)
#include "tst_draftrepository.moc"
