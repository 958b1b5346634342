#include "htmlsanitizercheck.h"

#include "ui/html/htmlsanitizer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextDocument>
#include <QtTest>

#include <ctime>

using ui::HtmlSanitizer;
using ui::SanitizedHtml;
using ui::SanitizeOptions;

namespace {

QString hostileDir()
{
    return qEnvironmentVariable("TRIAGE_SOURCE_DIR") + QStringLiteral("/tests/ui/data/hostile");
}

QString plainText(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText().replace(QChar(QChar::Nbsp), u' ');
}

/// The expectations a corpus file states in its leading "<!-- expect … -->" comment.
struct Expectations
{
    QStringList text;    // must be in the rendered text
    QStringList notText; // must not be in the rendered text
    QStringList html;    // must be in the output markup
    QStringList absent;  // must not be in the output markup (case-insensitive)
    int links = -1;
    int images = -1;
};

Expectations parseExpectations(const QString &html)
{
    Expectations result;
    if (!html.startsWith(QLatin1String("<!-- expect")))
        return result;
    const QString block = html.mid(0, html.indexOf(QLatin1String("-->")));
    const QStringList lines = block.split(u'\n');
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(u':');
        if (colon < 0)
            continue;
        const QString key = line.left(colon);
        const QString value = line.mid(colon + 1).trimmed();
        if (key == QLatin1String("text"))
            result.text << value;
        else if (key == QLatin1String("notext"))
            result.notText << value;
        else if (key == QLatin1String("html"))
            result.html << value;
        else if (key == QLatin1String("absent"))
            result.absent << value;
        else if (key == QLatin1String("links"))
            result.links = value.toInt();
        else if (key == QLatin1String("images"))
            result.images = value.toInt();
    }
    return result;
}

/// Properties every output must have, whatever the input.
void checkContract(const QString &input, const SanitizedHtml &result,
                   const SanitizeOptions &options = {})
{
    const QString problem = sanitizedHtmlProblem(result.html);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(
        result.html.size() <= 16 * input.size() + 64,
        qPrintable(
            QStringLiteral("output %1 for input %2").arg(result.html.size()).arg(input.size())));
    for (const QUrl &link : result.links)
        QVERIFY2(
            QStringList({QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("mailto")})
                .contains(link.scheme()),
            qPrintable(link.toString()));
    // Sanitizing again changes nothing: the output is already in the safe subset.
    const SanitizedHtml again = HtmlSanitizer::sanitize(result.html, options);
    QCOMPARE(again.html, result.html);
    QCOMPARE(again.links, result.links);
}

QString repeated(const QString &piece, int times)
{
    QString out;
    out.reserve(piece.size() * times);
    for (int i = 0; i < times; ++i)
        out += piece;
    return out;
}

} // namespace

/// The sanitizer over a hostile corpus (tests/ui/data/hostile, also the fuzzing seed corpus),
/// over generated pathological inputs, and over the everyday markup it must keep.
class tst_HtmlSanitizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileCorpus_data();
    void hostileCorpus();
    void generated_data();
    void generated();
    void keeps_data();
    void keeps();
    void remoteImagesWhenAllowed();
    void nestingDepthFlattens();
    void linksInDocumentOrder();
    void oneMegabyteBody();
};

void tst_HtmlSanitizer::hostileCorpus_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(hostileDir());
    const QStringList files = dir.entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 30, qPrintable(dir.path()));
    for (const QString &file : files) {
        const QString row = QStringLiteral("hostile/") + file.chopped(5);
        QTest::newRow(qPrintable(row)) << dir.filePath(file);
    }
}

void tst_HtmlSanitizer::hostileCorpus()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString input = QString::fromUtf8(file.readAll());
    const Expectations expect = parseExpectations(input);
    QVERIFY2(!expect.text.isEmpty() || !expect.absent.isEmpty(), "no expectations in file");

    const SanitizedHtml result = HtmlSanitizer::sanitize(input);
    checkContract(input, result);
    const QString text = plainText(result.html);
    for (const QString &wanted : expect.text)
        QVERIFY2(text.contains(wanted), qPrintable(wanted + QStringLiteral(" | ") + text));
    for (const QString &unwanted : expect.notText)
        QVERIFY2(!text.contains(unwanted), qPrintable(unwanted + QStringLiteral(" | ") + text));
    for (const QString &wanted : expect.html)
        QVERIFY2(result.html.contains(wanted), qPrintable(wanted + u" | " + result.html));
    for (const QString &unwanted : expect.absent)
        QVERIFY2(!result.html.contains(unwanted, Qt::CaseInsensitive),
                 qPrintable(unwanted + u" | " + result.html));
    if (expect.links >= 0)
        QCOMPARE(result.links.size(), expect.links);
    if (expect.images >= 0)
        QCOMPARE(result.blockedImages, expect.images);
}

void tst_HtmlSanitizer::generated_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("text"); // must survive, in the rendered text (may be empty)

    QString nul = QStringLiteral("a<b>b</b>c");
    nul.insert(1, QChar(0));
    nul.insert(4, QChar(0));
    nul += QStringLiteral("<a href=\"java") + QChar(0) + QStringLiteral("script:alert(1)\">x</a>");
    QTest::newRow("nul/bytes") << nul << QStringLiteral("ab");

    QString surrogates = QStringLiteral("lone ") + QChar(0xD800) + QStringLiteral(" high ")
                         + QChar(0xDC00) + QStringLiteral(" low <b title=\"") + QChar(0xDBFF)
                         + QStringLiteral("\">") + QChar(0xD83D) + QChar(0xDE00)
                         + QStringLiteral("</b>");
    surrogates += QChar(0xD800); // at the very end
    QTest::newRow("unicode/surrogate-halves") << surrogates << QStringLiteral("lone");

    QTest::newRow("unicode/bidi-and-controls")
        << QStringLiteral("\u202Eevil\u202C \x01\x02\x7f\u0085 text\u000Bend")
        << QStringLiteral("text");
    QTest::newRow("nesting/tables-10000")
        << repeated(QStringLiteral("<table><tr><td>"), 10000) + QStringLiteral("deep")
               + repeated(QStringLiteral("</td></tr></table>"), 10000)
        << QStringLiteral("deep");
    QTest::newRow("nesting/divs-10000-unclosed")
        << repeated(QStringLiteral("<div>"), 10000) + QStringLiteral("deep")
        << QStringLiteral("deep");
    QTest::newRow("nesting/mixed-10000")
        << repeated(QStringLiteral("<b><i><ul><li><blockquote>"), 2000) + QStringLiteral("deep")
        << QStringLiteral("deep");
    QTest::newRow("nesting/end-tags-only")
        << repeated(QStringLiteral("</div></td></table>"), 10000) + QStringLiteral("tail")
        << QStringLiteral("tail");
    QTest::newRow("nesting/svg-10000")
        << repeated(QStringLiteral("<svg>"), 10000) + QStringLiteral("hidden") << QString();
    QTest::newRow("tags/many-attributes")
        << QStringLiteral("<a ") + repeated(QStringLiteral("x=1 "), 50000)
               + QStringLiteral("href=https://example.com>many</a>")
        << QStringLiteral("many");
    QTest::newRow("tags/many-anchors-unclosed")
        << repeated(QStringLiteral("<a href=https://example.com/>a"), 5000) << QStringLiteral("a");
    QTest::newRow("tags/huge-name")
        << QStringLiteral("<") + repeated(QStringLiteral("x"), 100000) + QStringLiteral(">name")
        << QStringLiteral("name");
    QTest::newRow("tags/lt-soup") << repeated(QStringLiteral("<<</<!<?</ <a"), 20000) << QString();
    QTest::newRow("comments/unterminated")
        << QStringLiteral("shown<!-- ") + repeated(QStringLiteral("-- - > <b>"), 20000)
        << QStringLiteral("shown");
    QTest::newRow("comments/many")
        << repeated(QStringLiteral("<!-- c -->t"), 20000) << QStringLiteral("ttt");
    QTest::newRow("comments/many-dashes")
        << QStringLiteral("<!--") + repeated(QStringLiteral("-"), 100000) << QString();
    QTest::newRow("rawtext/many-unclosed-scripts")
        << QStringLiteral("x") + repeated(QStringLiteral("<script></scrip"), 20000)
        << QStringLiteral("x");
    QTest::newRow("entities/long-numbers")
        << QStringLiteral("&#") + repeated(QStringLiteral("9"), 100000) + QStringLiteral(";x")
        << QStringLiteral("x");
    QTest::newRow("entities/many-ampersands")
        << repeated(QStringLiteral("&&amp&#&#x&copy"), 20000) << QStringLiteral("&amp;&amp;&amp;#");
    QTest::newRow("quotes/unterminated-attribute")
        << QStringLiteral("ok<a href=\"") + repeated(QStringLiteral("<b>"), 50000)
        << QStringLiteral("ok");
    QTest::newRow("images/many") << repeated(QStringLiteral("<img src=https://t.example/p>"), 20000)
                                 << QStringLiteral("[image]");
}

void tst_HtmlSanitizer::generated()
{
    QFETCH(QString, input);
    QFETCH(QString, text);
    QElapsedTimer timer;
    timer.start();
    const SanitizedHtml result = HtmlSanitizer::sanitize(input);
    const qint64 elapsed = timer.elapsed();
    qDebug("%lld characters in %lld ms", qint64(input.size()), elapsed);
    checkContract(input, result);
    QVERIFY(!result.html.contains(QLatin1String("script"), Qt::CaseInsensitive));
    if (!text.isEmpty())
        QVERIFY2(result.html.contains(text), qPrintable(result.html.left(400)));
}

void tst_HtmlSanitizer::keeps_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain/text") << QStringLiteral("Hello, world") << QStringLiteral("Hello, world");
    QTest::newRow("plain/escaped") << QStringLiteral("a &lt; b &amp;&amp; c > d \"q\"")
                                   << QStringLiteral("a &lt; b &amp;&amp; c &gt; d &quot;q&quot;");
    QTest::newRow("inline/formatting")
        << QStringLiteral("<B>b</B><strong>s</strong><i>i</i><em>e</em><u>u</u><s>s</s><code>c</"
                          "code><sub>1</sub><sup>2</sup>")
        << QStringLiteral("<b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><s>s</s><code>c</"
                          "code><sub>1</sub><sup>2</sup>");
    QTest::newRow("inline/renamed") << QStringLiteral("<strike>a</strike><del>b</del><ins>c</ins>")
                                    << QStringLiteral("<s>a</s><s>b</s><u>c</u>");
    QTest::newRow("block/paragraphs")
        << QStringLiteral("<p align=CENTER class=x id=y>a</p><div "
                          "dir=rtl>b</div><h1>c</h1><blockquote>d</blockquote><pre>  e\n f</pre>")
        << QStringLiteral(
               "<p align=\"center\">a</p><div "
               "dir=\"rtl\">b</div><h1>c</h1><blockquote>d</blockquote><pre>  e\n f</pre>");
    QTest::newRow("block/implied-p-end")
        << QStringLiteral("<p>a<p>b<div>c</div>") << QStringLiteral("<p>a</p><p>b</p><div>c</div>");
    QTest::newRow("block/voids") << QStringLiteral("a<br>b<BR/>c</br>d<hr noshade>")
                                 << QStringLiteral("a<br />b<br />c<br />d<hr />");
    QTest::newRow("lists/implied-li-end")
        << QStringLiteral("<ul><li>a<li>b</ul><ol type=A><li>c</ol>")
        << QStringLiteral("<ul><li>a</li><li>b</li></ul><ol type=\"A\"><li>c</li></ol>");
    QTest::newRow("tables/implied-ends")
        << QStringLiteral(
               "<table border=1><tr><th>h<td colspan=2 valign=top>a<tr><td rowspan=0>b</table>")
        << QStringLiteral("<table border=\"1\"><tr><th>h</th><td colspan=\"2\" "
                          "valign=\"top\">a</td></tr><tr><td rowspan=\"1\">b</td></tr></table>");
    QTest::newRow("tables/stray-cell")
        << QStringLiteral("<td>cell</td><tr>row</tr>") << QStringLiteral("cellrow");
    QTest::newRow("links/https")
        << QStringLiteral("<a href='https://example.com/a?b=1&amp;c=2' target=_blank rel=x>go</a>")
        << QStringLiteral("<a href=\"https://example.com/a?b=1&amp;c=2\">go</a>");
    QTest::newRow("links/idn-and-spaces")
        << QStringLiteral("<a href=\"https://bücher.example/a b\">x</a>")
        << QStringLiteral("<a href=\"https://xn--bcher-kva.example/a%20b\">x</a>");
    QTest::newRow("unknown/text-kept")
        << QStringLiteral("<font color=red><center2>x</center2></font><custom-el>y</custom-el>")
        << QStringLiteral("xy");
    QTest::newRow("entities/named")
        << QStringLiteral("caf&eacute; &hellip; &euro;5 &nbsp;&#8212;&#x2019;&#146;")
        << QStringLiteral("café … €5 \u00A0—’’");
    QTest::newRow("unclosed/closed-at-end")
        << QStringLiteral("<b><i>x") << QStringLiteral("<b><i>x</i></b>");
    QTest::newRow("misnested/b-i")
        << QStringLiteral("<b><i>x</b>y</i>") << QStringLiteral("<b><i>x</i></b>y");
}

void tst_HtmlSanitizer::keeps()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const SanitizedHtml result = HtmlSanitizer::sanitize(input);
    QCOMPARE(result.html, expected);
    checkContract(input, result);
}

void tst_HtmlSanitizer::remoteImagesWhenAllowed()
{
    const QString input = QStringLiteral(
        "<img src=\"https://example.com/a.png\" alt=\"A &amp; B\" width=640px height=99999 "
        "onerror=x><img src=cid:x><img src=\"data:image/png;base64,AA\">");
    SanitizeOptions options;
    options.allowRemoteImages = true;
    const SanitizedHtml allowed = HtmlSanitizer::sanitize(input, options);
    QCOMPARE(allowed.html, QStringLiteral("<img src=\"https://example.com/a.png\" "
                                          "alt=\"A &amp; B\" width=\"640\" height=\"4096\" />"));
    QCOMPARE(allowed.blockedImages, 0);
    checkContract(input, allowed, options);

    const SanitizedHtml blocked = HtmlSanitizer::sanitize(input);
    QCOMPARE(blocked.html, QStringLiteral("[image: A &amp; B]"));
    QCOMPARE(blocked.blockedImages, 1);
}

void tst_HtmlSanitizer::nestingDepthFlattens()
{
    SanitizeOptions options;
    options.maxNestingDepth = 2;
    const QString input = QStringLiteral("<div><div><div>x</div>y</div>z</div>w");
    const SanitizedHtml result = HtmlSanitizer::sanitize(input, options);
    QCOMPARE(result.html, QStringLiteral("<div><div>xy</div>z</div>w"));

    options.maxNestingDepth = 0; // text only
    QCOMPARE(HtmlSanitizer::sanitize(QStringLiteral("<p><b>x</b></p>"), options).html,
             QStringLiteral("x"));
    options.maxNestingDepth = -5;
    QCOMPARE(HtmlSanitizer::sanitize(QStringLiteral("<p>y</p>"), options).html,
             QStringLiteral("y"));

    // Tables nest less deeply than other elements: QTextDocument lays them out slowly.
    const QString tables = repeated(QStringLiteral("<table><tr><td>"), 10) + QStringLiteral("t");
    const QString html = HtmlSanitizer::sanitize(tables).html;
    QCOMPARE(html.count(QLatin1String("<table>")), 4);
    QVERIFY(html.contains(u't'));
}

void tst_HtmlSanitizer::linksInDocumentOrder()
{
    const SanitizedHtml result = HtmlSanitizer::sanitize(QStringLiteral(
        "<a href=https://one.example>1</a><a href=javascript:x>no</a>"
        "<p><a href=mailto:two@example.com>2</a></p><a href=http://three.example/3>3</a>"));
    QCOMPARE(result.links, (QList<QUrl>{QUrl(QStringLiteral("https://one.example")),
                                        QUrl(QStringLiteral("mailto:two@example.com")),
                                        QUrl(QStringLiteral("http://three.example/3"))}));
}

void tst_HtmlSanitizer::oneMegabyteBody()
{
    // Mail-like markup with a sprinkling of everything hostile, repeated to 1 MB.
    const QString chunk = QStringLiteral(
        "<div class=\"x\" style=\"color:red\"><p>Hello <b>customer</b>, thanks for &amp; "
        "writing&nbsp;in. <a href=\"https://example.com/help?a=1&b=2\" onclick=\"x()\">Help</a>"
        "<img src=\"https://t.example/p.gif\" alt=pixel><script>alert(1)</script>"
        "<table><tr><td>cell<td>cell</table><!-- note --><ul><li>one<li>two</ul></p></div>\n");
    QString input;
    input.reserve(1 << 20);
    while (input.size() < (1 << 20))
        input += chunk;

    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    const SanitizedHtml result = HtmlSanitizer::sanitize(input);
    const double cpuMs = double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
    const double wallMs = double(timer.nsecsElapsed()) / 1e6;
    // Printed, not asserted: timing depends on the machine and its load (CPU time is the
    // steadier figure on a busy machine).
    qDebug("1 MB body (%lld chars) sanitized in %.1f ms wall, %.1f ms CPU; output %lld chars",
           qint64(input.size()), wallMs, cpuMs, qint64(result.html.size()));

    const QString problem = sanitizedHtmlProblem(result.html);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const int chunks = int(input.size() / chunk.size());
    QCOMPARE(result.blockedImages, chunks);
    QCOMPARE(result.links.size(), chunks);
    QVERIFY(!result.html.contains(QLatin1String("script")));
    QVERIFY(result.html.size() < input.size());
}

QTEST_MAIN(tst_HtmlSanitizer)
#include "tst_htmlsanitizer.moc"
