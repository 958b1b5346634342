#include "models/conversationroles.h"
#include "models/remoteconversationmodel.h"

#include "tests/support/sandboxharness.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using models::RemoteConversationModel;

/// The first window's model against a real sandbox over loopback HTTP.
class TestRemoteConversationModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadsEveryOpenConversationOnce();
    void rolesCarryTheConversation();
    void errorStopsFetchingUntilRetry();
    void reloadStartsOver();

private:
    std::unique_ptr<api::IntercomClient> makeClient(const QByteArray &token = {});
    static void fetchAll(RemoteConversationModel &model);

    SandboxHarness m_sandbox;
};

void TestRemoteConversationModel::initTestCase()
{
    QVERIFY(m_sandbox.start(600));
}

std::unique_ptr<api::IntercomClient>
TestRemoteConversationModel::makeClient(const QByteArray &token)
{
    api::ClientConfig config = m_sandbox.config();
    if (!token.isEmpty())
        config.token = token;
    return std::make_unique<api::IntercomClient>(config);
}

void TestRemoteConversationModel::fetchAll(RemoteConversationModel &model)
{
    QSignalSpy loading(&model, &RemoteConversationModel::loadingChanged);
    for (int guard = 0; guard < 100; ++guard) {
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
        if (!model.canFetchMore({}))
            return;
        model.fetchMore({});
    }
    QFAIL("the model never stopped offering more");
}

void TestRemoteConversationModel::loadsEveryOpenConversationOnce()
{
    auto client = makeClient();
    RemoteConversationModel model(client.get(), RemoteConversationModel::openConversations());
    QVERIFY(model.canFetchMore({}));
    // The tester exercises fetchMore() itself, which sends the first request.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.isLoading());
    QVERIFY2(!model.canFetchMore({}), "no second request while one is in flight");
    fetchAll(model);

    QVERIFY(!model.lastError());
    QVERIFY(model.totalCount() > 150); // more than one page, so paging was exercised
    QCOMPARE(model.rowCount(), model.totalCount());
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        ids.insert(index.data(models::ConversationIdRole).toString());
        QCOMPARE(index.data(models::StateRole).toString(), QStringLiteral("open"));
    }
    QCOMPARE(ids.size(), model.rowCount());
}

void TestRemoteConversationModel::rolesCarryTheConversation()
{
    auto client = makeClient();
    RemoteConversationModel model(client.get(), RemoteConversationModel::openConversations());
    model.reload();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0, 10000);

    const QModelIndex first = model.index(0, 0);
    const api::Conversation &conversation = model.conversationAt(0);
    QCOMPARE(first.data(models::ConversationIdRole).toString(), conversation.id);
    QVERIFY(!first.data(Qt::DisplayRole).toString().isEmpty());
    QVERIFY(!first.data(models::ContactNameRole).toString().isEmpty());
    QVERIFY2(!first.data(models::SnippetRole).toString().contains(QLatin1Char('<')),
             "snippets are plain text");
    const QDateTime updated = first.data(models::UpdatedAtRole).toDateTime();
    QCOMPARE(updated.toSecsSinceEpoch(), conversation.updatedAt);
    QCOMPARE(first.data(models::IsPendingRole).toBool(), false);
    QVERIFY(model.roleNames().contains(models::IsStaleRole));
}

void TestRemoteConversationModel::errorStopsFetchingUntilRetry()
{
    auto client = makeClient("not-the-token");
    RemoteConversationModel model(client.get(), RemoteConversationModel::openConversations());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy errors(&model, &RemoteConversationModel::errorOccurred);
    model.reload();
    QVERIFY(errors.wait(10000));
    QCOMPARE(model.lastError().category, api::ApiError::Category::Authentication);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY2(!model.canFetchMore({}), "scrolling must not resend a failing request");

    client->setToken(m_sandbox.server->token().toUtf8());
    model.retry();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0, 10000);
    QVERIFY(!model.lastError());
}

void TestRemoteConversationModel::reloadStartsOver()
{
    auto client = makeClient();
    RemoteConversationModel model(client.get(), RemoteConversationModel::openConversations());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0, 10000);
    const int firstPage = model.rowCount();
    model.reload(); // also aborts nothing in flight here, and must not duplicate rows
    QCOMPARE(model.rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), firstPage, 10000);
}

QTEST_GUILESS_MAIN(TestRemoteConversationModel)
#include "tst_remoteconversationmodel.moc"
