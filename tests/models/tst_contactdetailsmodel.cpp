#include "contactfixture.h"
#include "storefixture.h"

#include "models/contact/contactdetailsmodel.h"
#include "models/contact/contactroles.h"
#include "models/store/contactrepository.h"
#include "models/store/conversationrepository.h"
#include "models/store/referencerepository.h"
#include "models/storechanges.h"

#include "tests/support/sandboxharness.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using models::ContactDetailsModel;
using models::ContactFetchStatus;

namespace {

QJsonObject list(const QJsonArray &items)
{
    return {{QStringLiteral("type"), QStringLiteral("list")}, {QStringLiteral("data"), items}};
}

QJsonObject refJson(const QString &type, const QString &id)
{
    return {{QStringLiteral("type"), type}, {QStringLiteral("id"), id}};
}

/// A lead with a company, a tag, a location, dates and four custom attributes (one null).
api::Contact storedLead()
{
    return api::Contact::fromJson(QJsonObject{
        {QStringLiteral("type"), QStringLiteral("contact")},
        {QStringLiteral("id"), QStringLiteral("c1")},
        {QStringLiteral("role"), QStringLiteral("lead")},
        {QStringLiteral("name"), QStringLiteral("Ada Lovelace")},
        {QStringLiteral("email"), QStringLiteral("ada@example.com")},
        {QStringLiteral("last_seen_at"), 1700000000},
        {QStringLiteral("signed_up_at"), 1600000000},
        {QStringLiteral("location"),
         QJsonObject{{QStringLiteral("city"), QStringLiteral("Dublin")},
                     {QStringLiteral("region"), QStringLiteral("Leinster")},
                     {QStringLiteral("country"), QStringLiteral("Ireland")}}},
        {QStringLiteral("custom_attributes"),
         QJsonObject{{QStringLiteral("seats"), 12},
                     {QStringLiteral("Plan"), QStringLiteral("Pro")},
                     {QStringLiteral("vip"), true},
                     {QStringLiteral("empty"), QJsonValue::Null},
                     {QStringLiteral("timezone"), QStringLiteral("Europe/Dublin")}}},
        {QStringLiteral("tags"), list({refJson(QStringLiteral("tag"), QStringLiteral("t1"))})},
        {QStringLiteral("companies"),
         list({refJson(QStringLiteral("company"), QStringLiteral("co1"))})}});
}

api::Company company(const QString &id, const QString &name)
{
    api::Company c;
    c.id = id;
    c.name = name;
    return c;
}

} // namespace

/// The contact details of the contact panel: stored copy first, then the sandbox's.
class TestContactDetailsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsStoredContactAtOnce();
    void attributes_data();
    void attributes();
    void refreshesFromServerAndStores();
    void ignoresAnswersForAnEarlierContact();
    void offline_data();
    void offline();
    void followsMergedContact();
    void unknownContactIsAnError();
    void nameChangeRefreshesConversationRows();
    void clearing();

private:
    void storeLead(models::Database &db);

    SandboxHarness m_sandbox;
};

void TestContactDetailsModel::initTestCase()
{
    QVERIFY(m_sandbox.start(300));
}

void TestContactDetailsModel::storeLead(models::Database &db)
{
    QVERIFY(models::ContactRepository(db).upsertContacts({storedLead()}));
    QVERIFY(models::ContactRepository(db).upsertCompanies(
        {company(QStringLiteral("co1"), QStringLiteral("Analytical"))}));
    QVERIFY(models::ReferenceRepository(db).replaceTags(
        {storetest::tag(QStringLiteral("t1"), QStringLiteral("VIP"))}));
}

void TestContactDetailsModel::showsStoredContactAtOnce()
{
    storetest::TempStore store;
    storeLead(store.db());
    ContactDetailsModel model(store.db(), nullptr, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &ContactDetailsModel::contactChanged);

    model.setContactId(QStringLiteral("c1"));
    // Synchronously, before any event loop turn.
    QCOMPARE(changed.count(), 1);
    QVERIFY(model.hasContact());
    QCOMPARE(model.name(), QStringLiteral("Ada Lovelace"));
    QCOMPARE(model.email(), QStringLiteral("ada@example.com"));
    QCOMPARE(model.role(), QStringLiteral("lead"));
    QCOMPARE(model.roleText(), QStringLiteral("Lead"));
    QCOMPARE(model.companyNames(), QStringList{QStringLiteral("Analytical")});
    QCOMPARE(model.location(), QStringLiteral("Dublin, Leinster, Ireland"));
    QCOMPARE(model.lastSeenAt().toSecsSinceEpoch(), 1700000000);
    QCOMPARE(model.signedUpAt().toSecsSinceEpoch(), 1600000000);
    QCOMPARE(model.tagNames(), QStringList{QStringLiteral("VIP")});
    QCOMPARE(model.timeZoneId(), QStringLiteral("Europe/Dublin"));
    // Sorted case-insensitively; the null attribute is left out.
    QCOMPARE(model.rowCount(), 4);
    const QStringList keys{QStringLiteral("Plan"), QStringLiteral("seats"),
                           QStringLiteral("timezone"), QStringLiteral("vip")};
    for (int row = 0; row < keys.size(); ++row)
        QCOMPARE(model.index(row).data(models::AttributeKeyRole).toString(), keys.at(row));
    QCOMPARE(model.index(0).data(Qt::DisplayRole).toString(), QStringLiteral("Plan: Pro"));
    QCOMPARE(model.index(1).data(models::AttributeValueRole).toLongLong(), 12);
    QCOMPARE(model.index(3).data(models::AttributeTextRole).toString(), QStringLiteral("Yes"));
    // No client: the stored copy is all there is.
    QCOMPARE(model.status(), ContactFetchStatus::Offline);
    QVERIFY(model.statusText().contains(QStringLiteral("saved copy")));
}

void TestContactDetailsModel::attributes_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("expected");
    QTest::addColumn<QString>("text");

    QTest::newRow("bool/false") << QJsonValue(false) << "vip" << QVariant(false) << "No";
    QTest::newRow("number/integer") << QJsonValue(42) << "seats" << QVariant(qint64(42)) << "42";
    QTest::newRow("number/fraction") << QJsonValue(2.5) << "score" << QVariant(2.5) << "2.5";
    QTest::newRow("string/plain") << QJsonValue(QStringLiteral("Pro")) << "plan" << QVariant("Pro")
                                  << "Pro";
    QTest::newRow("date/suffix-at")
        << QJsonValue(1700000000) << "renewed_at"
        << QVariant(QDateTime::fromSecsSinceEpoch(1700000000))
        << QLocale().toString(QDateTime::fromSecsSinceEpoch(1700000000), QLocale::ShortFormat);
    QTest::newRow("object/compact-json")
        << QJsonValue(QJsonObject{{QStringLiteral("a"), 1}}) << "meta"
        << QVariant(QVariantMap{{QStringLiteral("a"), 1}}) << "{\"a\":1}";
}

void TestContactDetailsModel::attributes()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, key);
    QFETCH(QVariant, expected);
    QFETCH(QString, text);
    const QList<models::ContactAttribute> rows
        = models::ContactAttribute::fromJson({{key, value}, {QStringLiteral("blank"), QString()}});
    QCOMPARE(rows.size(), 1); // the blank string is left out
    QCOMPARE(rows.at(0).key, key);
    QCOMPARE(rows.at(0).value, expected);
    QCOMPARE(rows.at(0).text, text);
}

void TestContactDetailsModel::refreshesFromServerAndStores()
{
    const int index = contacttest::findContact(*m_sandbox.server, [](const sandbox::Contact &c) {
        return !c.companies.empty() && !c.tags.empty();
    });
    QVERIFY(index >= 0);
    const sandbox::Workspace &ws = contacttest::workspace(*m_sandbox.server);
    const sandbox::Contact &expected = ws.contacts[size_t(index)];
    const QString companyName = ws.companies[size_t(expected.companies.front())].name;
    const sandbox::Tag &tag = ws.tags[size_t(ws.tagIndex(expected.tags.front().tagId))];

    storetest::TempStore store;
    QVERIFY(models::ReferenceRepository(store.db())
                .replaceTags({storetest::tag(QString::number(tag.id), tag.name)}));
    ContactDetailsModel model(store.db(), nullptr, m_sandbox.client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setContactId(expected.id);
    QVERIFY(!model.hasContact()); // nothing stored yet
    QCOMPARE(model.status(), ContactFetchStatus::Loading);
    QVERIFY(!model.statusText().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(model.status(), ContactFetchStatus::Ok, 10000);
    QVERIFY(model.statusText().isEmpty());
    QCOMPARE(model.name(), expected.name);
    QCOMPARE(model.email(), expected.email);
    QCOMPARE(model.role(), expected.role);
    QCOMPARE(model.companyNames(), QStringList{companyName});
    QVERIFY(model.tagNames().contains(tag.name));
    QVERIFY(model.location().startsWith(expected.city));
    QCOMPARE(model.lastSeenAt().toSecsSinceEpoch(), expected.lastSeenAt);
    QCOMPARE(model.rowCount(), 3); // plan, seats, vip
    QCOMPARE(model.index(0).data(models::AttributeKeyRole).toString(), QStringLiteral("plan"));

    // Written to the store: a second model shows it without the network.
    const std::optional<api::Contact> stored
        = models::ContactRepository(store.db()).contact(expected.id);
    QVERIFY(stored);
    QCOMPARE(stored->name, expected.name);
    const std::optional<api::Company> storedCompany
        = models::ContactRepository(store.db())
              .company(ws.companies[size_t(expected.companies.front())].id);
    QVERIFY(storedCompany);
    QCOMPARE(storedCompany->name, companyName);
    ContactDetailsModel offline(store.db(), nullptr, nullptr);
    offline.setContactId(expected.id);
    QCOMPARE(offline.companyNames(), QStringList{companyName});
    QCOMPARE(offline.rowCount(), 3);
}

void TestContactDetailsModel::ignoresAnswersForAnEarlierContact()
{
    const sandbox::Workspace &ws = contacttest::workspace(*m_sandbox.server);
    const sandbox::Contact &first = ws.contacts[0];
    const sandbox::Contact &second = ws.contacts[1];
    storetest::TempStore store;
    ContactDetailsModel model(store.db(), nullptr, m_sandbox.client.get());
    QStringList namesShown;
    connect(&model, &ContactDetailsModel::contactChanged, this,
            [&] { namesShown.append(model.name()); });

    model.setContactId(first.id);
    model.setContactId(second.id);
    QTRY_COMPARE_WITH_TIMEOUT(model.status(), ContactFetchStatus::Ok, 10000);
    QTest::qWait(100); // a late answer for the first contact would land now
    QCOMPARE(model.contactId(), second.id);
    QCOMPARE(model.name(), second.name);
    QVERIFY2(!namesShown.contains(first.name), qPrintable(namesShown.join(QLatin1Char(','))));
    QVERIFY(!models::ContactRepository(store.db()).contact(first.id));
}

void TestContactDetailsModel::offline_data()
{
    QTest::addColumn<bool>("stored");
    QTest::newRow("offline/stored") << true;
    QTest::newRow("offline/not-stored") << false;
}

void TestContactDetailsModel::offline()
{
    QFETCH(bool, stored);
    storetest::TempStore store;
    if (stored)
        storeLead(store.db());
    auto client = contacttest::offlineClient();
    ContactDetailsModel model(store.db(), nullptr, client.get());
    QSignalSpy status(&model, &ContactDetailsModel::statusChanged);

    model.setContactId(QStringLiteral("c1"));
    QCOMPARE(model.hasContact(), stored);
    QTRY_COMPARE_WITH_TIMEOUT(model.status(), ContactFetchStatus::Offline, 10000);
    QCOMPARE(model.hasContact(), stored);
    QCOMPARE(model.lastError().category, api::ApiError::Category::Connection);
    QVERIFY(model.statusText().startsWith(QStringLiteral("Offline")));
    QCOMPARE(model.statusText().contains(QStringLiteral("saved copy")), stored);
    if (stored)
        QCOMPARE(model.name(), QStringLiteral("Ada Lovelace"));

    // Retry asks again (and fails again, the same way).
    status.clear();
    model.refresh();
    QCOMPARE(model.status(), ContactFetchStatus::Loading);
    QTRY_COMPARE_WITH_TIMEOUT(model.status(), ContactFetchStatus::Offline, 10000);
    QCOMPARE(status.count(), 2);
}

void TestContactDetailsModel::followsMergedContact()
{
    const sandbox::Workspace &ws = contacttest::workspace(*m_sandbox.server);
    int merged = -1;
    for (size_t i = 0; i < ws.contacts.size() && merged < 0; ++i) {
        if (ws.contacts[i].mergedInto >= 0)
            merged = int(i);
    }
    QVERIFY(merged >= 0);
    const sandbox::Contact &canonical = ws.contacts[size_t(ws.contacts[size_t(merged)].mergedInto)];
    storetest::TempStore store;
    ContactDetailsModel model(store.db(), nullptr, m_sandbox.client.get());

    model.setContactId(ws.contacts[size_t(merged)].id);
    QTRY_COMPARE_WITH_TIMEOUT(model.status(), ContactFetchStatus::Ok, 10000);
    QCOMPARE(model.contactId(), ws.contacts[size_t(merged)].id);
    QCOMPARE(model.contact().id, canonical.id);
    QCOMPARE(model.name(), canonical.name);
}

void TestContactDetailsModel::unknownContactIsAnError()
{
    storetest::TempStore store;
    ContactDetailsModel model(store.db(), nullptr, m_sandbox.client.get());
    model.setContactId(QStringLiteral("ffffffffffffffffffffffff"));
    QTRY_COMPARE_WITH_TIMEOUT(model.status(), ContactFetchStatus::Error, 10000);
    QCOMPARE(model.lastError().category, api::ApiError::Category::NotFound);
    QVERIFY(model.statusText().contains(QStringLiteral("no longer exists")));
    QVERIFY(!model.hasContact());
}

void TestContactDetailsModel::nameChangeRefreshesConversationRows()
{
    const sandbox::Contact &contact = contacttest::workspace(*m_sandbox.server).contacts[2];
    storetest::TempStore store;
    api::Conversation conversation
        = storetest::conversation(QStringLiteral("9001"), 1000, QStringLiteral("Old"));
    conversation.contacts
        = {storetest::ref(QStringLiteral("contact"), contact.id, QStringLiteral("Old name"))};
    QVERIFY(models::ConversationRepository(store.db()).upsertConversations({conversation}));
    models::StoreChanges changes;
    QSignalSpy changed(&changes, &models::StoreChanges::conversationsChanged);
    ContactDetailsModel model(store.db(), &changes, m_sandbox.client.get());

    model.setContactId(contact.id);
    QTRY_COMPARE_WITH_TIMEOUT(model.status(), ContactFetchStatus::Ok, 10000);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toStringList(), QStringList{QStringLiteral("9001")});
    QCOMPARE(
        models::ConversationRepository(store.db()).summary(QStringLiteral("9001"))->contactName,
        contact.name);

    // Unchanged the next time: nothing to announce.
    model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(model.status(), ContactFetchStatus::Ok, 10000);
    QCOMPARE(changed.count(), 1);
}

void TestContactDetailsModel::clearing()
{
    storetest::TempStore store;
    storeLead(store.db());
    ContactDetailsModel model(store.db(), nullptr, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setContactId(QStringLiteral("c1"));
    QCOMPARE(model.rowCount(), 4);
    QSignalSpy idChanged(&model, &ContactDetailsModel::contactIdChanged);
    model.setContactId({});
    QCOMPARE(idChanged.count(), 1);
    QVERIFY(!model.hasContact());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.status(), ContactFetchStatus::Idle);
    QVERIFY(model.statusText().isEmpty());
    QCOMPARE(model.displayName(), QStringLiteral("Unknown contact"));
}

QTEST_GUILESS_MAIN(TestContactDetailsModel)
#include "tst_contactdetailsmodel.moc"
