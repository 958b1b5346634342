#include "signinfixture.h"

#include "ui/signin/tokencheck.h"

#include <QSignalSpy>
#include <QTest>

using api::ApiError;
using ui::TokenCheck;
using ui::TokenCheckResult;
using Outcome = TokenCheckResult::Outcome;
using Region = api::ClientConfig::Region;
using namespace signinfixture;

Q_DECLARE_METATYPE(ui::TokenCheckResult)

class TestTokenCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void classify_data();
    void classify();
    void normalizedToken_data();
    void normalizedToken();
    void baseUrlFor();
    void accepted();
    void wrongTokenCustom();
    void wrongRegion();
    void wrongTokenEveryRegion();
    void noNetwork();
    void refusedBeforeSending_data();
    void refusedBeforeSending();
    void tlsError();
    void timeout();
    void cancel();

private:
    TokenCheckResult run(TokenCheck &check, const QString &token, Region region,
                         const QUrl &custom = {});

    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<sandbox::SandboxServer> m_other;
};

void TestTokenCheck::initTestCase()
{
    qRegisterMetaType<ui::TokenCheckResult>();
    m_sandbox = startSandbox(QStringLiteral("sbx_right_token"));
    m_other = startSandbox(QStringLiteral("sbx_other_workspace"));
    QVERIFY(m_sandbox && m_other);
}

TokenCheckResult TestTokenCheck::run(TokenCheck &check, const QString &token, Region region,
                                     const QUrl &custom)
{
    QSignalSpy spy(&check, &TokenCheck::finished);
    check.start(token, region, custom);
    if (spy.isEmpty() && !spy.wait(10000))
        return {};
    if (spy.count() != 1)
        return {};
    return spy.first().first().value<TokenCheckResult>();
}

void TestTokenCheck::classify_data()
{
    QTest::addColumn<int>("category");
    QTest::addColumn<int>("networkError");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("outcome");
    const auto row = [](const char *name, ApiError::Category category,
                        QNetworkReply::NetworkError network, const char *message, Outcome outcome) {
        QTest::newRow(name) << int(category) << int(network) << QString::fromLatin1(message)
                            << int(outcome);
    };
    using C = ApiError::Category;
    row("ok", C::None, QNetworkReply::NoError, "", Outcome::Accepted);
    row("error/401", C::Authentication, QNetworkReply::NoError, "", Outcome::WrongToken);
    row("network/refused", C::Connection, QNetworkReply::ConnectionRefusedError,
        "Connection refused", Outcome::NoNetwork);
    row("network/host-not-found", C::Connection, QNetworkReply::HostNotFoundError,
        "Host api.intercom.io not found", Outcome::NoNetwork);
    row("network/offline", C::Connection, QNetworkReply::TemporaryNetworkFailureError,
        "Network unreachable", Outcome::NoNetwork);
    row("tls/handshake", C::Tls, QNetworkReply::SslHandshakeFailedError,
        "The issuer certificate could not be found", Outcome::Tls);
    row("tls/no-backend", C::Connection, QNetworkReply::UnknownNetworkError,
        "TLS initialization failed", Outcome::Tls);
    row("timeout", C::Timeout, QNetworkReply::TimeoutError, "", Outcome::Timeout);
    row("error/500", C::ServerError, QNetworkReply::NoError, "", Outcome::ServerError);
    row("error/503", C::Unavailable, QNetworkReply::NoError, "", Outcome::ServerError);
    row("error/429", C::RateLimited, QNetworkReply::NoError, "", Outcome::ServerError);
    row("error/404", C::NotFound, QNetworkReply::NoError, "", Outcome::NotIntercom);
    row("error/not-json", C::InvalidResponse, QNetworkReply::NoError, "", Outcome::NotIntercom);
    row("error/403", C::Forbidden, QNetworkReply::NoError, "", Outcome::Other);
    row("redirect", C::RedirectRefused, QNetworkReply::NoError, "", Outcome::Other);
}

void TestTokenCheck::classify()
{
    QFETCH(int, category);
    QFETCH(int, networkError);
    QFETCH(QString, message);
    QFETCH(int, outcome);
    ApiError error = ApiError::make(ApiError::Category(category), message);
    error.networkError = QNetworkReply::NetworkError(networkError);
    QCOMPARE(int(TokenCheckResult::classify(error)), outcome);
    TokenCheckResult result;
    result.outcome = Outcome(outcome);
    result.error = error;
    result.baseUrl = QUrl(QStringLiteral("https://api.intercom.io"));
    QCOMPARE(TokenCheckResult::describe(result, 20000).isEmpty(),
             outcome == int(Outcome::Accepted));
}

void TestTokenCheck::normalizedToken_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << "dG9rOmFiYw==" << QByteArray("dG9rOmFiYw==");
    QTest::newRow("whitespace") << "  dG9r\n" << QByteArray("dG9r");
    QTest::newRow("bearer") << "Bearer dG9r" << QByteArray("dG9r");
    QTest::newRow("bearer-lowercase") << "bearer  dG9r " << QByteArray("dG9r");
    QTest::newRow("empty") << "   " << QByteArray();
}

void TestTokenCheck::normalizedToken()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(TokenCheck::normalizedToken(input), expected);
}

void TestTokenCheck::baseUrlFor()
{
    TokenCheck check;
    QCOMPARE(check.baseUrlFor(Region::EU), QUrl(QStringLiteral("https://api.eu.intercom.io")));
    QCOMPARE(check.baseUrlFor(Region::Custom, QUrl(QStringLiteral("https://x.example/api/"))),
             QUrl(QStringLiteral("https://x.example/api")));
    check.setRegionBaseUrl(Region::AU, m_sandbox->url());
    QCOMPARE(check.baseUrlFor(Region::AU), m_sandbox->url());
}

void TestTokenCheck::accepted()
{
    TokenCheck check;
    const TokenCheckResult result
        = run(check, QStringLiteral(" Bearer sbx_right_token\n"), Region::Custom, m_sandbox->url());
    QCOMPARE(int(result.outcome), int(Outcome::Accepted));
    QVERIFY(result.message.isEmpty());
    QCOMPARE(result.admin.id, m_sandbox->api().meAdminId());
    QVERIFY(!result.admin.name.isEmpty());
    QVERIFY(result.admin.email.contains(QLatin1Char('@')));
    QCOMPARE(result.admin.appName, QStringLiteral("Triage Demo"));
    QVERIFY(!result.admin.appIdCode.isEmpty());
    QCOMPARE(result.baseUrl, m_sandbox->url());
    QVERIFY(!check.isRunning());
}

void TestTokenCheck::wrongTokenCustom()
{
    TokenCheck check;
    const TokenCheckResult result
        = run(check, QStringLiteral("sbx_wrong"), Region::Custom, m_sandbox->url());
    QCOMPARE(int(result.outcome), int(Outcome::WrongToken));
    QCOMPARE(result.error.httpStatus, 401);
    QVERIFY2(result.message.contains(QLatin1String("401")), qPrintable(result.message));
}

void TestTokenCheck::wrongRegion()
{
    // US is another workspace (401 for this token), EU is the token's own, AU is unreachable.
    TokenCheck check;
    check.setRegionBaseUrl(Region::US, m_other->url());
    check.setRegionBaseUrl(Region::EU, m_sandbox->url());
    check.setRegionBaseUrl(Region::AU, closedPortUrl());
    const TokenCheckResult result = run(check, QStringLiteral("sbx_right_token"), Region::US);
    QCOMPARE(int(result.outcome), int(Outcome::WrongRegion));
    QCOMPARE(int(result.region), int(Region::US));
    QCOMPARE(int(result.suggestedRegion), int(Region::EU));
    QCOMPARE(result.suggestedBaseUrl, m_sandbox->url());
    QCOMPARE(result.admin.appName, QStringLiteral("Triage Demo"));
    QVERIFY2(result.message.contains(QLatin1String("belongs to the EU region")),
             qPrintable(result.message));
}

void TestTokenCheck::wrongTokenEveryRegion()
{
    TokenCheck check;
    check.setRegionBaseUrl(Region::US, m_other->url());
    check.setRegionBaseUrl(Region::EU, m_sandbox->url());
    check.setRegionBaseUrl(Region::AU, closedPortUrl());
    const TokenCheckResult result = run(check, QStringLiteral("sbx_nobody"), Region::EU);
    QCOMPARE(int(result.outcome), int(Outcome::WrongToken));
    QCOMPARE(int(result.region), int(Region::EU));
    QVERIFY(result.message.contains(QLatin1String("401")));
}

void TestTokenCheck::noNetwork()
{
    TokenCheck check;
    const QUrl closed = closedPortUrl();
    check.setRegionBaseUrl(Region::US, closed);
    const TokenCheckResult result = run(check, QStringLiteral("sbx_right_token"), Region::US);
    QCOMPARE(int(result.outcome), int(Outcome::NoNetwork));
    QVERIFY2(result.message.contains(QLatin1String("Could not reach 127.0.0.1:")),
             qPrintable(result.message));
}

void TestTokenCheck::refusedBeforeSending_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("outcome");
    QTest::newRow("url/http-remote") << "sbx_right_token"
                                     << "http://example.com" << int(Outcome::RefusedUrl);
    QTest::newRow("url/credentials") << "sbx_right_token"
                                     << "https://u:p@example.com" << int(Outcome::RefusedUrl);
    QTest::newRow("url/empty") << "sbx_right_token"
                               << "" << int(Outcome::RefusedUrl);
    QTest::newRow("token/empty") << " "
                                 << "https://example.com" << int(Outcome::MissingToken);
    QTest::newRow("token/inner-space") << "abc def"
                                       << "https://example.com" << int(Outcome::MalformedToken);
}

void TestTokenCheck::refusedBeforeSending()
{
    QFETCH(QString, token);
    QFETCH(QString, url);
    QFETCH(int, outcome);
    TokenCheck check;
    QSignalSpy spy(&check, &TokenCheck::finished);
    check.start(token, Region::Custom, QUrl(url));
    QCOMPARE(spy.count(), 0); // reported on a later turn, like every other answer
    QVERIFY(spy.wait(2000));
    const auto result = spy.first().first().value<TokenCheckResult>();
    QCOMPARE(int(result.outcome), outcome);
    QVERIFY(!result.message.isEmpty());
    QCOMPARE(result.error.httpStatus, 0); // nothing was sent
    QCOMPARE(int(result.error.category), int(ApiError::Category::None));
}

void TestTokenCheck::tlsError()
{
    RawServer plain(RawServer::Behaviour::PlainTextAnswer);
    TokenCheck check;
    const TokenCheckResult result = run(check, QStringLiteral("sbx_right_token"), Region::Custom,
                                        plain.url(QStringLiteral("https")));
    QCOMPARE(int(result.outcome), int(Outcome::Tls));
    QVERIFY2(result.message.contains(QLatin1String("could not be verified")),
             qPrintable(result.message));
}

void TestTokenCheck::timeout()
{
    RawServer silent(RawServer::Behaviour::Silent);
    TokenCheck check;
    check.setTimeout(300);
    const TokenCheckResult result = run(check, QStringLiteral("sbx_right_token"), Region::Custom,
                                        silent.url(QStringLiteral("http")));
    QCOMPARE(int(result.outcome), int(Outcome::Timeout));
    QVERIFY(result.message.contains(QLatin1String("did not answer")));
}

void TestTokenCheck::cancel()
{
    TokenCheck check;
    QSignalSpy spy(&check, &TokenCheck::finished);
    check.start(QStringLiteral("sbx_right_token"), Region::Custom, m_sandbox->url());
    QVERIFY(check.isRunning());
    check.cancel();
    QVERIFY(!check.isRunning());
    QTest::qWait(200);
    QCOMPARE(spy.count(), 0);
    // A new check after a cancelled one still reports.
    QCOMPARE(int(run(check, QStringLiteral("sbx_right_token"), Region::Custom, m_sandbox->url())
                     .outcome),
             int(Outcome::Accepted));
}

QTEST_MAIN(TestTokenCheck)
#include "tst_tokencheck.moc"
