#include "storefixture.h"

#include "models/store/contactrepository.h"
#include "models/store/conversationrepository.h"

#include <QJsonArray>

using namespace models;
using State = api::Conversation::State;
using Priority = api::Conversation::Priority;

class TestConversationRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void everyColumn();
    void nullsAndDefaults();
    void unicode_data();
    void unicode();
    void olderSnapshotIgnored();
    void tagsReplaced();
    void threadRoundTrip();
    void largeBodies();
    void partsStateFollowsUpdates();
    void contactNameFromContactsTable();
    void removeCascades();
    void localEffects();
    void malformedSkipped();

private:
    std::unique_ptr<storetest::TempStore> m_store;
    std::unique_ptr<ConversationRepository> m_repo;
};

void TestConversationRepository::init()
{
    m_repo.reset();
    m_store = std::make_unique<storetest::TempStore>();
    m_repo = std::make_unique<ConversationRepository>(m_store->db());
}

void TestConversationRepository::everyColumn()
{
    api::Conversation c
        = storetest::conversation(QStringLiteral("42"), 2000, QStringLiteral("Refund"));
    c.createdAt = 1500;
    c.waitingSince = 1900;
    c.snoozedUntil = 5000;
    c.state = State::Snoozed;
    c.open = true;
    c.read = true;
    c.priority = Priority::Urgent;
    c.adminAssigneeId = QStringLiteral("a7");
    c.teamAssigneeId = QStringLiteral("t3");
    c.contacts = {storetest::ref(QStringLiteral("contact"), QStringLiteral("u1"),
                                 QStringLiteral("Jane Roe"), QStringLiteral("jane@example.com"))};
    c.source.body = QStringLiteral("<p>My <b>invoice</b> is wrong</p>");
    c.tags = {storetest::tag(QStringLiteral("t-b"), QStringLiteral("billing")),
              storetest::tag(QStringLiteral("t-a"), QStringLiteral("vip"))};
    c.rawJson = QJsonObject{{QStringLiteral("id"), QStringLiteral("42")},
                            {QStringLiteral("custom_attributes"),
                             QJsonObject{{QStringLiteral("plan"), QStringLiteral("pro")}}}};
    QVERIFY(m_repo->upsertConversations({c}));

    const auto s = m_repo->summary(QStringLiteral("42"));
    QVERIFY(s.has_value());
    QVERIFY(s->docId > 0);
    QCOMPARE(s->id, QStringLiteral("42"));
    QCOMPARE(s->title, QStringLiteral("Refund"));
    QCOMPARE(s->state, State::Snoozed);
    QCOMPARE(s->open, true);
    QCOMPARE(s->read, true);
    QCOMPARE(s->priority, Priority::Urgent);
    QCOMPARE(s->adminAssigneeId, QStringLiteral("a7"));
    QCOMPARE(s->teamAssigneeId, QStringLiteral("t3"));
    QCOMPARE(s->contactId, QStringLiteral("u1"));
    QCOMPARE(s->contactName, QStringLiteral("Jane Roe"));
    QCOMPARE(s->contactEmail, QStringLiteral("jane@example.com"));
    QCOMPARE(s->createdAt, 1500);
    QCOMPARE(s->updatedAt, 2000);
    QCOMPARE(s->waitingSince, 1900);
    QCOMPARE(s->snoozedUntil, 5000);
    QCOMPARE(s->snippet, QStringLiteral("My invoice is wrong"));
    QCOMPARE(s->tagIds, (QStringList{QStringLiteral("t-a"), QStringLiteral("t-b")}));
    QCOMPARE(s->partsState(), ConversationSummary::PartsState::None);

    const auto full = m_repo->conversation(QStringLiteral("42"));
    QVERIFY(full.has_value());
    QCOMPARE(full->customAttributes.value(QStringLiteral("plan")).toString(),
             QStringLiteral("pro"));
    QCOMPARE(full->tags.size(), 2);
    QCOMPARE(full->tags.at(1).name, QStringLiteral("billing"));
    QCOMPARE(full->priority, Priority::Urgent);
    QCOMPARE(m_repo->maxUpdatedAt(), 2000);
}

void TestConversationRepository::nullsAndDefaults()
{
    api::Conversation c;
    c.id = QStringLiteral("bare");
    QVERIFY(m_repo->upsertConversations({c}));
    const auto s = m_repo->summary(QStringLiteral("bare"));
    QVERIFY(s.has_value());
    QCOMPARE(s->state, State::Unknown);
    QCOMPARE(s->adminAssigneeId, QStringLiteral("0"));
    QCOMPARE(s->teamAssigneeId, QStringLiteral("0"));
    QVERIFY(s->contactId.isEmpty());
    QVERIFY(s->contactName.isEmpty());
    QCOMPARE(s->waitingSince, 0);
    QCOMPARE(s->snoozedUntil, 0);
    QVERIFY(s->tagIds.isEmpty());
    QVERIFY(s->snippet.isEmpty());
    // Optional timestamps are NULL in the table, not 0.
    QVERIFY(m_store->db()
                .scalar(QStringLiteral("SELECT waiting_since FROM conversations WHERE id = 'bare'"))
                .isNull());
    QVERIFY(m_store->db()
                .scalar(QStringLiteral("SELECT raw_json FROM conversations WHERE id = 'bare'"))
                .isNull());
    const auto full = m_repo->conversation(QStringLiteral("bare"));
    QVERIFY(full.has_value());
    QVERIFY(full->parts.isEmpty());
    QVERIFY(!m_repo->summary(QStringLiteral("missing")).has_value());
    QVERIFY(!m_repo->conversation(QStringLiteral("missing")).has_value());
}

void TestConversationRepository::unicode_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("accents") << QStringLiteral("Café crème – déjà vu");
    QTest::newRow("cjk") << QStringLiteral("注文が届きません");
    QTest::newRow("emoji") << QStringLiteral("Order 📦 lost 😢");
    QTest::newRow("rtl") << QStringLiteral("طلبي لم يصل");
    QTest::newRow("quotes") << QStringLiteral("it's \"quoted\"; DROP TABLE x; --");
}

void TestConversationRepository::unicode()
{
    QFETCH(QString, text);
    api::Conversation c = storetest::conversation(QStringLiteral("u"), 10, text);
    c.contacts = {storetest::ref(QStringLiteral("contact"), QStringLiteral("c"), text)};
    c.source.body = text;
    QVERIFY(m_repo->upsertConversations({c}));
    const auto s = m_repo->summary(QStringLiteral("u"));
    QCOMPARE(s->title, text);
    QCOMPARE(s->contactName, text);
    QCOMPARE(s->snippet, text);
}

void TestConversationRepository::olderSnapshotIgnored()
{
    QVERIFY(m_repo->upsertConversations(
        {storetest::conversation(QStringLiteral("1"), 200, QStringLiteral("new title"))}));
    QVERIFY(m_repo->upsertConversations(
        {storetest::conversation(QStringLiteral("1"), 100, QStringLiteral("old title"))}));
    QCOMPARE(m_repo->summary(QStringLiteral("1"))->title, QStringLiteral("new title"));
    // Same updated_at is accepted (a re-read after a local change).
    QVERIFY(m_repo->upsertConversations(
        {storetest::conversation(QStringLiteral("1"), 200, QStringLiteral("same time"))}));
    QCOMPARE(m_repo->summary(QStringLiteral("1"))->title, QStringLiteral("same time"));
}

void TestConversationRepository::tagsReplaced()
{
    api::Conversation c = storetest::conversation(QStringLiteral("1"), 100);
    c.tags = {storetest::tag(QStringLiteral("a"), QStringLiteral("A")),
              storetest::tag(QStringLiteral("b"), QStringLiteral("B"))};
    QVERIFY(m_repo->upsertConversations({c}));
    c.updatedAt = 101;
    c.tags = {storetest::tag(QStringLiteral("b")), storetest::tag(QStringLiteral("c"))};
    QVERIFY(m_repo->upsertConversations({c}));
    QCOMPARE(m_repo->summary(QStringLiteral("1"))->tagIds,
             (QStringList{QStringLiteral("b"), QStringLiteral("c")}));
    // The embedded names fill the tags table; an unnamed embed doesn't erase a name.
    QCOMPARE(
        m_store->db().scalar(QStringLiteral("SELECT name FROM tags WHERE id = 'b'")).toString(),
        QStringLiteral("B"));
}

void TestConversationRepository::threadRoundTrip()
{
    api::Conversation c = storetest::conversation(QStringLiteral("9"), 300);
    api::ConversationPart reply = storetest::part(QStringLiteral("p1"), QStringLiteral("comment"),
                                                  QStringLiteral("<p>Hi</p>"), 210);
    api::Attachment file;
    file.type = QStringLiteral("upload");
    file.name = QStringLiteral("invoice.pdf");
    file.url = QStringLiteral("https://files.test/i.pdf");
    file.contentType = QStringLiteral("application/pdf");
    file.fileSize = 12345;
    file.width = 0;
    reply.attachments = {file};
    api::ConversationPart note = storetest::part(QStringLiteral("p0"), QStringLiteral("note"),
                                                 QStringLiteral("internal"), 205);
    api::ConversationPart empty; // no id: skipped
    c.parts = {reply, note, empty};
    c.partsTotalCount = 2;
    c.rawJson = QJsonObject{
        {QStringLiteral("conversation_parts"), QJsonObject{{QStringLiteral("total_count"), 2}}}};
    QVERIFY(m_repo->upsertThread(c, 777));

    const QList<api::ConversationPart> parts = m_repo->parts(QStringLiteral("9"));
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts.at(0).id, QStringLiteral("p0")); // oldest first
    QCOMPARE(parts.at(0).partType, QStringLiteral("note"));
    QCOMPARE(parts.at(1).body, QStringLiteral("<p>Hi</p>"));
    QCOMPARE(parts.at(1).createdAt, 210);
    QCOMPARE(parts.at(1).author.type, QStringLiteral("admin"));
    QCOMPARE(parts.at(1).author.id, QStringLiteral("a1"));
    QCOMPARE(parts.at(1).author.name, QStringLiteral("Alice"));
    QCOMPARE(parts.at(1).attachments.size(), 1);
    QCOMPARE(parts.at(1).attachments.at(0).name, QStringLiteral("invoice.pdf"));
    QCOMPARE(parts.at(1).attachments.at(0).contentType, QStringLiteral("application/pdf"));
    QCOMPARE(parts.at(1).attachments.at(0).fileSize, 12345);
    QVERIFY(parts.at(0).attachments.isEmpty());

    const auto s = m_repo->summary(QStringLiteral("9"));
    QCOMPARE(s->partsSyncedAt, 777);
    QCOMPARE(s->partsUpdatedAt, 300);
    QCOMPARE(s->partsTotalCount, 2);
    QCOMPARE(s->partsState(), ConversationSummary::PartsState::Done);
    // Parts are not duplicated inside the stored raw JSON.
    QVERIFY(!m_store->db()
                 .scalar(QStringLiteral("SELECT raw_json FROM conversations WHERE id = '9'"))
                 .toString()
                 .contains(QStringLiteral("conversation_parts")));
    const auto full = m_repo->conversation(QStringLiteral("9"));
    QCOMPARE(full->parts.size(), 2);

    // Optimistic part, then its removal.
    QVERIFY(m_repo->upsertParts(
        QStringLiteral("9"), {storetest::part(QStringLiteral("local-1"), QStringLiteral("comment"),
                                              QStringLiteral("sending…"), 400)}));
    QCOMPARE(m_repo->parts(QStringLiteral("9")).size(), 3);
    QVERIFY(m_repo->removePart(QStringLiteral("9"), QStringLiteral("local-1")));
    QCOMPARE(m_repo->parts(QStringLiteral("9")).size(), 2);
    QCOMPARE(m_repo->summary(QStringLiteral("9"))->partsSyncedAt, 777); // untouched
    // Parts of an unknown conversation are refused.
    QVERIFY(!m_repo->upsertParts(QStringLiteral("nope"), {reply}));
}

void TestConversationRepository::largeBodies()
{
    QString body = QStringLiteral("<p>");
    for (int i = 0; i < 20000; ++i)
        body += QStringLiteral("word%1 ").arg(i);
    body += QStringLiteral("needle</p>");
    QVERIFY(body.size() > 100000);
    api::Conversation c = storetest::conversation(QStringLiteral("big"), 10);
    c.source.body = body;
    c.parts = {storetest::part(QStringLiteral("bp"), QStringLiteral("comment"), body, 11)};
    QVERIFY(m_repo->upsertThread(c, 1));
    QCOMPARE(m_repo->parts(QStringLiteral("big")).value(0).body, body);
    QCOMPARE(m_repo->summary(QStringLiteral("big"))->snippet.size(), 200);
    ConversationFilter filter;
    filter.text = QStringLiteral("needle");
    QCOMPARE(m_repo->search(filter, 10).size(), 1);
}

void TestConversationRepository::partsStateFollowsUpdates()
{
    api::Conversation c = storetest::conversation(QStringLiteral("s"), 100);
    QVERIFY(m_repo->upsertThread(c, 5));
    QCOMPARE(m_repo->summary(QStringLiteral("s"))->partsState(),
             ConversationSummary::PartsState::Done);
    c.updatedAt = 150; // a list page says it changed since
    QVERIFY(m_repo->upsertConversations({c}));
    QCOMPARE(m_repo->summary(QStringLiteral("s"))->partsState(),
             ConversationSummary::PartsState::Stale);
}

void TestConversationRepository::contactNameFromContactsTable()
{
    api::Contact contact;
    contact.id = QStringLiteral("u-5");
    contact.name = QStringLiteral("Known Person");
    contact.email = QStringLiteral("known@example.com");
    QVERIFY(ContactRepository(m_store->db()).upsertContacts({contact}));
    // The list item only carries the contact's id.
    QVERIFY(m_repo->upsertConversations({storetest::conversation(QStringLiteral("5"), 10)}));
    const auto s = m_repo->summary(QStringLiteral("5"));
    QCOMPARE(s->contactId, QStringLiteral("u-5"));
    QCOMPARE(s->contactName, QStringLiteral("Known Person"));
    QCOMPARE(s->contactEmail, QStringLiteral("known@example.com"));
    // A later update without names keeps them.
    QVERIFY(m_repo->upsertConversations({storetest::conversation(QStringLiteral("5"), 11)}));
    QCOMPARE(m_repo->summary(QStringLiteral("5"))->contactName, QStringLiteral("Known Person"));
}

void TestConversationRepository::removeCascades()
{
    api::Conversation c = storetest::conversation(QStringLiteral("r"), 10);
    c.tags = {storetest::tag(QStringLiteral("x"))};
    c.parts = {
        storetest::part(QStringLiteral("rp"), QStringLiteral("comment"), QStringLiteral("b"), 1)};
    QVERIFY(m_repo->upsertThread(c, 1));
    QVERIFY(m_repo->remove(QStringLiteral("r")));
    QVERIFY(!m_repo->summary(QStringLiteral("r")).has_value());
    Database &db = m_store->db();
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM parts")).toInt(), 0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM conversation_tags")).toInt(), 0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM conversation_search")).toInt(), 0);
    QVERIFY(m_repo->remove(QStringLiteral("r"))); // idempotent
}

void TestConversationRepository::localEffects()
{
    QVERIFY(m_repo->upsertConversations({storetest::conversation(QStringLiteral("l"), 10)}));
    const QString id = QStringLiteral("l");
    QVERIFY(m_repo->setState(id, State::Snoozed, 9999));
    QCOMPARE(m_repo->summary(id)->state, State::Snoozed);
    QCOMPARE(m_repo->summary(id)->snoozedUntil, 9999);
    QCOMPARE(m_repo->summary(id)->open, false);
    QVERIFY(m_repo->setState(id, State::Closed));
    QCOMPARE(m_repo->summary(id)->snoozedUntil, 0);
    QVERIFY(m_repo->setRead(id, true));
    QVERIFY(m_repo->setAssignees(id, QStringLiteral("a1"), QString()));
    QVERIFY(m_repo->setPriority(id, Priority::High));
    QVERIFY(m_repo->addTag(id, QStringLiteral("t1")));
    QVERIFY(m_repo->addTag(id, QStringLiteral("t2")));
    QVERIFY(m_repo->removeTag(id, QStringLiteral("t1")));
    const auto s = m_repo->summary(id);
    QCOMPARE(s->read, true);
    QCOMPARE(s->adminAssigneeId, QStringLiteral("a1"));
    QCOMPARE(s->teamAssigneeId, QStringLiteral("0"));
    QCOMPARE(s->priority, Priority::High);
    QCOMPARE(s->tagIds, QStringList{QStringLiteral("t2")});
    // The columns win over the raw JSON.
    QCOMPARE(m_repo->conversation(id)->state, State::Closed);
    QVERIFY(!m_repo->setRead(QStringLiteral("missing"), true));
    QVERIFY(!m_repo->addTag(QStringLiteral("missing"), QStringLiteral("t1")));
}

void TestConversationRepository::malformedSkipped()
{
    api::Conversation noId;
    noId.title = QStringLiteral("no id");
    QVERIFY(m_repo->upsertConversations({noId, storetest::conversation(QStringLiteral("ok"), 1)}));
    QCOMPARE(m_store->db().scalar(QStringLiteral("SELECT COUNT(*) FROM conversations")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestConversationRepository)
#include "tst_conversationrepository.moc"
