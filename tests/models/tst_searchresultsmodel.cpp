#include "storefixture.h"

#include "models/conversationroles.h"
#include "models/search/searchresultsmodel.h"
#include "models/store/conversationrepository.h"
#include "models/store/referencerepository.h"
#include "models/storechanges.h"

#include "tests/support/sandboxharness.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using models::SearchResultsModel;
using State = SearchResultsModel::ServerState;

/// Local results first, then the sandbox's search over loopback HTTP completes them.
class TestSearchResultsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void localResultsAtOnce();
    void serverHitsAreStoredAndAppended();
    void serverHitsMatchingLocallyAreNotRepeated();
    void inMemoryConditionsNarrowTheLocalPart();
    void supersededQueryIsCancelled();
    void parseErrorKeepsResults();
    void offlineShowsLocalResults();
    void queryBeyondServerLimitsIsLocalOnly();
    void serverFailureIsReported();
    void emptyQueryShowsNothing();

private:
    /// Stores the first \a count conversations the server lists for \a state.
    void seedStore(const QString &state, int count);
    std::unique_ptr<SearchResultsModel> makeModel(api::IntercomClient *client);
    static QStringList ids(const SearchResultsModel &model);
    static int serverRows(const SearchResultsModel &model);

    SandboxHarness m_sandbox;
    std::unique_ptr<storetest::TempStore> m_store;
    std::unique_ptr<models::StoreChanges> m_changes;
};

void TestSearchResultsModel::initTestCase()
{
    QVERIFY(m_sandbox.start(400));
}

void TestSearchResultsModel::init()
{
    m_store = std::make_unique<storetest::TempStore>();
    m_changes = std::make_unique<models::StoreChanges>();
    models::ReferenceRepository references(m_store->db());
    auto tags = finished(m_sandbox.client->listTags());
    VERIFY_OK(tags);
    QVERIFY(references.replaceTags(tags->result()));
    auto admins = finished(m_sandbox.client->listAdmins());
    VERIFY_OK(admins);
    QVERIFY(references.replaceAdmins(admins->result()));
}

void TestSearchResultsModel::cleanup()
{
    m_changes.reset();
    m_store.reset();
}

void TestSearchResultsModel::seedStore(const QString &state, int count)
{
    api::SearchRequest request;
    request.query = api::SearchQuery::filter(QStringLiteral("state"), QStringLiteral("="), state);
    request.perPage = count;
    auto job = finished(m_sandbox.client->searchConversations(request));
    VERIFY_OK(job);
    QCOMPARE(job->result().items.size(), count);
    QVERIFY(models::ConversationRepository(m_store->db()).upsertConversations(job->result().items));
}

std::unique_ptr<SearchResultsModel> TestSearchResultsModel::makeModel(api::IntercomClient *client)
{
    auto model = std::make_unique<SearchResultsModel>(m_store->db(), m_changes.get(), client);
    model->setDelays(0, 20);
    return model;
}

QStringList TestSearchResultsModel::ids(const SearchResultsModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row, 0).data(models::ConversationIdRole).toString();
    return result;
}

int TestSearchResultsModel::serverRows(const SearchResultsModel &model)
{
    int count = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        count += model.index(row, 0).data(models::IsServerResultRole).toBool() ? 1 : 0;
    return count;
}

void TestSearchResultsModel::localResultsAtOnce()
{
    seedStore(QStringLiteral("open"), 30);
    auto model = makeModel(m_sandbox.client.get());
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setQuery(QStringLiteral("is:open"));
    // No event loop turn yet: the rows come from the store.
    QCOMPARE(model->rowCount(), 30);
    QCOMPARE(model->serverState(), State::Waiting);
    QCOMPARE(serverRows(*model), 0);
    QCOMPARE(model->index(0, 0).data(models::StateRole).toString(), QStringLiteral("open"));
    QVERIFY(!model->index(0, 0).data(models::TitleRole).toString().isEmpty());
    QCOMPARE(model->index(0, 0).data(models::IsServerResultRole), QVariant(false));
    QTRY_COMPARE_WITH_TIMEOUT(model->serverState(), State::Done, 10000);
}

void TestSearchResultsModel::serverHitsAreStoredAndAppended()
{
    seedStore(QStringLiteral("open"), 10);
    auto model = makeModel(m_sandbox.client.get());
    model->setServerPageSize(40);
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy moves(model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
    model->setQuery(QStringLiteral("is:open"));
    const QStringList local = ids(*model);
    QCOMPARE(local.size(), 10);
    QTRY_COMPARE_WITH_TIMEOUT(model->serverState(), State::Done, 10000);
    QTRY_COMPARE(model->rowCount(), 40); // the 10 stored ones are among the server's 40
    // The rows the agent saw first did not move; the server's are after them.
    QCOMPARE(ids(*model).mid(0, 10), local);
    QCOMPARE(serverRows(*model), 30);
    for (int row = 10; row < 40; ++row) {
        const QModelIndex index = model->index(row, 0);
        QVERIFY(index.data(models::IsServerResultRole).toBool());
        QCOMPARE(index.data(models::StateRole).toString(), QStringLiteral("open"));
    }
    QCOMPARE(moves.count(), 0);
    QCOMPARE(resets.count(), 0);
    const QStringList all = ids(*model);
    QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), 40);
    // They were written to the store as the sync writes them.
    models::ConversationRepository repository(m_store->db());
    QCOMPARE(repository.count(models::ConversationFilter::allOpen()), 40);
    QVERIFY(model->statusText().contains(QLatin1String("30")));

    // The next page of the server only when the local part is exhausted.
    QVERIFY(model->canFetchMore({}));
    model->fetchMore({});
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 40, 10000);
    QCOMPARE(ids(*model).mid(0, 10), local);
}

void TestSearchResultsModel::serverHitsMatchingLocallyAreNotRepeated()
{
    seedStore(QStringLiteral("closed"), 25);
    auto model = makeModel(m_sandbox.client.get());
    model->setServerPageSize(20); // the same first 20 the store holds
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setQuery(QStringLiteral("is:closed"));
    QCOMPARE(model->rowCount(), 25);
    QTRY_COMPARE_WITH_TIMEOUT(model->serverState(), State::Done, 10000);
    QCOMPARE(model->rowCount(), 25);
    QCOMPARE(serverRows(*model), 0);
    QCOMPARE(model->serverResultCount(), 0);
}

void TestSearchResultsModel::inMemoryConditionsNarrowTheLocalPart()
{
    seedStore(QStringLiteral("open"), 60);
    models::ConversationRepository repository(m_store->db());
    const auto page = repository.page(models::ConversationFilter::allOpen(),
                                      models::ConversationSort::UpdatedNewest, 100);
    int unread = 0;
    for (const auto &row : page.rows)
        unread += row.read ? 0 : 1;
    QVERIFY2(unread > 0 && unread < 60, "the sandbox should mix read and unread");
    auto model = makeModel(nullptr); // no client: local only
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setQuery(QStringLiteral("is:open is:unread"));
    while (model->canFetchMore({}))
        model->fetchMore({});
    QCOMPARE(model->rowCount(), unread);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, 0).data(models::IsReadRole), QVariant(false));
    QCOMPARE(model->serverState(), State::LocalOnly);
    QVERIFY(!model->statusText().isEmpty());

    // Marking one read locally takes it out (the local list follows the store).
    const QString first = model->index(0, 0).data(models::ConversationIdRole).toString();
    QVERIFY(repository.setRead(first, true));
    m_changes->notifyConversationsChanged({first});
    QTRY_COMPARE(model->rowCount(), unread - 1);
}

void TestSearchResultsModel::supersededQueryIsCancelled()
{
    auto model = makeModel(m_sandbox.client.get());
    model->setDelays(0, 0);
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->commitQuery(QStringLiteral("is:open"));
    QCOMPARE(model->serverState(), State::Searching);
    model->commitQuery(QStringLiteral("is:snoozed"));
    QTRY_COMPARE_WITH_TIMEOUT(model->serverState(), State::Done, 10000);
    QTest::qWait(200); // a late answer to the first query must not show up
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, 0).data(models::StateRole).toString(),
                 QStringLiteral("snoozed"));
}

void TestSearchResultsModel::parseErrorKeepsResults()
{
    seedStore(QStringLiteral("open"), 5);
    auto model = makeModel(nullptr);
    QSignalSpy errors(model.get(), &SearchResultsModel::errorsChanged);
    model->setQuery(QStringLiteral("is:open"));
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(errors.count(), 0);
    model->setQuery(QStringLiteral("is:open tag:no-such-tag"));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(model->errors().size(), 1);
    QCOMPARE(model->errors().constFirst().position, 8);
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(model->query(), QStringLiteral("is:open"));
    model->setQuery(QStringLiteral("is:open"));
    QCOMPARE(errors.count(), 2);
    QVERIFY(model->errors().isEmpty());
}

void TestSearchResultsModel::offlineShowsLocalResults()
{
    seedStore(QStringLiteral("open"), 5);
    auto model = makeModel(m_sandbox.client.get());
    QSignalSpy status(model.get(), &SearchResultsModel::statusTextChanged);
    model->setOnline(false);
    model->setQuery(QStringLiteral("is:open"));
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(model->serverState(), State::Offline);
    QCOMPARE(model->statusText(), QStringLiteral("Offline: showing local results"));
    QVERIFY(!status.isEmpty());
    QTest::qWait(100);
    QCOMPARE(model->serverState(), State::Offline);
    QCOMPARE(model->rowCount(), 5);
    // Back online: the server search runs.
    model->setOnline(true);
    QTRY_COMPARE_WITH_TIMEOUT(model->serverState(), State::Done, 10000);
    QVERIFY(model->rowCount() > 5);
}

void TestSearchResultsModel::queryBeyondServerLimitsIsLocalOnly()
{
    auto model = makeModel(m_sandbox.client.get());
    QStringList words;
    for (int i = 0; i < 15; ++i)
        words << QStringLiteral("w%1").arg(i);
    model->setQuery(QStringLiteral("is:open ") + words.join(QLatin1Char(' ')));
    QCOMPARE(model->serverState(), State::LocalOnly);
    QVERIFY(model->statusText().contains(QLatin1String("14")));
}

void TestSearchResultsModel::serverFailureIsReported()
{
    api::ClientConfig config = m_sandbox.config();
    config.token = "wrong-token";
    api::IntercomClient client(config);
    seedStore(QStringLiteral("open"), 3);
    auto model = makeModel(&client);
    model->setQuery(QStringLiteral("is:open"));
    QTRY_COMPARE_WITH_TIMEOUT(model->serverState(), State::Failed, 10000);
    QVERIFY(model->statusText().size() > QStringLiteral("Server search failed: ").size());
    QCOMPARE(model->rowCount(), 3); // the local results stand
}

void TestSearchResultsModel::emptyQueryShowsNothing()
{
    seedStore(QStringLiteral("open"), 3);
    auto model = makeModel(m_sandbox.client.get());
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setQuery(QStringLiteral("is:open"));
    QCOMPARE(model->rowCount(), 3);
    model->setQuery(QStringLiteral("   "));
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->serverState(), State::Idle);
    QVERIFY(!model->canFetchMore({}));
}

QTEST_GUILESS_MAIN(TestSearchResultsModel)
#include "tst_searchresultsmodel.moc"
