#include "models/htmltext.h"

#include <QTest>

class TestHtmlText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainText_data();
    void plainText();
};

void TestHtmlText::plainText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << 0 << QString();
    QTest::newRow("plain") << QStringLiteral("hello") << 0 << QStringLiteral("hello");
    QTest::newRow("paragraphs") << QStringLiteral("<p>Hi there,</p><p>my invoice</p>") << 0
                                << QStringLiteral("Hi there, my invoice");
    QTest::newRow("br") << QStringLiteral("one<br>two<br/>three") << 0
                        << QStringLiteral("one two three");
    QTest::newRow("link") << QStringLiteral("see <a href=\"https://x.test\">the docs</a>.") << 0
                          << QStringLiteral("see the docs.");
    QTest::newRow("list") << QStringLiteral("<ul><li>a</li><li>b</li></ul>") << 0
                          << QStringLiteral("a b");
    QTest::newRow("entities/named") << QStringLiteral("Tom &amp; Jerry &lt;3 &quot;x&quot;") << 0
                                    << QStringLiteral("Tom & Jerry <3 \"x\"");
    QTest::newRow("entities/numeric") << QStringLiteral("&#233;t&#xE9;") << 0
                                      << QStringLiteral("été");
    QTest::newRow("entities/unknown-kept") << QStringLiteral("a &bogus; b") << 0
                                           << QStringLiteral("a &bogus; b");
    QTest::newRow("entities/invalid-codepoint") << QStringLiteral("a&#xD800;b") << 0
                                                << QStringLiteral("a&#xD800;b");
    QTest::newRow("script-dropped") << QStringLiteral("a<script>alert(1)</script>b") << 0
                                    << QStringLiteral("ab");
    QTest::newRow("style-dropped") << QStringLiteral("<style>p{}</style><p>x</p>") << 0
                                   << QStringLiteral("x");
    QTest::newRow("whitespace") << QStringLiteral("  a \n\t b  ") << 0 << QStringLiteral("a b");
    QTest::newRow("cut") << QStringLiteral("<p>abcdefghij</p>") << 5
                         << QStringLiteral("abcd") + QChar(0x2026);
    QTest::newRow("cut/not-needed") << QStringLiteral("abc") << 5 << QStringLiteral("abc");
}

void TestHtmlText::plainText()
{
    QFETCH(QString, html);
    QFETCH(int, maxLength);
    QFETCH(QString, expected);
    QCOMPARE(models::plainTextFromHtml(html, maxLength), expected);
}

QTEST_GUILESS_MAIN(TestHtmlText)
#include "tst_htmltext.moc"
