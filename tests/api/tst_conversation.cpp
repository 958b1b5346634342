#include "api/conversation.h"
#include "fixture.h"

#include <QTest>

using api::Conversation;

class TestConversation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void parts();
    void priority_data();
    void priority();
    void keepsRawJson();
};

void TestConversation::parse_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("title");
    QTest::addColumn<qint64>("createdAt");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("priority");
    QTest::addColumn<QString>("adminAssignee");
    QTest::addColumn<QString>("teamAssignee");
    QTest::addColumn<int>("tagCount");
    QTest::addColumn<int>("partCount");
    QTest::addColumn<int>("partsTotal");
    QTest::addColumn<QString>("authorId");
    QTest::addColumn<int>("contactCount");

    auto row = [](const char *name, const char *file, const char *id, const char *title,
                  qint64 created, Conversation::State state, Conversation::Priority priority,
                  const char *admin, const char *team, int tags, int parts, int total,
                  const char *author, int contacts) {
        QTest::newRow(name) << QString::fromLatin1(file) << QString::fromLatin1(id)
                            << QString::fromLatin1(title) << created << int(state) << int(priority)
                            << QString::fromLatin1(admin) << QString::fromLatin1(team) << tags
                            << parts << total << QString::fromLatin1(author) << contacts;
    };
    using S = Conversation::State;
    using P = Conversation::Priority;
    row("v2.16/full", "conversation/v216_full.json", "41000123", "Refund for order #5521",
        1763000000, S::Snoozed, P::High, "814", "0", 2, 3, 3, "65a1b2c3d4e5f6a7b8c9d0e1", 1);
    row("v2.15/int-id-null-assignees", "conversation/v215_item.json", "41000124", "", 1600000000,
        S::Open, P::High, "0", "0", 0, 0, 0, "5f00aa", 1);
    row("v2.15/not_priority", "conversation/v215_not_priority.json", "41000125", "", 0, S::Closed,
        P::None, "12", "0", 0, 0, 0, "", 0);
    row("types/wrong", "conversation/wrong_types.json", "41000126", "42", 1763000000, S::Open,
        P::None, "77", "0", 0, 1, 3, "", 0);
    row("fields/unknown", "conversation/unknown_fields.json", "41000127", "Future", 0, S::Open,
        P::Urgent, "0", "9", 0, 1, 900, "", 0);
    row("fields/null", "conversation/nulls.json", "", "", 0, S::Unknown, P::None, "0", "0", 0, 0, 0,
        "", 0);
    row("fields/missing", "conversation/empty.json", "", "", 0, S::Unknown, P::None, "0", "0", 0, 0,
        0, "", 0);
}

void TestConversation::parse()
{
    QFETCH(QString, fixture);
    const Conversation conversation = Conversation::fromJson(loadFixture(fixture));
    QTEST(conversation.id, "id");
    QTEST(conversation.title, "title");
    QTEST(conversation.createdAt, "createdAt");
    QTEST(int(conversation.state), "state");
    QTEST(int(conversation.priority), "priority");
    QTEST(conversation.adminAssigneeId, "adminAssignee");
    QTEST(conversation.teamAssigneeId, "teamAssignee");
    QTEST(int(conversation.tags.size()), "tagCount");
    QTEST(int(conversation.parts.size()), "partCount");
    QTEST(conversation.partsTotalCount, "partsTotal");
    QTEST(conversation.source.author.id, "authorId");
    QTEST(int(conversation.contacts.size()), "contactCount");
}

void TestConversation::parts()
{
    const Conversation conversation
        = Conversation::fromJson(loadFixture(QStringLiteral("conversation/v216_full.json")));
    QCOMPARE(conversation.parts.size(), 3);
    const api::ConversationPart &comment = conversation.parts.at(0);
    QCOMPARE(comment.id, QStringLiteral("900001"));
    QCOMPARE(comment.partType, QStringLiteral("comment"));
    QCOMPARE(comment.author.name, QStringLiteral("Jonas"));
    QCOMPARE(comment.notifiedAt, 1763001001);
    QVERIFY(comment.assignedTo.isNull());
    QVERIFY(conversation.parts.at(1).isNote());
    QCOMPARE(conversation.parts.at(2).assignedTo.type, QStringLiteral("team"));
    QCOMPARE(conversation.parts.at(2).assignedTo.id, QStringLiteral("5"));
    QVERIFY(conversation.parts.at(2).body.isEmpty());
    QCOMPARE(conversation.tags.at(0).appliedById, QStringLiteral("814"));
    QCOMPARE(conversation.tags.at(1).id, QStringLiteral("18"));
    QCOMPARE(conversation.source.attachments.size(), 1);
    QCOMPARE(conversation.source.attachments.at(0).fileSize, 48213);
    QCOMPARE(conversation.source.subject, QStringLiteral("Where is my refund?"));
    QCOMPARE(conversation.companyId, QStringLiteral("co-42"));
    QCOMPARE(conversation.teammates.at(0).id, QStringLiteral("814"));
    QCOMPARE(conversation.customAttributes.value(QLatin1String("order_number")).toString(),
             QStringLiteral("5521"));
    QVERIFY(conversation.isAssignedToAdmin());
    QVERIFY(!conversation.isAssignedToTeam());

    const Conversation odd
        = Conversation::fromJson(loadFixture(QStringLiteral("conversation/wrong_types.json")));
    QCOMPARE(odd.parts.at(0).id, QStringLiteral("5"));
    QCOMPARE(odd.parts.at(0).body, QStringLiteral("7"));
    QVERIFY(odd.read);
}

void TestConversation::priority_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("priority");
    QTest::newRow("2.16/none") << "none" << int(Conversation::Priority::None);
    QTest::newRow("2.16/low") << "low" << int(Conversation::Priority::Low);
    QTest::newRow("2.16/medium") << "medium" << int(Conversation::Priority::Medium);
    QTest::newRow("2.16/high") << "high" << int(Conversation::Priority::High);
    QTest::newRow("2.16/urgent") << "urgent" << int(Conversation::Priority::Urgent);
    QTest::newRow("2.16/High-capitalised") << "High" << int(Conversation::Priority::High);
    QTest::newRow("2.15/priority") << "priority" << int(Conversation::Priority::High);
    QTest::newRow("2.15/not_priority") << "not_priority" << int(Conversation::Priority::None);
    QTest::newRow("unknown") << "whatever" << int(Conversation::Priority::None);
}

void TestConversation::priority()
{
    QFETCH(QString, text);
    QTEST(int(Conversation::priorityFromString(text)), "priority");
}

void TestConversation::keepsRawJson()
{
    const QJsonObject json = loadFixture(QStringLiteral("conversation/unknown_fields.json"));
    const Conversation conversation = Conversation::fromJson(json);
    QCOMPARE(conversation.rawJson, json);
    QVERIFY(conversation.rawJson.contains(QLatin1String("future_field")));
    QCOMPARE(conversation.parts.at(0).rawJson.value(QLatin1String("mood")).toString(),
             QStringLiteral("happy"));
    QCOMPARE(conversation.source.type, QStringLiteral("whatsapp"));
}

QTEST_GUILESS_MAIN(TestConversation)
#include "tst_conversation.moc"
