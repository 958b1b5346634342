#include "sandboxtestclient.h"

#include "sandbox/sandboxserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace sandbox;

namespace {

SandboxOptions smallWorkspace()
{
    SandboxOptions options;
    options.workspace.conversations = 20;
    options.workspace.seed = 3;
    options.token = QStringLiteral("test-token");
    return options;
}

std::unique_ptr<SandboxServer> startServer(const SandboxOptions &options = smallWorkspace())
{
    auto server = std::make_unique<SandboxServer>(options);
    QString error;
    if (!server->start(&error))
        qWarning("sandbox did not start: %s", qPrintable(error));
    return server;
}

bool hasTag(SandboxTestClient &client, const QString &name)
{
    const QJsonArray tags
        = client.get(QStringLiteral("/tags")).json().value(QStringLiteral("data")).toArray();
    return std::any_of(tags.begin(), tags.end(), [&name](const QJsonValue &tag) {
        return tag.toObject().value(QStringLiteral("name")).toString() == name;
    });
}

QByteArray tagBody(const QString &name)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("name"), name}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class tst_SandboxServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listensOnLoopbackOnly();
    void generatesTokenWhenNoneGiven();
    void authentication_data();
    void authentication();
    void rotatedTokenIsRevoked();
    void tokenRouteRotates();
    void everyAnswerHasJsonAndRateLimitHeaders_data();
    void everyAnswerHasJsonAndRateLimitHeaders();
    void rateLimitRefusesAndResets();
    void statusFaults_data();
    void statusFaults();
    void delayOutlastsShortTimeout();
    void dropsCloseTheConnection_data();
    void dropsCloseTheConnection();
    void brokenBodiesDoNotParse_data();
    void brokenBodiesDoNotParse();
    void unknownFaultHeaderIsRejected();
    void fractionIsHonouredAndDeterministic();
    void sandboxRoutesNeverFault();
    void redirectRoute();
    void statsCountRoutes();
    void keepAliveReusesConnections();
    void largeBodiesArrive();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void tst_SandboxServer::initTestCase()
{
    m_server = startServer();
    QVERIFY(m_server->isListening());
    m_client = std::make_unique<SandboxTestClient>(m_server->url(), m_server->token());
}

void tst_SandboxServer::listensOnLoopbackOnly()
{
    QCOMPARE(m_server->url().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(m_server->port() > 0);
    QCOMPARE(m_server->url().port(), int(m_server->port()));
}

void tst_SandboxServer::generatesTokenWhenNoneGiven()
{
    SandboxOptions options = smallWorkspace();
    options.token.clear();
    SandboxServer first(options);
    SandboxServer second(options);
    QVERIFY(first.token().startsWith(QStringLiteral("sbx_")));
    QCOMPARE(first.token().size(), 4 + 32);
    QVERIFY(first.token() != second.token());
}

void tst_SandboxServer::authentication_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::newRow("auth/missing") << QByteArray() << 401;
    QTest::newRow("auth/wrong-token") << QByteArray("Bearer nope") << 401;
    QTest::newRow("auth/wrong-scheme") << QByteArray("Basic test-token") << 401;
    QTest::newRow("auth/token-prefix") << QByteArray("Bearer test-token-longer") << 401;
    QTest::newRow("auth/ok") << QByteArray("Bearer test-token") << 200;
    QTest::newRow("auth/ok-lowercase-scheme") << QByteArray("bearer test-token") << 200;
}

void tst_SandboxServer::authentication()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    SandboxTestClient client(m_server->url(), QString());
    sandbox::HttpHeaderList headers;
    if (!authorization.isEmpty())
        headers.append({QByteArrayLiteral("Authorization"), authorization});
    const TestReply reply = client.get(QStringLiteral("/tags"), headers);
    QCOMPARE(reply.status, status);
    if (status == 401) {
        const QJsonObject body = reply.json();
        QCOMPARE(body.value(QStringLiteral("type")).toString(), QStringLiteral("error.list"));
        QCOMPARE(reply.errorCode(), QStringLiteral("unauthorized"));
        const QJsonObject error = body.value(QStringLiteral("errors")).toArray().at(0).toObject();
        QCOMPARE(error.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Access Token Invalid"));
        QVERIFY(!body.value(QStringLiteral("request_id")).toString().isEmpty());
    }
}

void tst_SandboxServer::rotatedTokenIsRevoked()
{
    auto server = startServer();
    const QString old = server->token();
    SandboxTestClient client(server->url(), old);
    QCOMPARE(client.get(QStringLiteral("/me")).status, 200);

    server->setToken(QStringLiteral("second-token"));
    QCOMPARE(server->token(), QStringLiteral("second-token"));
    const TestReply revoked = client.get(QStringLiteral("/me"));
    QCOMPARE(revoked.status, 401);
    QCOMPARE(revoked.errorCode(), QStringLiteral("unauthorized"));
    QVERIFY(!revoked.header("X-RateLimit-Limit").isEmpty());
    client.setToken(QStringLiteral("second-token"));
    QCOMPARE(client.get(QStringLiteral("/me")).status, 200);

    server->setToken({}); // a fresh generated one
    QVERIFY(server->token().startsWith(QStringLiteral("sbx_")));
    QCOMPARE(client.get(QStringLiteral("/me")).status, 401);
    client.setToken(server->token());
    QCOMPARE(client.get(QStringLiteral("/me")).status, 200);
}

void tst_SandboxServer::tokenRouteRotates()
{
    auto server = startServer();
    SandboxTestClient client(server->url(), server->token());
    const TestReply chosen
        = client.send("POST", QStringLiteral("/__sandbox/token"), R"({"token":"chosen"})");
    QCOMPARE(chosen.status, 200);
    QCOMPARE(chosen.json().value(QStringLiteral("token")).toString(), QStringLiteral("chosen"));
    QCOMPARE(server->token(), QStringLiteral("chosen"));
    // Only the holder of the current token may rotate it.
    QCOMPARE(client.send("POST", QStringLiteral("/__sandbox/token")).status, 401);
    client.setToken(QStringLiteral("chosen"));
    const TestReply generated = client.send("POST", QStringLiteral("/__sandbox/token"));
    QCOMPARE(generated.status, 200);
    const QString token = generated.json().value(QStringLiteral("token")).toString();
    QVERIFY(token.startsWith(QStringLiteral("sbx_")));
    QCOMPARE(server->token(), token);
    QCOMPARE(client.get(QStringLiteral("/tags")).status, 401);
}

void tst_SandboxServer::everyAnswerHasJsonAndRateLimitHeaders_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("status");
    QTest::newRow("answer/200") << QStringLiteral("/tags") << QStringLiteral("test-token") << 200;
    QTest::newRow("answer/401") << QStringLiteral("/tags") << QStringLiteral("bad") << 401;
    QTest::newRow("answer/404") << QStringLiteral("/no/such/route") << QStringLiteral("test-token")
                                << 404;
    QTest::newRow("answer/sandbox-route")
        << QStringLiteral("/__sandbox/stats") << QStringLiteral("test-token") << 200;
}

void tst_SandboxServer::everyAnswerHasJsonAndRateLimitHeaders()
{
    QFETCH(QString, target);
    QFETCH(QString, token);
    QFETCH(int, status);
    SandboxTestClient client(m_server->url(), token);
    const TestReply reply = client.get(target);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
    QVERIFY(!reply.header("X-Request-Id").isEmpty());
    bool ok = false;
    QCOMPARE(reply.header("X-RateLimit-Limit").toInt(&ok), RateLimiter::DefaultLimit);
    QVERIFY(ok);
    const int remaining = reply.header("X-RateLimit-Remaining").toInt(&ok);
    QVERIFY(ok && remaining >= 0 && remaining <= RateLimiter::DefaultLimit);
    const qint64 reset = reply.header("X-RateLimit-Reset").toLongLong(&ok);
    QVERIFY(ok);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QVERIFY(reset > now - 1 && reset <= now + 10);
    QCOMPARE(reset % 10, qint64(0));
    reply.json(&ok);
    QVERIFY(ok);
}

void tst_SandboxServer::rateLimitRefusesAndResets()
{
    SandboxOptions options = smallWorkspace();
    options.rateLimit = 3;
    auto server = startServer(options);
    // Start at the beginning of a window so the test never straddles a real window boundary.
    server->setClockOffset(-(QDateTime::currentSecsSinceEpoch() % 10));
    SandboxTestClient client(server->url(), server->token());

    for (int remaining : {2, 1, 0}) {
        const TestReply reply = client.get(QStringLiteral("/tags"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("X-RateLimit-Limit"), QByteArray("3"));
        QCOMPARE(reply.header("X-RateLimit-Remaining").toInt(), remaining);
    }
    const TestReply refused = client.get(QStringLiteral("/tags"));
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.errorCode(), QStringLiteral("rate_limit_exceeded"));
    QCOMPARE(refused.header("X-RateLimit-Limit"), QByteArray("3"));
    QCOMPARE(refused.header("X-RateLimit-Remaining"), QByteArray("0"));
    const qint64 reset = refused.header("X-RateLimit-Reset").toLongLong();
    QCOMPARE(reset, server->now() - server->now() % 10 + 10);

    server->setClockOffset(server->clockOffset() + 10); // the next window
    const TestReply again = client.get(QStringLiteral("/tags"));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.header("X-RateLimit-Remaining"), QByteArray("2"));
    QCOMPARE(again.header("X-RateLimit-Reset").toLongLong(), reset + 10);
    QCOMPARE(client.stats().value(QStringLiteral("rate_limited")).toInt(), 1);
}

void tst_SandboxServer::statusFaults_data()
{
    QTest::addColumn<QByteArray>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("fault/500") << QByteArray("500") << 500 << QStringLiteral("server_error");
    QTest::newRow("fault/503") << QByteArray("503") << 503 << QStringLiteral("service_unavailable");
    QTest::newRow("fault/429") << QByteArray("429") << 429 << QStringLiteral("rate_limit_exceeded");
}

void tst_SandboxServer::statusFaults()
{
    QFETCH(QByteArray, fault);
    QFETCH(int, status);
    QFETCH(QString, code);
    const TestReply reply
        = m_client->get(QStringLiteral("/tags"), {{QByteArrayLiteral("X-Sandbox-Fault"), fault}});
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
    QVERIFY(!reply.header("X-RateLimit-Reset").isEmpty());
    if (status == 429)
        QCOMPARE(reply.header("X-RateLimit-Remaining"), QByteArray("0"));
}

void tst_SandboxServer::delayOutlastsShortTimeout()
{
    SandboxOptions options = smallWorkspace();
    options.faults.delayMs = 700;
    auto server = startServer(options);
    SandboxTestClient client(server->url(), server->token());
    const sandbox::HttpHeaderList delay{{QByteArrayLiteral("X-Sandbox-Fault"), "delay"}};

    const TestReply late = client.send("GET", QStringLiteral("/tags"), {}, delay);
    QCOMPARE(late.status, 200);
    QVERIFY2(late.elapsedMs >= 650, qPrintable(QString::number(late.elapsedMs)));

    const TestReply timedOut = client.send("GET", QStringLiteral("/tags"), {}, delay, 200);
    QCOMPARE(timedOut.status, 0);
    QVERIFY(timedOut.error == QNetworkReply::OperationCanceledError
            || timedOut.error == QNetworkReply::TimeoutError);

    // The server survives a client that gave up on a late answer.
    QTest::qWait(700);
    QCOMPARE(client.get(QStringLiteral("/tags")).status, 200);
}

void tst_SandboxServer::dropsCloseTheConnection_data()
{
    QTest::addColumn<QByteArray>("fault");
    QTest::addColumn<bool>("applied");
    QTest::newRow("fault/drop-before") << QByteArray("drop-before") << false;
    QTest::newRow("fault/drop-after") << QByteArray("drop-after") << true;
}

void tst_SandboxServer::dropsCloseTheConnection()
{
    QFETCH(QByteArray, fault);
    QFETCH(bool, applied);
    const QString name = QStringLiteral("tag-") + QString::fromLatin1(fault);
    const int handled = m_client->stats().value(QStringLiteral("handled")).toInt();
    const TestReply reply = m_client->send("POST", QStringLiteral("/tags"), tagBody(name),
                                           {{QByteArrayLiteral("X-Sandbox-Fault"), fault}});
    QCOMPARE(reply.status, 0);
    QCOMPARE(reply.error, QNetworkReply::RemoteHostClosedError);
    // Applied at least once when applied: QNAM itself re-sends a request (even a POST) once when
    // the connection closes before the answer, and the forced fault hits the re-send too.
    const int handledNow = m_client->stats().value(QStringLiteral("handled")).toInt();
    QCOMPARE(handledNow > handled, applied);
    QCOMPARE(hasTag(*m_client, name), applied);
}

void tst_SandboxServer::brokenBodiesDoNotParse_data()
{
    QTest::addColumn<QByteArray>("fault");
    QTest::newRow("fault/malformed") << QByteArray("malformed");
    QTest::newRow("fault/truncated") << QByteArray("truncated");
}

void tst_SandboxServer::brokenBodiesDoNotParse()
{
    QFETCH(QByteArray, fault);
    const TestReply reply
        = m_client->get(QStringLiteral("/tags"), {{QByteArrayLiteral("X-Sandbox-Fault"), fault}});
    bool ok = true;
    reply.json(&ok);
    QVERIFY(!ok);
    if (fault == "malformed") {
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.error, QNetworkReply::NoError);
    } else {
        // Content-Length promised more than arrived before the server hung up.
        QVERIFY(reply.error != QNetworkReply::NoError);
    }
    QCOMPARE(m_client->get(QStringLiteral("/tags")).status, 200); // and the server carries on
}

void tst_SandboxServer::unknownFaultHeaderIsRejected()
{
    const TestReply reply = m_client->get(QStringLiteral("/tags"),
                                          {{QByteArrayLiteral("X-Sandbox-Fault"), "teapot"}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("parameter_invalid"));
}

void tst_SandboxServer::fractionIsHonouredAndDeterministic()
{
    SandboxOptions options = smallWorkspace();
    options.faults = FaultOptions{0.25, {FaultKind::Status500, FaultKind::Status503}, 3000, 11};
    QList<int> firstRun;
    for (int run = 0; run < 2; ++run) {
        auto server = startServer(options);
        SandboxTestClient client(server->url(), server->token());
        QList<int> statuses;
        for (int i = 0; i < 120; ++i)
            statuses.append(client.get(QStringLiteral("/tags")).status);
        const qsizetype faults = statuses.count(500) + statuses.count(503);
        QCOMPARE(faults + statuses.count(200), statuses.size());
        QVERIFY2(faults >= 12 && faults <= 50, qPrintable(QString::number(faults)));
        QCOMPARE(client.stats().value(QStringLiteral("faults")).toInt(), int(faults));
        if (run == 0)
            firstRun = statuses;
        else
            QCOMPARE(statuses, firstRun);
    }
}

void tst_SandboxServer::sandboxRoutesNeverFault()
{
    SandboxOptions options = smallWorkspace();
    options.faults = FaultOptions{1.0, {FaultKind::Status500}, 3000, 1};
    auto server = startServer(options);
    SandboxTestClient client(server->url(), server->token());
    QCOMPARE(client.get(QStringLiteral("/tags")).status, 500);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(client.get(QStringLiteral("/__sandbox/stats")).status, 200);
    const TestReply forced = client.get(QStringLiteral("/__sandbox/stats"),
                                        {{QByteArrayLiteral("X-Sandbox-Fault"), "drop-before"}});
    QCOMPARE(forced.status, 200);
}

void tst_SandboxServer::redirectRoute()
{
    const QString target = QStringLiteral("http://other.invalid:8080/conversations?x=1&y=2");
    const QString query = QStringLiteral("/__sandbox/redirect?to=")
                          + QString::fromLatin1(QUrl::toPercentEncoding(target));
    const TestReply reply = m_client->get(query);
    QCOMPARE(reply.status, 302);
    QCOMPARE(QUrl::fromEncoded(reply.header("Location")), QUrl(target));

    QCOMPARE(m_client->get(QStringLiteral("/__sandbox/redirect")).status, 400);
    SandboxTestClient anonymous(m_server->url(), QString());
    QCOMPARE(anonymous.get(query).status, 401);
    QCOMPARE(m_client->get(QStringLiteral("/__sandbox/nothing")).status, 404);
}

void tst_SandboxServer::statsCountRoutes()
{
    auto server = startServer();
    SandboxTestClient client(server->url(), server->token());
    client.get(QStringLiteral("/conversations/123"));
    client.get(QStringLiteral("/conversations/456"));
    client.send("POST", QStringLiteral("/conversations/456/reply"), "{}");
    SandboxTestClient anonymous(server->url(), QString());
    anonymous.get(QStringLiteral("/tags"));

    const QJsonObject stats = client.stats();
    QCOMPARE(stats.value(QStringLiteral("type")).toString(), QStringLiteral("sandbox.stats"));
    QCOMPARE(stats.value(QStringLiteral("total")).toInt(), 4);
    QCOMPARE(stats.value(QStringLiteral("unauthorized")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("handled")).toInt(), 3);
    const QJsonObject byRoute = stats.value(QStringLiteral("by_route")).toObject();
    QCOMPARE(byRoute.value(QStringLiteral("GET /conversations/{id}")).toInt(), 2);
    QCOMPARE(byRoute.value(QStringLiteral("POST /conversations/{id}/reply")).toInt(), 1);
    QCOMPARE(byRoute.value(QStringLiteral("GET /tags")).toInt(), 1);

    QCOMPARE(client.send("DELETE", QStringLiteral("/__sandbox/stats")).status, 200);
    QCOMPARE(client.stats().value(QStringLiteral("total")).toInt(), 0);
}

void tst_SandboxServer::keepAliveReusesConnections()
{
    auto server = startServer();
    SandboxTestClient client(server->url(), server->token());
    for (int i = 0; i < 60; ++i)
        QCOMPARE(client.get(QStringLiteral("/tags")).status, 200);
    const int connections = client.stats().value(QStringLiteral("connections")).toInt();
    QVERIFY2(connections >= 1 && connections <= 2, qPrintable(QString::number(connections)));
}

void tst_SandboxServer::largeBodiesArrive()
{
    const QString name = QStringLiteral("big-") + QString(4 * 1024 * 1024, QLatin1Char('x'));
    const int handled = m_client->stats().value(QStringLiteral("handled")).toInt();
    const TestReply reply = m_client->send("POST", QStringLiteral("/tags"), tagBody(name));
    QCOMPARE(reply.error == QNetworkReply::NoError || reply.status >= 400, true);
    QVERIFY(reply.status != 0);
    bool ok = false;
    reply.json(&ok);
    QVERIFY(ok);
    QCOMPARE(m_client->stats().value(QStringLiteral("handled")).toInt(), handled + 1);
}

QTEST_GUILESS_MAIN(tst_SandboxServer)
#include "tst_sandboxserver.moc"
