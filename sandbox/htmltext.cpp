#include "htmltext.h"

#include <QRegularExpression>

namespace sandbox {

namespace {

QString decodeEntities(QString text)
{
    text.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

} // namespace

QString htmlToPlainText(const QString &html)
{
    static const QRegularExpression link(
        QStringLiteral(R"(<a\s[^>]*href\s*=\s*["']([^"']*)["'][^>]*>(.*?)</a>)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression listItem(QStringLiteral("<li[^>]*>"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression blockEnd(
        QStringLiteral("</(p|div|li|ul|ol|h[1-6])>|<br\\s*/?>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression anyTag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression blankLines(QStringLiteral("\\n{2,}"));

    QString text = html;
    // Links first, while their markup is intact; the label itself may contain tags.
    QString withLinks;
    qsizetype last = 0;
    auto it = link.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        withLinks += text.mid(last, m.capturedStart() - last);
        QString label = m.captured(2);
        label.remove(anyTag);
        const QString url = m.captured(1);
        withLinks += label.trimmed() == url
                         ? url
                         : label.trimmed() + QStringLiteral(" (") + url + QLatin1Char(')');
        last = m.capturedEnd();
    }
    withLinks += text.mid(last);
    text = withLinks;
    text.replace(listItem, QStringLiteral("- "));
    text.replace(blockEnd, QStringLiteral("\n"));
    text.remove(anyTag);
    text = decodeEntities(text);
    text.replace(blankLines, QStringLiteral("\n"));
    return text.trimmed();
}

} // namespace sandbox
