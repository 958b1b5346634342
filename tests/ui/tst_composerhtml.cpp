// The composer's HTML: what a QTextDocument holds, written as the few tags Intercom takes.

#include "ui/composer/composerhtml.h"

#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

using ui::ComposerHtml;

class TestComposerHtml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromHtml_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("blank/paragraphs") << "<p> </p><p></p>" << QString();
        QTest::newRow("plain") << "Hello"
                               << "<p>Hello</p>";
        QTest::newRow("escape") << "a &lt; b &amp; \"c\""
                                << "<p>a &lt; b &amp; &quot;c&quot;</p>";
        QTest::newRow("paragraphs/trimmed")
            << "<p>&nbsp;</p><p>one</p><p>&nbsp;</p><p>two</p><p> </p>"
            << "<p>one</p><p>&nbsp;</p><p>two</p>";
        QTest::newRow("br") << "<p>a<br>b</p>"
                            << "<p>a<br>b</p>";
        QTest::newRow("bold/italic/nested") << "<p><b>x<i>y</i></b>z</p>"
                                            << "<p><b>x<i>y</i></b>z</p>";
        QTest::newRow("styles/dropped")
            << "<p><span style=\"color:red;font-size:30px\">red</span> <u>u</u></p>"
            << "<p>red u</p>";
        QTest::newRow("link/https")
            << "<a href=\"https://example.com/?a=1&amp;b=2\">site</a>"
            << "<p><a href=\"https://example.com/?a=1&amp;b=2\">site</a></p>";
        QTest::newRow("link/mailto") << "<a href=\"mailto:help@example.com\">mail</a>"
                                     << "<p><a href=\"mailto:help@example.com\">mail</a></p>";
        QTest::newRow("link/javascript") << "<a href=\"javascript:alert(1)\">x</a>"
                                         << "<p>x</p>";
        QTest::newRow("link/bold-inside") << "<a href=\"https://e.com\">a<b>b</b></a>"
                                          << "<p><a href=\"https://e.com\">a<b>b</b></a></p>";
        QTest::newRow("code") << "<p>run <code>make</code> now</p>"
                              << "<p>run <code>make</code> now</p>";
        QTest::newRow("list/bullets") << "<ul><li>a</li><li>b</li></ul>"
                                      << "<ul><li>a</li><li>b</li></ul>";
        QTest::newRow("list/numbers") << "<p>x</p><ol><li>a</li></ol><p>y</p>"
                                      << "<p>x</p><ol><li>a</li></ol><p>y</p>";
        QTest::newRow("list/nested") << "<ul><li>a<ul><li>a1</li></ul></li><li>b</li></ul>"
                                     << "<ul><li>a<ul><li>a1</li></ul></li><li>b</li></ul>";
        QTest::newRow("image/dropped") << "<p>a<img src=\"x.png\">b</p>"
                                       << "<p>ab</p>";
    }

    void fromHtml()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(ComposerHtml::clean(input), expected);
        // Stable: writing what it wrote gives the same again.
        QCOMPARE(ComposerHtml::clean(expected), expected);
    }

    void fromEditing()
    {
        QTextDocument document;
        QTextCursor cursor(&document);
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        cursor.insertText(QStringLiteral("Steps:"), bold);
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        cursor.insertBlock(); // a blank line
        cursor.insertText(QStringLiteral("Then"));
        cursor.insertBlock();
        cursor.createList(QTextListFormat::ListDecimal);
        cursor.insertText(QStringLiteral("open"));
        cursor.insertBlock();
        QTextCharFormat code;
        code.setFontFixedPitch(true);
        cursor.insertText(QStringLiteral("run x"), code);
        QCOMPARE(ComposerHtml::fromDocument(document),
                 QStringLiteral("<p><b>Steps:</b></p><p>&nbsp;</p><p>Then</p><ol><li>open</li>"
                                "<li><code>run x</code></li></ol>"));
    }

    void allowedLinks_data()
    {
        QTest::addColumn<QString>("href");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://example.com/a" << true;
        QTest::newRow("http") << "http://example.com" << true;
        QTest::newRow("mailto") << "mailto:a@b.com" << true;
        QTest::newRow("no-host") << "https://" << false;
        QTest::newRow("javascript") << "javascript:alert(1)" << false;
        QTest::newRow("file") << "file:///etc/passwd" << false;
        QTest::newRow("relative") << "/path" << false;
    }

    void allowedLinks()
    {
        QFETCH(QString, href);
        QFETCH(bool, allowed);
        QCOMPARE(ComposerHtml::isAllowedLink(href), allowed);
    }
};

QTEST_MAIN(TestComposerHtml)
#include "tst_composerhtml.moc"
