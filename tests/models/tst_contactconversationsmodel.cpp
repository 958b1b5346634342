#include "contactfixture.h"
#include "storefixture.h"

#include "models/contact/contactconversationsmodel.h"
#include "models/conversationroles.h"
#include "models/store/conversationrepository.h"
#include "models/storechanges.h"

#include "tests/support/sandboxharness.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using models::ContactConversationsModel;
using models::ContactFetchStatus;

namespace {

api::Conversation conversationOf(const QString &id, const QString &contactId, qint64 updatedAt,
                                 api::Conversation::State state = api::Conversation::State::Open)
{
    api::Conversation c = storetest::conversation(id, updatedAt);
    c.contacts = {storetest::ref(QStringLiteral("contact"), contactId)};
    c.state = state;
    c.open = state == api::Conversation::State::Open;
    return c;
}

QStringList idsOf(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(models::ConversationIdRole).toString());
    return ids;
}

} // namespace

/// The "Other conversations" of the contact panel: the store first, then the server search.
class TestContactConversationsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storedConversationsNewestFirstWithoutTheOpenOne();
    void followsStoreChanges();
    void findsTheContactOnceTheOpenConversationIsStored();
    void serverSearchCompletesAndStores();
    void ignoresAnswersForAnEarlierContact();
    void offlineKeepsStoredRows();

private:
    void storeThree(models::Database &db);

    SandboxHarness m_sandbox;
};

void TestContactConversationsModel::initTestCase()
{
    QVERIFY(m_sandbox.start(300));
}

void TestContactConversationsModel::storeThree(models::Database &db)
{
    using State = api::Conversation::State;
    QVERIFY(models::ConversationRepository(db).upsertConversations(
        {conversationOf(QStringLiteral("1"), QStringLiteral("c1"), 100),
         conversationOf(QStringLiteral("2"), QStringLiteral("c1"), 300, State::Closed),
         conversationOf(QStringLiteral("3"), QStringLiteral("c1"), 200, State::Snoozed),
         conversationOf(QStringLiteral("4"), QStringLiteral("c2"), 400)}));
}

void TestContactConversationsModel::storedConversationsNewestFirstWithoutTheOpenOne()
{
    storetest::TempStore store;
    storeThree(store.db());
    ContactConversationsModel model(store.db(), nullptr, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy contact(&model, &ContactConversationsModel::contactIdChanged);

    model.setOpenConversation(QStringLiteral("1"));
    QCOMPARE(contact.count(), 1);
    QCOMPARE(model.contactId(), QStringLiteral("c1"));
    QCOMPARE(idsOf(model), (QStringList{QStringLiteral("2"), QStringLiteral("3")}));
    QCOMPARE(model.index(0).data(models::StateRole).toString(), QStringLiteral("closed"));
    QCOMPARE(model.index(1).data(models::StateRole).toString(), QStringLiteral("snoozed"));
    QCOMPARE(model.index(0).data(models::TitleRole).toString(), QStringLiteral("Conversation 2"));
    QCOMPARE(model.index(0).data(models::UpdatedAtRole).toDateTime().toSecsSinceEpoch(), 300);
    QCOMPARE(model.status(), ContactFetchStatus::Offline); // no client
    QVERIFY(!model.canFetchMore({}));

    // Another conversation of the same contact opens: the list swaps, the contact stays.
    model.setOpenConversation(QStringLiteral("2"));
    QCOMPARE(contact.count(), 1);
    QCOMPARE(idsOf(model), (QStringList{QStringLiteral("3"), QStringLiteral("1")}));

    model.setContact(QStringLiteral("c2"));
    QCOMPARE(idsOf(model), QStringList{QStringLiteral("4")});
    model.setOpenConversation({});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.contactId().isEmpty());
    QCOMPARE(model.status(), ContactFetchStatus::Idle);
}

void TestContactConversationsModel::followsStoreChanges()
{
    storetest::TempStore store;
    storeThree(store.db());
    models::StoreChanges changes;
    ContactConversationsModel model(store.db(), &changes, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOpenConversation(QStringLiteral("1"));
    QCOMPARE(model.rowCount(), 2);

    models::ConversationRepository repository(store.db());
    QVERIFY(repository.upsertConversations(
        {conversationOf(QStringLiteral("5"), QStringLiteral("c1"), 500)}));
    changes.notifyConversationsChanged({QStringLiteral("5")});
    QTRY_COMPARE(idsOf(model),
                 (QStringList{QStringLiteral("5"), QStringLiteral("2"), QStringLiteral("3")}));

    QVERIFY(repository.setState(QStringLiteral("3"), api::Conversation::State::Closed));
    changes.notifyConversationsChanged({QStringLiteral("3")});
    QTRY_COMPARE(model.index(2).data(models::StateRole).toString(), QStringLiteral("closed"));

    QVERIFY(repository.remove(QStringLiteral("2")));
    changes.notifyConversationsRemoved({QStringLiteral("2")});
    QTRY_COMPARE(idsOf(model), (QStringList{QStringLiteral("5"), QStringLiteral("3")}));
}

void TestContactConversationsModel::findsTheContactOnceTheOpenConversationIsStored()
{
    storetest::TempStore store;
    storeThree(store.db());
    models::StoreChanges changes;
    ContactConversationsModel model(store.db(), &changes, nullptr);
    QSignalSpy contact(&model, &ContactConversationsModel::contactIdChanged);

    model.setOpenConversation(QStringLiteral("9"));
    QVERIFY(model.contactId().isEmpty());
    QCOMPARE(model.rowCount(), 0);

    QVERIFY(
        models::ConversationRepository(store.db())
            .upsertConversations({conversationOf(QStringLiteral("9"), QStringLiteral("c1"), 50)}));
    changes.notifyConversationsChanged({QStringLiteral("9")});
    QTRY_COMPARE(model.contactId(), QStringLiteral("c1"));
    QCOMPARE(contact.last().at(0).toString(), QStringLiteral("c1"));
    QCOMPARE(model.rowCount(), 3); // 2, 3, 1: not 9, the open one
    QCOMPARE(model.rowOf(QStringLiteral("9")), -1);
}

void TestContactConversationsModel::serverSearchCompletesAndStores()
{
    const int contact = contacttest::findContact(*m_sandbox.server,
                                                 [&](const sandbox::Contact &) { return true; });
    QVERIFY(contact >= 0);
    // The contact with the most conversations, for a list worth the name.
    int best = contact;
    for (int i = 0; i < int(contacttest::workspace(*m_sandbox.server).contacts.size()); ++i) {
        if (contacttest::conversationsOf(*m_sandbox.server, i).size()
            > contacttest::conversationsOf(*m_sandbox.server, best).size()) {
            best = i;
        }
    }
    const QStringList expected = contacttest::conversationsOf(*m_sandbox.server, best);
    QVERIFY2(expected.size() >= 3, "the sandbox should give some contact three conversations");
    const QString contactId = contacttest::workspace(*m_sandbox.server).contacts[size_t(best)].id;

    // Only the open conversation is stored, as after opening it from a fresh list.
    storetest::TempStore store;
    auto open = finished(m_sandbox.client->getConversation(expected.first()));
    VERIFY_OK(open);
    QVERIFY(models::ConversationRepository(store.db()).upsertThread(open->result(), 1));
    models::StoreChanges changes;
    QSignalSpy announced(&changes, &models::StoreChanges::conversationsChanged);
    ContactConversationsModel model(store.db(), &changes, m_sandbox.client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setOpenConversation(expected.first());
    QCOMPARE(model.contactId(), contactId);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.isLoading());
    QVERIFY(!model.canFetchMore({})); // one request at a time
    QTRY_COMPARE_WITH_TIMEOUT(model.status(), ContactFetchStatus::Ok, 10000);

    QSet<QString> others(expected.begin() + 1, expected.end());
    const QStringList shown = idsOf(model);
    QCOMPARE(QSet<QString>(shown.begin(), shown.end()), others);
    for (int row = 1; row < model.rowCount(); ++row) {
        QVERIFY(model.index(row - 1).data(models::UpdatedAtRole).toDateTime()
                >= model.index(row).data(models::UpdatedAtRole).toDateTime());
    }
    QVERIFY(!model.index(0).data(models::StateRole).toString().isEmpty());
    // Written to the store the way the sync engine writes a page, and announced.
    QVERIFY(!announced.isEmpty());
    QSet<QString> announcedIds;
    for (const QList<QVariant> &call : std::as_const(announced)) {
        const QStringList ids = call.at(0).toStringList();
        announcedIds.unite(QSet<QString>(ids.begin(), ids.end()));
    }
    QVERIFY(announcedIds.contains(others));
    for (const QString &id : std::as_const(others))
        QVERIFY(models::ConversationRepository(store.db()).summary(id));
    QVERIFY(!model.canFetchMore({})); // a single page held them all
}

void TestContactConversationsModel::ignoresAnswersForAnEarlierContact()
{
    const sandbox::Workspace &ws = contacttest::workspace(*m_sandbox.server);
    const int first = ws.conversations.front().contact;
    int second = -1;
    for (const sandbox::Conversation &c : ws.conversations) {
        if (c.contact != first) {
            second = c.contact;
            break;
        }
    }
    QVERIFY(second >= 0);
    storetest::TempStore store;
    ContactConversationsModel model(store.db(), nullptr, m_sandbox.client.get());
    model.setContact(ws.contacts[size_t(first)].id);
    model.setContact(ws.contacts[size_t(second)].id);
    QTRY_COMPARE_WITH_TIMEOUT(model.status(), ContactFetchStatus::Ok, 10000);
    QTest::qWait(100); // a late answer for the first contact would land now
    const QStringList expected = contacttest::conversationsOf(*m_sandbox.server, second);
    const QStringList shown = idsOf(model);
    QCOMPARE(QSet<QString>(shown.begin(), shown.end()),
             QSet<QString>(expected.begin(), expected.end()));
    for (const QString &id : contacttest::conversationsOf(*m_sandbox.server, first))
        QVERIFY(!models::ConversationRepository(store.db()).summary(id));
}

void TestContactConversationsModel::offlineKeepsStoredRows()
{
    storetest::TempStore store;
    storeThree(store.db());
    auto client = contacttest::offlineClient();
    ContactConversationsModel model(store.db(), nullptr, client.get());
    model.setOpenConversation(QStringLiteral("3"));
    QCOMPARE(idsOf(model), (QStringList{QStringLiteral("2"), QStringLiteral("1")}));
    QTRY_COMPARE_WITH_TIMEOUT(model.status(), ContactFetchStatus::Offline, 10000);
    QCOMPARE(model.lastError().category, api::ApiError::Category::Connection);
    QCOMPARE(idsOf(model), (QStringList{QStringLiteral("2"), QStringLiteral("1")}));
    model.refresh();
    QVERIFY(model.isLoading());
    QTRY_COMPARE_WITH_TIMEOUT(model.status(), ContactFetchStatus::Offline, 10000);
}

QTEST_GUILESS_MAIN(TestContactConversationsModel)
#include "tst_contactconversationsmodel.moc"
