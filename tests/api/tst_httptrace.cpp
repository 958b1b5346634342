#include "api/httptrace.h"
#include "api/requestbuilder.h"
#include "tracecapture.h"

#include <QTest>

namespace HttpTrace = api::HttpTrace;

class TestHttpTrace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void offByDefault();
    void redaction_data();
    void redaction();
    void requestLineHasNoToken();
    void responseLine();
    void loggedOutputHasNoToken();
};

void TestHttpTrace::offByDefault()
{
    qunsetenv("TRIAGE_API_TRACE");
    QVERIFY(!HttpTrace::isEnabled());
    HttpTrace::setEnabled(true);
    QVERIFY(HttpTrace::isEnabled());
    HttpTrace::setEnabled(false);
    QVERIFY(!HttpTrace::isEnabled());
}

void TestHttpTrace::redaction_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("secret");
    QTest::newRow("header/Authorization") << QByteArray("Authorization") << true;
    QTest::newRow("header/authorization") << QByteArray("authorization") << true;
    QTest::newRow("header/Cookie") << QByteArray("Cookie") << true;
    QTest::newRow("header/Proxy-Authorization") << QByteArray("Proxy-Authorization") << true;
    QTest::newRow("header/Accept") << QByteArray("Accept") << false;
    QTest::newRow("header/Intercom-Version") << QByteArray("Intercom-Version") << false;
}

void TestHttpTrace::redaction()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, secret);
    const api::RawHeaders headers = HttpTrace::redacted({{name, "Bearer sekret-token-123"}});
    QCOMPARE(headers.size(), 1);
    QCOMPARE(headers.at(0).second.contains("sekret-token-123"), !secret);
}

void TestHttpTrace::requestLineHasNoToken()
{
    api::ClientConfig config;
    config.token = "dG9rZW4tc2VjcmV0LXZhbHVl";
    const QNetworkRequest request
        = api::RequestBuilder::build(config, api::RequestSpec::get(QStringLiteral("/me")));
    api::RawHeaders headers;
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray &name : names)
        headers.append({name, request.rawHeader(name)});
    QUrl url = request.url();
    url.setUserInfo(QString::fromLatin1(config.token)); // even a token in the URL is dropped
    const QString line = HttpTrace::requestLine("GET", url, headers, 1);
    QVERIFY2(!line.contains(QString::fromLatin1(config.token)), qPrintable(line));
    QVERIFY(line.contains(QLatin1String("Authorization: <redacted>")));
    QVERIFY(line.contains(QLatin1String("Intercom-Version: 2.16")));
    QVERIFY(line.contains(QLatin1String("https://api.intercom.io/me")));
}

void TestHttpTrace::responseLine()
{
    const QString line = HttpTrace::responseLine(
        "GET", QUrl(QStringLiteral("http://127.0.0.1:1/conversations")), 429, 12,
        {{"X-RateLimit-Remaining", "0"},
         {"X-RateLimit-Reset", "1763000010"},
         {"Set-Cookie", "s=secret"},
         {"Content-Type", "application/json"}},
        QStringLiteral("rate_limited"));
    QVERIFY(line.contains(QLatin1String("429")));
    QVERIFY(line.contains(QLatin1String("12 ms")));
    QVERIFY(line.contains(QLatin1String("X-RateLimit-Remaining: 0")));
    QVERIFY(!line.contains(QLatin1String("secret")));
    QVERIFY(!line.contains(QLatin1String("Content-Type")));
    QVERIFY(line.contains(QLatin1String("rate_limited")));
}

void TestHttpTrace::loggedOutputHasNoToken()
{
    QStringList lines;
    {
        TraceCapture capture;
        qCDebug(lcApiHttp).noquote() << HttpTrace::requestLine(
            "POST", QUrl(QStringLiteral("https://api.eu.intercom.io/conversations/1/reply")),
            {{"Authorization", "Bearer tok_abcdef"}}, 2);
        lines = capture.lines();
    }
    qCDebug(lcApiHttp) << "not logged when off";
    QCOMPARE(lines.size(), 1);
    QVERIFY(!lines.at(0).contains(QLatin1String("tok_abcdef")));
    QVERIFY(lines.at(0).contains(QLatin1String("attempt 2")));
    QVERIFY(!HttpTrace::isEnabled());
}

QTEST_GUILESS_MAIN(TestHttpTrace)
#include "tst_httptrace.moc"
