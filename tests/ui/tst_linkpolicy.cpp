#include "ui/html/linkpolicy.h"

#include <QtTest>

using ui::LinkPolicy;

/// Which URLs open, how attribute values become URLs, and what the confirmation shows.
class tst_LinkPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isOpenable_data();
    void isOpenable();
    void urlFromAttribute_data();
    void urlFromAttribute();
    void addressText_data();
    void addressText();
    void mixedScripts_data();
    void mixedScripts();
    void warnings();
};

void tst_LinkPolicy::isOpenable_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("openable");
    QTest::newRow("scheme/https") << QStringLiteral("https://example.com/a") << true;
    QTest::newRow("scheme/http") << QStringLiteral("http://example.com") << true;
    QTest::newRow("scheme/upper") << QStringLiteral("HTTPS://EXAMPLE.COM") << true;
    QTest::newRow("scheme/mailto") << QStringLiteral("mailto:help@example.com") << true;
    QTest::newRow("scheme/mailto-empty") << QStringLiteral("mailto:") << false;
    QTest::newRow("scheme/javascript") << QStringLiteral("javascript:alert(1)") << false;
    QTest::newRow("scheme/data") << QStringLiteral("data:text/html,x") << false;
    QTest::newRow("scheme/file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::newRow("scheme/ftp") << QStringLiteral("ftp://example.com") << false;
    QTest::newRow("scheme/cid") << QStringLiteral("cid:part1@example.com") << false;
    QTest::newRow("relative/path") << QStringLiteral("/login") << false;
    QTest::newRow("relative/protocol") << QStringLiteral("//evil.example/") << false;
    QTest::newRow("http/no-host") << QStringLiteral("https:example.com") << false;
    QTest::newRow("empty") << QString() << false;
}

void tst_LinkPolicy::isOpenable()
{
    QFETCH(QString, url);
    QFETCH(bool, openable);
    QCOMPARE(LinkPolicy::isOpenable(QUrl(url)), openable);
}

void tst_LinkPolicy::urlFromAttribute_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("openable");
    QTest::addColumn<QString>("scheme");
    QTest::newRow("trim/spaces") << QStringLiteral("  https://example.com  ") << true
                                 << QStringLiteral("https");
    QTest::newRow("trim/controls")
        << QStringLiteral("\x01\x1f https://example.com\x1f ") << true << QStringLiteral("https");
    QTest::newRow("javascript/tab")
        << QStringLiteral("java\tscript:alert(1)") << false << QStringLiteral("javascript");
    QTest::newRow("javascript/newline")
        << QStringLiteral("java\nscr\ript:alert(1)") << false << QStringLiteral("javascript");
    QTest::newRow("javascript/leading")
        << QStringLiteral("\x01 javascript:alert(1)") << false << QStringLiteral("javascript");
    QTest::newRow("javascript/nul")
        << QStringLiteral("java") + QChar(0) + QStringLiteral("script:x") << false << QString();
    QTest::newRow("https/split-by-newline")
        << QStringLiteral("htt\nps://example.com") << true << QStringLiteral("https");
    QTest::newRow("relative") << QStringLiteral("page.html") << false << QString();
}

void tst_LinkPolicy::urlFromAttribute()
{
    QFETCH(QString, value);
    QFETCH(bool, openable);
    QFETCH(QString, scheme);
    const QUrl url = LinkPolicy::urlFromAttribute(value);
    QCOMPARE(LinkPolicy::isOpenable(url), openable);
    QCOMPARE(url.scheme(), scheme);
}

void tst_LinkPolicy::addressText_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QUrl(QStringLiteral("https://example.com/a?b=c#d"))
                           << QStringLiteral("https://example.com/a?b=c#d");
    QTest::newRow("userinfo/visible")
        << QUrl(QStringLiteral("https://paypal.com:secret@evil.example/login"))
        << QStringLiteral("https://paypal.com:secret@evil.example/login");
    QTest::newRow("punycode/decoded") << QUrl(QStringLiteral("https://xn--bcher-kva.example/"))
                                      << QStringLiteral("https://bücher.example/");
    QTest::newRow("port") << QUrl(QStringLiteral("http://example.com:8080/x"))
                          << QStringLiteral("http://example.com:8080/x");
    QTest::newRow("ipv6") << QUrl(QStringLiteral("http://[::1]:80/"))
                          << QStringLiteral("http://[::1]:80/");
    QTest::newRow("bidi/encoded") << QUrl(QStringLiteral("https://example.com/\u202Efdp.exe"))
                                  << QStringLiteral("https://example.com/%E2%80%AEfdp.exe");
    QTest::newRow("space/encoded") << QUrl(QStringLiteral("https://example.com/a b"))
                                   << QStringLiteral("https://example.com/a%20b");
    QTest::newRow("mailto") << QUrl(QStringLiteral("mailto:help@example.com?subject=Hi"))
                            << QStringLiteral("mailto:help@example.com?subject=Hi");
}

void tst_LinkPolicy::addressText()
{
    QFETCH(QUrl, url);
    QFETCH(QString, text);
    QCOMPARE(LinkPolicy::addressText(url), text);
    QVERIFY(LinkPolicy::displayText(url).startsWith(text));
}

void tst_LinkPolicy::mixedScripts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("mixed");
    QTest::newRow("latin") << QStringLiteral("example.com") << false;
    QTest::newRow("latin/accents") << QStringLiteral("bücher.example") << false;
    QTest::newRow("cyrillic/whole") << QStringLiteral("пример.рф") << false;
    QTest::newRow("cyrillic/a-in-apple") << QStringLiteral("\u0430pple.com") << true;
    QTest::newRow("cyrillic/label-latin-tld") << QStringLiteral("аррӏе.com") << true;
    QTest::newRow("greek/omicron") << QStringLiteral("g\u03BFogle.com") << true;
    QTest::newRow("japanese/kanji-kana-latin") << QStringLiteral("日本のサイト.jp") << false;
    QTest::newRow("korean/hangul-latin") << QStringLiteral("한국.example") << false;
    QTest::newRow("digits/ignored") << QStringLiteral("123-456.example") << false;
}

void tst_LinkPolicy::mixedScripts()
{
    QFETCH(QString, host);
    QFETCH(bool, mixed);
    QCOMPARE(LinkPolicy::hasMixedScripts(host), mixed);
}

void tst_LinkPolicy::warnings()
{
    QVERIFY(LinkPolicy::warnings(QUrl(QStringLiteral("https://example.com/"))).isEmpty());

    // "аpple.com" with a Cyrillic "а": shown decoded, flagged, with its punycode form.
    const QUrl lookalike(QStringLiteral("https://xn--pple-43d.com/login"));
    const QString text = LinkPolicy::displayText(lookalike);
    QVERIFY2(text.startsWith(QStringLiteral("https://\u0430pple.com/login\n")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("xn--pple-43d.com")));
    QCOMPARE(LinkPolicy::warnings(lookalike).size(), 1);

    const QUrl userinfo(QStringLiteral("https://google.com@evil.example/"));
    const QStringList notes = LinkPolicy::warnings(userinfo);
    QCOMPARE(notes.size(), 1);
    QVERIFY(notes.first().contains(QLatin1String("evil.example")));
}

QTEST_MAIN(tst_LinkPolicy)
#include "tst_linkpolicy.moc"
