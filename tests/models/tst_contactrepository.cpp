#include "storefixture.h"

#include "models/store/contactrepository.h"

using namespace models;

class TestContactRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contactRoundTrip();
    void contactNulls();
    void companyRoundTrip();
};

void TestContactRepository::contactRoundTrip()
{
    storetest::TempStore store;
    ContactRepository repo(store.db());
    api::Contact c;
    c.id = QStringLiteral("u1");
    c.externalId = QStringLiteral("ext-1");
    c.role = QStringLiteral("user");
    c.name = QStringLiteral("Renée O'Brien");
    c.email = QStringLiteral("Renee@Example.com");
    c.phone = QStringLiteral("+33 1 23");
    c.avatarUrl = QStringLiteral("https://img.test/r.png");
    c.ownerId = QStringLiteral("a1");
    c.createdAt = 10;
    c.updatedAt = 20;
    c.lastSeenAt = 30;
    c.rawJson = QJsonObject{{QStringLiteral("id"), QStringLiteral("u1")},
                            {QStringLiteral("location"),
                             QJsonObject{{QStringLiteral("city"), QStringLiteral("Paris")}}}};
    QVERIFY(repo.upsertContacts({c}));
    const auto stored = repo.contact(QStringLiteral("u1"));
    QVERIFY(stored.has_value());
    QCOMPARE(stored->externalId, c.externalId);
    QCOMPARE(stored->role, c.role);
    QCOMPARE(stored->name, c.name);
    QCOMPARE(stored->email, c.email);
    QCOMPARE(stored->phone, c.phone);
    QCOMPARE(stored->avatarUrl, c.avatarUrl);
    QCOMPARE(stored->ownerId, c.ownerId);
    QCOMPARE(stored->createdAt, 10);
    QCOMPARE(stored->updatedAt, 20);
    QCOMPARE(stored->lastSeenAt, 30);
    QCOMPARE(stored->city, QStringLiteral("Paris")); // from the raw JSON
    QCOMPARE(repo.contactIdsByEmail(QStringLiteral("renee@example.com")),
             QStringList{QStringLiteral("u1")});

    c.name = QStringLiteral("Renée B.");
    QVERIFY(repo.upsertContacts({c}));
    QCOMPARE(repo.contact(QStringLiteral("u1"))->name, QStringLiteral("Renée B."));
}

void TestContactRepository::contactNulls()
{
    storetest::TempStore store;
    ContactRepository repo(store.db());
    api::Contact c;
    c.id = QStringLiteral("lead-1");
    api::Contact noId;
    QVERIFY(repo.upsertContacts({c, noId}));
    const auto stored = repo.contact(QStringLiteral("lead-1"));
    QVERIFY(stored.has_value());
    QVERIFY(stored->name.isEmpty());
    QVERIFY(stored->email.isEmpty());
    QVERIFY(store.db().scalar(QStringLiteral("SELECT email FROM contacts")).isNull());
    QVERIFY(!repo.contact(QStringLiteral("missing")).has_value());
}

void TestContactRepository::companyRoundTrip()
{
    storetest::TempStore store;
    ContactRepository repo(store.db());
    api::Company c;
    c.id = QStringLiteral("co1");
    c.companyId = QStringLiteral("acme");
    c.name = QStringLiteral("ACME Ünited");
    c.plan = QStringLiteral("Enterprise");
    c.createdAt = 1;
    c.updatedAt = 2;
    c.size = 250;
    c.website = QStringLiteral("https://acme.test");
    c.industry = QStringLiteral("Anvils");
    c.monthlySpend = 1234.5;
    c.userCount = 42;
    QVERIFY(repo.upsertCompanies({c}));
    const auto stored = repo.company(QStringLiteral("co1"));
    QVERIFY(stored.has_value());
    QCOMPARE(stored->companyId, c.companyId);
    QCOMPARE(stored->name, c.name);
    QCOMPARE(stored->plan, c.plan);
    QCOMPARE(stored->createdAt, 1);
    QCOMPARE(stored->updatedAt, 2);
    QCOMPARE(stored->size, 250);
    QCOMPARE(stored->website, c.website);
    QCOMPARE(stored->industry, c.industry);
    QCOMPARE(stored->monthlySpend, 1234.5);
    QCOMPARE(stored->userCount, 42);
    QVERIFY(!repo.company(QStringLiteral("co2")).has_value());
}

QTEST_GUILESS_MAIN(TestContactRepository)
#include "tst_contactrepository.moc"
