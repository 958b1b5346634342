#include "api/transportpolicy.h"

#include <QTest>

using api::TransportPolicy;
using Verdict = TransportPolicy::Verdict;

class TestTransportPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void check_data();
    void check();
    void explain();
};

void TestTransportPolicy::check_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("verdict");
    const auto row = [](const char *name, const char *url, Verdict verdict) {
        QTest::newRow(name) << QString::fromLatin1(url) << int(verdict);
    };
    row("https/us", "https://api.intercom.io", Verdict::Allowed);
    row("https/path", "https://proxy.example.com/intercom/", Verdict::Allowed);
    row("https/upper-scheme", "HTTPS://api.eu.intercom.io", Verdict::Allowed);
    row("https/port", "https://example.com:8443", Verdict::Allowed);
    row("loopback/ipv4", "http://127.0.0.1:4010", Verdict::Allowed);
    row("loopback/localhost", "http://localhost:8080", Verdict::Allowed);
    row("loopback/localhost-upper", "http://LOCALHOST", Verdict::Allowed);
    row("loopback/ipv6", "http://[::1]:4010", Verdict::Allowed);
    row("http/remote", "http://example.com", Verdict::NotHttps);
    row("http/other-loopback", "http://127.0.0.2", Verdict::NotHttps);
    row("http/private-lan", "http://192.168.1.10", Verdict::NotHttps);
    row("http/localhost-suffix", "http://localhost.example.com", Verdict::NotHttps);
    row("http/ipv6-remote", "http://[2001:db8::1]", Verdict::NotHttps);
    row("scheme/ftp", "ftp://example.com", Verdict::NotHttps);
    row("scheme/file", "file:///etc/passwd", Verdict::Invalid);
    row("invalid/empty", "", Verdict::Invalid);
    row("invalid/no-scheme", "api.intercom.io", Verdict::Invalid);
    row("invalid/no-host", "https://", Verdict::Invalid);
    row("credentials/user", "https://user@example.com", Verdict::HasCredentials);
    row("credentials/password", "http://a:b@127.0.0.1", Verdict::HasCredentials);
    row("query/query", "https://example.com/?token=x", Verdict::HasQuery);
    row("query/fragment", "https://example.com/#x", Verdict::HasQuery);
}

void TestTransportPolicy::check()
{
    QFETCH(QString, url);
    QFETCH(int, verdict);
    const QUrl parsed(url, QUrl::StrictMode);
    QCOMPARE(int(TransportPolicy::check(parsed)), verdict);
    QCOMPARE(TransportPolicy::isAllowed(parsed), verdict == int(Verdict::Allowed));
}

void TestTransportPolicy::explain()
{
    QVERIFY(TransportPolicy::explain(Verdict::Allowed).isEmpty());
    for (Verdict verdict :
         {Verdict::Invalid, Verdict::NotHttps, Verdict::HasCredentials, Verdict::HasQuery})
        QVERIFY(!TransportPolicy::explain(verdict).isEmpty());
    QVERIFY(TransportPolicy::explain(Verdict::NotHttps).contains(QLatin1String("https://")));
}

QTEST_GUILESS_MAIN(TestTransportPolicy)
#include "tst_transportpolicy.moc"
