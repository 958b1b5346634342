// Error categories, retries, pacing, redirects and the finished-once contract of the client,
// against the sandbox's real HTTP transport and its fault injection.
#include "tests/support/sandboxharness.h"

#include "sandbox/sandboxapi.h"
#include "sandbox/workspace.h"
#include "tracecapture.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>

using namespace api;
using Category = ApiError::Category;

namespace {

RetryPolicy fastRetries(int attempts)
{
    RetryPolicy policy;
    policy.maxAttempts = attempts;
    policy.baseDelayMs = 10;
    policy.maxDelayMs = 40;
    policy.maxRetryAfterMs = 15000;
    return policy;
}

} // namespace

class TestClientFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void statusErrors_data();
    void statusErrors();
    void badToken();
    void mergedContact();
    void retryBudgetExhausted();
    void retriedGetSucceedsAfterServerError();
    void timeout();
    void dropBeforeGetIsRetried();
    void postNotResentAfterDropAfter();
    void connectionRefusedPostIsRetried();
    void invalidSearchIsNotSent();
    void crossOriginRedirectRefused();
    void sameOriginRedirectFollowed();
    void backOffAfter429UntilReset();
    void pacingAvoids429();
    void abortAndDestroyFinishOnce();
    void traceNeverShowsToken();

private:
    int sandboxRequests();
    QString conversationId();
    SandboxHarness m_sandbox;
    IntercomClient *m_client = nullptr;
};

void TestClientFaults::initTestCase()
{
    QVERIFY(m_sandbox.start(60));
    m_client = m_sandbox.client.get();
}

void TestClientFaults::init()
{
    m_sandbox.server->setRateLimit(100000);
    m_sandbox.server->resetStats();
}

int TestClientFaults::sandboxRequests()
{
    return m_sandbox.server->stats().value(QLatin1String("total")).toInt();
}

QString TestClientFaults::conversationId()
{
    return finished(m_client->listConversations(1))->result().items.value(0).id;
}

void TestClientFaults::statusErrors_data()
{
    QTest::addColumn<QByteArray>("fault");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("category");
    QTest::addColumn<int>("status");
    QTest::newRow("error/404") << QByteArray() << "/conversations/999999999"
                               << int(Category::NotFound) << 404;
    QTest::newRow("error/404-route")
        << QByteArray() << "/no/such/route" << int(Category::NotFound) << 404;
    QTest::newRow("error/400") << QByteArray() << "/conversations?per_page=1000"
                               << int(Category::BadRequest) << 400;
    QTest::newRow("error/429") << QByteArray("429") << "/me" << int(Category::RateLimited) << 429;
    QTest::newRow("error/500") << QByteArray("500") << "/me" << int(Category::ServerError) << 500;
    QTest::newRow("error/503") << QByteArray("503") << "/me" << int(Category::Unavailable) << 503;
    QTest::newRow("error/malformed")
        << QByteArray("malformed") << "/me" << int(Category::InvalidResponse) << 200;
    QTest::newRow("error/drop-before")
        << QByteArray("drop-before") << "/me" << int(Category::Connection) << 0;
    QTest::newRow("error/drop-after")
        << QByteArray("drop-after") << "/me" << int(Category::Connection) << 0;
}

void TestClientFaults::statusErrors()
{
    QFETCH(QByteArray, fault);
    QFETCH(QString, path);
    const QUrl url(QStringLiteral("http://x") + path);
    // Its own client: a 429 row makes a client hold back until the window resets.
    IntercomClient client(m_sandbox.config());
    JsonJob *job = client.call("GET", url.path(), {}, QUrlQuery(url.query()));
    job->setRetryPolicy(RetryPolicy::none());
    if (!fault.isEmpty())
        job->setRawHeader("X-Sandbox-Fault", fault);
    const auto done = finished(job);
    QTEST(int(done->error().category), "category");
    QTEST(done->error().httpStatus, "status");
    QVERIFY(!done->error().displayText().isEmpty());
    QCOMPARE(done->attempts(), 1);
    if (done->error().httpStatus >= 400) {
        QVERIFY(!done->error().code.isEmpty());
        QVERIFY(!done->error().requestId.isEmpty());
    }
    if (done->error().category == Category::RateLimited)
        QVERIFY(done->error().retryAfterMs >= 0);
}

void TestClientFaults::badToken()
{
    ClientConfig config = m_sandbox.config();
    config.token = "not-the-token";
    IntercomClient client(config);
    const auto job = finished(client.me());
    QCOMPARE(job->error().category, Category::Authentication);
    QCOMPARE(job->error().httpStatus, 401);
    QCOMPARE(job->error().code, QStringLiteral("unauthorized"));
    QCOMPARE(job->attempts(), 1);
}

void TestClientFaults::mergedContact()
{
    const sandbox::Workspace &workspace = m_sandbox.server->api().workspace();
    const auto merged
        = std::find_if(workspace.contacts.cbegin(), workspace.contacts.cend(),
                       [](const sandbox::Contact &contact) { return contact.mergedInto >= 0; });
    QVERIFY(merged != workspace.contacts.cend());
    const auto job = finished(m_client->getContact(merged->id));
    QCOMPARE(job->error().category, Category::Gone);
    QCOMPARE(job->error().httpStatus, 410);
    QCOMPARE(job->error().code, QStringLiteral("contact_merged"));
    QCOMPARE(job->error().canonicalId, workspace.contacts.at(size_t(merged->mergedInto)).id);
}

void TestClientFaults::retryBudgetExhausted()
{
    AdminJob *job = m_client->me();
    job->setRawHeader("X-Sandbox-Fault", "500");
    job->setRetryPolicy(fastRetries(3));
    const auto done = finished(job);
    QCOMPARE(done->error().category, Category::ServerError);
    QCOMPARE(done->attempts(), 3);
    QCOMPARE(sandboxRequests(), 3);
}

void TestClientFaults::retriedGetSucceedsAfterServerError()
{
    // The seeded injector fails about half of the requests with a 503; GETs go through anyway.
    sandbox::FaultOptions faults;
    faults.rate = 0.5;
    faults.kinds = {sandbox::FaultKind::Status503};
    m_sandbox.server->setFaultOptions(faults);
    QList<AdminJob *> jobs;
    for (int i = 0; i < 8; ++i) {
        jobs.append(kept(m_client->me()));
        jobs.last()->setRetryPolicy(fastRetries(8));
    }
    int retried = 0;
    for (AdminJob *job : jobs) {
        const auto done = finished(job);
        VERIFY_OK(done);
        retried += done->attempts() - 1;
    }
    m_sandbox.server->setFaultOptions({});
    QVERIFY(retried > 0);
    QCOMPARE(sandboxRequests(), 8 + retried);
}

void TestClientFaults::timeout()
{
    AdminJob *job = m_client->me();
    job->setRawHeader("X-Sandbox-Fault", "delay");
    job->setTransferTimeout(300);
    job->setRetryPolicy(fastRetries(2));
    QElapsedTimer timer;
    timer.start();
    const auto done = finished(job);
    QCOMPARE(done->error().category, Category::Timeout);
    QCOMPARE(done->attempts(), 2); // a GET is retried once more, then given up
    QVERIFY(timer.elapsed() < 2500);
}

void TestClientFaults::dropBeforeGetIsRetried()
{
    AdminJob *job = m_client->me();
    job->setRawHeader("X-Sandbox-Fault", "drop-before");
    job->setRetryPolicy(fastRetries(3));
    const auto done = finished(job);
    QCOMPARE(done->error().category, Category::Connection);
    QCOMPARE(done->attempts(), 3);
    QCOMPARE(m_sandbox.server->stats().value(QLatin1String("handled")).toInt(), 0);
}

void TestClientFaults::postNotResentAfterDropAfter()
{
    const QString id = conversationId();
    const QString marker
        = QStringLiteral("drop-after marker %1").arg(QDateTime::currentMSecsSinceEpoch());
    ReplyRequest reply;
    reply.adminId = m_sandbox.server->api().meAdminId();
    reply.body = QLatin1String("<p>") + marker + QLatin1String("</p>");
    reply.kind = ReplyRequest::Kind::Note;
    ConversationJob *job = m_client->reply(id, reply);
    job->setRawHeader("X-Sandbox-Fault", "drop-after");
    job->setRetryPolicy(fastRetries(4));
    const auto done = finished(job);
    QCOMPARE(done->error().category, Category::Connection);
    QCOMPARE(done->attempts(), 1);

    // The server applied it exactly once; the client did not resend it.
    const auto conversation = finished(m_client->getConversation(id));
    const QList<ConversationPart> parts = conversation->result().parts;
    const auto copies
        = std::count_if(parts.cbegin(), parts.cend(),
                        [&](const ConversationPart &part) { return part.body.contains(marker); });
    QCOMPARE(copies, 1);
    QCOMPARE(m_sandbox.server->stats().value(QLatin1String("handled")).toInt(),
             3); // list, reply, get
}

void TestClientFaults::connectionRefusedPostIsRetried()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there now: connections are refused
    ClientConfig config = m_sandbox.config();
    config.customBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    config.retryPolicy = fastRetries(3);
    IntercomClient client(config);
    const auto job = finished(client.createTag(QStringLiteral("never-arrives")));
    QCOMPARE(job->error().category, Category::Connection);
    QCOMPARE(job->error().networkError, QNetworkReply::ConnectionRefusedError);
    QCOMPARE(job->attempts(), 3); // refused before sending: safe even for a POST
}

void TestClientFaults::invalidSearchIsNotSent()
{
    QList<SearchQuery> tooMany;
    for (int i = 0; i < 16; ++i)
        tooMany.append(
            SearchQuery::filter(QStringLiteral("id"), QStringLiteral("="), QString::number(i)));
    SearchRequest request;
    request.query = SearchQuery::anyOf(tooMany);
    const auto job = finished(m_client->searchConversations(request));
    QCOMPARE(job->error().category, Category::InvalidRequest);
    QVERIFY(!job->error().message.isEmpty());
    QCOMPARE(job->attempts(), 0);
    QCOMPARE(sandboxRequests(), 0);
}

void TestClientFaults::crossOriginRedirectRefused()
{
    // The "other origin": records whatever reaches it.
    QTcpServer other;
    QVERIFY(other.listen(QHostAddress::LocalHost));
    QByteArray received;
    int connections = 0;
    connect(&other, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = other.nextPendingConnection()) {
            ++connections;
            connect(socket, &QTcpSocket::readyRead, this,
                    [&received, socket] { received += socket->readAll(); });
        }
    });
    const QString target = QStringLiteral("http://127.0.0.1:%1/steal").arg(other.serverPort());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("to"), target);
    const auto job
        = finished(m_client->call("GET", QStringLiteral("/__sandbox/redirect"), {}, query));
    QCOMPARE(job->error().category, Category::RedirectRefused);
    QCOMPARE(job->attempts(), 1);
    QTest::qWait(100);
    QCOMPARE(connections, 0);
    QVERIFY(!received.contains("Authorization"));
    QVERIFY(!received.contains(m_sandbox.server->token().toUtf8()));

    // An https → http downgrade on the same host is refused just the same.
    QVERIFY(!RequestBuilder::isSameOrigin(QUrl(QStringLiteral("https://127.0.0.1/")),
                                          QUrl(QStringLiteral("http://127.0.0.1/"))));
}

void TestClientFaults::sameOriginRedirectFollowed()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("to"),
                       m_sandbox.server->url().toString() + QLatin1String("/me"));
    const auto job
        = finished(m_client->call("GET", QStringLiteral("/__sandbox/redirect"), {}, query));
    VERIFY_OK(job);
    QCOMPARE(job->result().value(QLatin1String("type")).toString(), QStringLiteral("admin"));
    QCOMPARE(job->attempts(), 1);

    // A chain of maxRedirects (3) hops is followed; a longer one is refused.
    auto chain = [this](int hops) {
        QString target = m_sandbox.server->url().toString() + QLatin1String("/me");
        for (int hop = 1; hop < hops; ++hop) {
            QUrl next(m_sandbox.server->url().toString() + QLatin1String("/__sandbox/redirect"));
            QUrlQuery hopQuery;
            hopQuery.addQueryItem(QStringLiteral("to"),
                                  QString::fromLatin1(QUrl::toPercentEncoding(target)));
            next.setQuery(hopQuery);
            target = next.toString();
        }
        QUrlQuery first;
        first.addQueryItem(QStringLiteral("to"),
                           QString::fromLatin1(QUrl::toPercentEncoding(target)));
        return m_client->call("GET", QStringLiteral("/__sandbox/redirect"), {}, first);
    };
    const auto threeHops = finished(chain(3));
    VERIFY_OK(threeHops);
    QCOMPARE(threeHops->result().value(QLatin1String("type")).toString(), QStringLiteral("admin"));
    QCOMPARE(threeHops->attempts(), 1);
    const auto fourHops = finished(chain(4));
    QCOMPARE(fourHops->error().category, Category::RedirectRefused);
}

void TestClientFaults::backOffAfter429UntilReset()
{
    // Start early in a 10-second window, so that the window cannot roll over in between.
    const qint64 intoWindowMs = QDateTime::currentMSecsSinceEpoch() % 10000;
    if (intoWindowMs > 7000)
        QTest::qWait(int(10100 - intoWindowMs));
    // Another caller uses up the window, so this client meets a 429 it could not foresee.
    m_sandbox.server->setRateLimit(3);
    QNetworkAccessManager other;
    for (int i = 0; i < 10; ++i) {
        QNetworkRequest request(QUrl(m_sandbox.server->url().toString() + QLatin1String("/me")));
        request.setRawHeader("Authorization", "Bearer " + m_sandbox.server->token().toUtf8());
        QNetworkReply *reply = other.get(request);
        QSignalSpy spy(reply, &QNetworkReply::finished);
        QVERIFY(spy.wait(5000));
        reply->deleteLater();
        if (reply->rawHeader("X-RateLimit-Remaining") == "0")
            break;
    }
    m_sandbox.server->resetStats();
    AdminJob *job = m_client->me();
    job->setRetryPolicy(fastRetries(3));
    const auto done = finished(job, 20000);
    VERIFY_OK(done);
    QCOMPARE(done->attempts(), 2);
    QCOMPARE(m_sandbox.server->stats().value(QLatin1String("rate_limited")).toInt(), 1);
    QCOMPARE(sandboxRequests(), 2);
}

void TestClientFaults::pacingAvoids429()
{
    m_sandbox.server->setRateLimit(4);
    ClientConfig config = m_sandbox.config();
    config.maxInFlight = 2;
    config.retryPolicy = RetryPolicy::none(); // a 429 would fail the job
    IntercomClient client(config);
    // Learn the window first, then ask for more than it holds.
    VERIFY_OK(finished(client.me()));
    QList<AdminJob *> jobs;
    for (int i = 0; i < 5; ++i)
        jobs.append(kept(client.me()));
    for (AdminJob *job : jobs)
        VERIFY_OK(finished(job, 25000));
    QCOMPARE(m_sandbox.server->stats().value(QLatin1String("rate_limited")).toInt(), 0);
    QCOMPARE(client.rateLimit().limit, 4);
}

void TestClientFaults::abortAndDestroyFinishOnce()
{
    // Aborted before it was sent.
    AdminJob *aborted = m_client->me();
    aborted->setAutoDelete(false);
    QSignalSpy abortedSpy(aborted, &ApiJob::finished);
    aborted->abort();
    aborted->abort();
    QCOMPARE(abortedSpy.count(), 1);
    QCOMPARE(aborted->error().category, Category::Cancelled);
    delete aborted;
    QCOMPARE(abortedSpy.count(), 1);

    // Aborted while in flight (the sandbox holds the answer back).
    AdminJob *inFlight = m_client->me();
    inFlight->setRawHeader("X-Sandbox-Fault", "delay");
    inFlight->setAutoDelete(false);
    QSignalSpy inFlightSpy(inFlight, &ApiJob::finished);
    QTRY_COMPARE(m_client->inFlightCount(), 1);
    inFlight->abort();
    QCOMPARE(inFlightSpy.count(), 1);
    QCOMPARE(m_client->inFlightCount(), 0);
    QTest::qWait(50);
    QCOMPARE(inFlightSpy.count(), 1);
    delete inFlight;

    // Destroyed without abort: still one finished().
    int destroyedFinished = 0;
    AdminJob *destroyed = m_client->me();
    connect(destroyed, &ApiJob::finished, this, [&] { ++destroyedFinished; });
    delete destroyed;
    QCOMPARE(destroyedFinished, 1);

    // The client goes away with jobs in flight, waiting to retry and queued.
    ClientConfig config = m_sandbox.config();
    config.maxInFlight = 2;
    auto client = std::make_unique<IntercomClient>(config);
    QList<ApiJob *> jobs{client->me(), client->me(), client->me(), client->me()};
    jobs.at(0)->setRawHeader("X-Sandbox-Fault", "delay");
    jobs.at(1)->setRawHeader("X-Sandbox-Fault", "500");
    jobs.at(1)->setRetryPolicy(RetryPolicy{5, 5000, 5000, 5000});
    jobs.at(2)->setRawHeader("X-Sandbox-Fault", "delay");
    int cancelled = 0;
    int finishedCount = 0;
    for (ApiJob *job : jobs) {
        connect(job, &ApiJob::finished, this, [&cancelled, &finishedCount, job] {
            ++finishedCount;
            cancelled += job->error().category == Category::Cancelled ? 1 : 0;
        });
    }
    QTRY_COMPARE(client->queuedCount(), 1); // the 500 waits to retry, the last is queued
    QCOMPARE(client->inFlightCount(), 2);
    QCOMPARE(jobs.at(1)->attempts(), 1);
    client.reset();
    QCOMPARE(finishedCount, 4);
    QCOMPARE(cancelled, 4);
}

void TestClientFaults::traceNeverShowsToken()
{
    QStringList lines;
    {
        TraceCapture capture;
        AdminJob *job = m_client->me();
        job->setRawHeader("X-Sandbox-Fault", "500");
        job->setRetryPolicy(fastRetries(2));
        finished(job);
        lines = capture.lines();
    }
    QVERIFY(lines.size() >= 4); // 2 × request + response
    const QString token = m_sandbox.server->token();
    for (const QString &line : lines)
        QVERIFY2(!line.contains(token), qPrintable(line));
    const QString all = lines.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QLatin1String("X-RateLimit-Remaining")));
    QVERIFY(all.contains(QLatin1String("/me")));
    QVERIFY(all.contains(QLatin1String("Authorization: <redacted>")));
}

QTEST_GUILESS_MAIN(TestClientFaults)
#include "tst_clientfaults.moc"
