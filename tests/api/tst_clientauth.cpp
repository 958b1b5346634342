// A revoked token (401) holds the client until a new one is set; base URLs that would expose
// the token are refused before anything is sent; TLS failures are reported, never ignored.
#include "tests/support/sandboxharness.h"

#include "api/transportpolicy.h"
#include "tracecapture.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>
#include <utility>

using namespace api;
using Category = ApiError::Category;

namespace {

/// Counts the requests that really leave, and lets a test act right after one is started.
class CountingNetwork : public QNetworkAccessManager
{
public:
    int created = 0;
    std::function<void()> onNextCreated; ///< called once, right after the next request started

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *data) override
    {
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, data);
        ++created;
        if (const std::function<void()> callback = std::exchange(onNextCreated, nullptr))
            callback();
        return reply;
    }
};

} // namespace

class TestClientAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void revokedTokenHoldsUntilNewToken();
    void answerToEarlierTokenIsResent();
    void insecureBaseUrlIsRefused_data();
    void insecureBaseUrlIsRefused();
    void tlsFailureIsNotIgnored();

private:
    int unauthorizedAnswers();
    SandboxHarness m_sandbox;
    QString m_firstToken;
};

void TestClientAuth::initTestCase()
{
    QVERIFY(m_sandbox.start(20));
    m_firstToken = m_sandbox.server->token();
}

void TestClientAuth::init()
{
    m_sandbox.server->setToken(m_firstToken);
    m_sandbox.server->resetStats();
}

int TestClientAuth::unauthorizedAnswers()
{
    return m_sandbox.server->stats().value(QLatin1String("unauthorized")).toInt();
}

void TestClientAuth::revokedTokenHoldsUntilNewToken()
{
    ClientConfig config = m_sandbox.config();
    config.maxInFlight = 1; // one request meets the 401, the others are still queued
    CountingNetwork network;
    IntercomClient client(config, &network);
    QSignalSpy failed(&client, &IntercomClient::authenticationFailed);
    QSignalSpy changed(&client, &IntercomClient::tokenChanged);
    TraceCapture trace;
    VERIFY_OK(finished(client.me()));

    m_sandbox.server->setToken(QStringLiteral("rotated-token"));
    const int sentBefore = network.created;
    QList<AdminJob *> jobs;
    for (int i = 0; i < 5; ++i)
        jobs.append(kept(client.me()));
    int finishedBeforeSignal = 0;
    // Single shot: the jobs are deleted below, before the second signal of this test.
    connect(
        &client, &IntercomClient::authenticationFailed, this,
        [&] {
            for (AdminJob *job : jobs)
                finishedBeforeSignal += job->isFinished() ? 1 : 0;
        },
        Qt::SingleShotConnection);
    for (AdminJob *job : jobs) {
        const auto done = finished(job);
        QCOMPARE(done->error().category, Category::Authentication);
        QVERIFY(!done->error().displayText().isEmpty());
    }
    QCOMPARE(finishedBeforeSignal, 0); // the state is known before any job reports
    QCOMPARE(failed.count(), 1);
    QVERIFY(client.isAuthenticationRequired());
    QCOMPARE(network.created - sentBefore, 1); // the rest never went out with a refused token
    QCOMPARE(unauthorizedAnswers(), 1);

    // More work while waiting: refused at once, no new signal, nothing sent.
    QCOMPARE(finished(client.listTags())->error().category, Category::Authentication);
    QCOMPARE(network.created - sentBefore, 1);
    QCOMPARE(failed.count(), 1);

    client.setToken("rotated-token");
    QCOMPARE(changed.count(), 1);
    QVERIFY(!client.isAuthenticationRequired());
    VERIFY_OK(finished(client.me()));
    VERIFY_OK(finished(client.listTags()));

    // Revoked again: one more signal for the new token.
    m_sandbox.server->setToken(QStringLiteral("third-token"));
    QCOMPARE(finished(client.me())->error().httpStatus, 401);
    QCOMPARE(failed.count(), 2);

    for (const QString &line : trace.lines()) {
        QVERIFY2(!line.contains(m_firstToken), qPrintable(line));
        QVERIFY2(!line.contains(QLatin1String("rotated-token")), qPrintable(line));
    }
}

void TestClientAuth::answerToEarlierTokenIsResent()
{
    // The token is replaced while a request with the old one is on the wire: its 401 is about
    // the old token, so the request goes again with the new one and nobody is asked to sign in.
    ClientConfig config = m_sandbox.config();
    config.token = "revoked-before";
    CountingNetwork network;
    IntercomClient client(config, &network);
    QSignalSpy failed(&client, &IntercomClient::authenticationFailed);
    network.onNextCreated = [&] {
        client.setToken(m_firstToken.toUtf8());
    };
    const auto job = finished(client.me());
    VERIFY_OK(job);
    QCOMPARE(job->attempts(), 2);
    QCOMPARE(network.created, 2);
    QCOMPARE(failed.count(), 0);
    QVERIFY(!client.isAuthenticationRequired());
}

void TestClientAuth::insecureBaseUrlIsRefused_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::newRow("url/http-remote") << QStringLiteral("http://api.intercom.io");
    QTest::newRow("url/http-lan") << QStringLiteral("http://192.168.1.10:8080");
    QTest::newRow("url/ftp") << QStringLiteral("ftp://127.0.0.1");
    QTest::newRow("url/credentials") << QStringLiteral("https://user:pw@api.intercom.io");
    QTest::newRow("url/empty") << QString();
}

void TestClientAuth::insecureBaseUrlIsRefused()
{
    QFETCH(QString, baseUrl);
    ClientConfig config = m_sandbox.config();
    config.customBaseUrl = QUrl(baseUrl);
    CountingNetwork network;
    IntercomClient client(config, &network);
    const auto job = finished(client.me());
    QCOMPARE(job->error().category, Category::InvalidRequest);
    QCOMPARE(job->attempts(), 0);
    QVERIFY(job->error().displayText().contains(
        TransportPolicy::explain(TransportPolicy::check(config.baseUrl()))));
    QCOMPARE(network.created, 0);

    // Allowed: https anywhere, plain http only to this machine.
    QVERIFY(TransportPolicy::isAllowed(m_sandbox.server->url()));
    QVERIFY(TransportPolicy::isAllowed(ClientConfig::regionBaseUrl(ClientConfig::Region::EU)));
}

void TestClientAuth::tlsFailureIsNotIgnored()
{
    // A server that answers the TLS ClientHello with plain HTTP: the handshake fails, and the
    // client must report it as such instead of going on (nothing calls ignoreSslErrors()).
    QTcpServer plain;
    QVERIFY(plain.listen(QHostAddress::LocalHost));
    connect(&plain, &QTcpServer::newConnection, this, [&plain] {
        while (QTcpSocket *socket = plain.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
            });
        }
    });
    ClientConfig config = m_sandbox.config();
    config.customBaseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(plain.serverPort()));
    config.retryPolicy = RetryPolicy::none();
    IntercomClient client(config);
    const auto job = finished(client.me());
    if (job->error().networkError == QNetworkReply::ProtocolUnknownError)
        QSKIP("Qt has no TLS backend here");
    QVERIFY2(job->error().category == Category::Tls,
             qPrintable(QString::number(job->error().networkError) + QLatin1Char(' ')
                        + job->error().message));
    QCOMPARE(job->error().networkError, QNetworkReply::SslHandshakeFailedError);
    QVERIFY(!job->error().displayText().isEmpty());
    QCOMPARE(job->attempts(), 1);
}

QTEST_GUILESS_MAIN(TestClientAuth)
#include "tst_clientauth.moc"
