#include "api/contact.h"
#include "api/note.h"
#include "fixture.h"

#include <QTest>

using api::Contact;
using api::Note;

class TestContact : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void details();
    void note_data();
    void note();
};

void TestContact::parse_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("ownerId");
    QTest::addColumn<qint64>("createdAt");
    QTest::addColumn<QString>("country");
    QTest::addColumn<int>("tagCount");
    QTest::addColumn<int>("companyCount");

    QTest::newRow("v2.16/owner-string") << "contact/v216.json"
                                        << "65a1b2c3d4e5f6a7b8c9d0e1"
                                        << "Mira Holm"
                                        << "mira@example.org"
                                        << "user"
                                        << "814" << qint64(1700000000) << "Sweden" << 1 << 1;
    QTest::newRow("v2.15/owner-int") << "contact/v215.json"
                                     << "5f00aa"
                                     << ""
                                     << ""
                                     << "lead"
                                     << "814" << qint64(1600000000) << "" << 0 << 0;
    QTest::newRow("types/wrong") << "contact/wrong_types.json"
                                 << "5f00ab"
                                 << ""
                                 << "5"
                                 << ""
                                 << "" << qint64(1600000000) << "" << 0 << 1;
    QTest::newRow("fields/unknown") << "contact/unknown_fields.json"
                                    << "5f00ac"
                                    << "Ada"
                                    << "ada@example.org"
                                    << ""
                                    << "" << qint64(0) << "UK" << 0 << 0;
}

void TestContact::parse()
{
    QFETCH(QString, fixture);
    const Contact contact = Contact::fromJson(loadFixture(fixture));
    QTEST(contact.id, "id");
    QTEST(contact.name, "name");
    QTEST(contact.email, "email");
    QTEST(contact.role, "role");
    QTEST(contact.ownerId, "ownerId");
    QTEST(contact.createdAt, "createdAt");
    QTEST(contact.country, "country");
    QTEST(int(contact.tags.size()), "tagCount");
    QTEST(int(contact.companies.size()), "companyCount");
}

void TestContact::details()
{
    const QJsonObject json = loadFixture(QStringLiteral("contact/v216.json"));
    const Contact contact = Contact::fromJson(json);
    QCOMPARE(contact.avatarUrl, QStringLiteral("https://img.example.org/mira.png"));
    QCOMPARE(contact.externalId, QStringLiteral("cust-88"));
    QCOMPARE(contact.workspaceId, QStringLiteral("tx2p6ysb"));
    QCOMPARE(contact.lastRepliedAt, 1763000000);
    QCOMPARE(contact.tags.at(0).id, QStringLiteral("17"));
    QCOMPARE(contact.companies.at(0).id, QStringLiteral("co-42"));
    QCOMPARE(contact.customAttributes.value(QLatin1String("seats")).toInt(), 12);
    QCOMPARE(contact.rawJson, json);
    // 2.15: an integer external id still arrives as a string.
    QCOMPARE(Contact::fromJson(loadFixture(QStringLiteral("contact/v215.json"))).externalId,
             QStringLiteral("1234"));
}

void TestContact::note_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("id");
    QTest::addColumn<qint64>("createdAt");
    QTest::addColumn<QString>("contactId");
    QTest::addColumn<QString>("authorId");
    QTest::addColumn<QString>("body");
    QTest::newRow("note/full") << "contact/note.json"
                               << "3001" << qint64(1763000000) << "65a1b2c3d4e5f6a7b8c9d0e1"
                               << "814"
                               << "<p>Called back.</p>";
    QTest::newRow("note/nulls-int-id") << "contact/note_v215.json"
                                       << "3002" << qint64(1763000000) << ""
                                       << ""
                                       << "";
}

void TestContact::note()
{
    QFETCH(QString, fixture);
    const Note note = Note::fromJson(loadFixture(fixture));
    QTEST(note.id, "id");
    QTEST(note.createdAt, "createdAt");
    QTEST(note.contactId, "contactId");
    QTEST(note.author.id, "authorId");
    QTEST(note.body, "body");
}

QTEST_GUILESS_MAIN(TestContact)
#include "tst_contact.moc"
