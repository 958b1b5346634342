#include "composerhtml.h"

#include <QList>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QUrl>

namespace ui {

namespace {

/// The inline tags, outermost first; a link's href is compared separately.
enum Tag { Link, Bold, Italic, Code, TagCount };

const char *const openTags[TagCount] = {"", "<b>", "<i>", "<code>"};
const char *const closeTags[TagCount] = {"</a>", "</b>", "</i>", "</code>"};

struct InlineState
{
    bool on[TagCount] = {};
    QString href;
};

InlineState stateOf(const QTextCharFormat &format)
{
    InlineState state;
    const QString href = format.anchorHref();
    state.on[Link] = format.isAnchor() && ComposerHtml::isAllowedLink(href);
    state.href = state.on[Link] ? href : QString();
    state.on[Bold] = format.fontWeight() >= QFont::DemiBold;
    state.on[Italic] = format.fontItalic();
    state.on[Code] = ComposerHtml::isCode(format);
    return state;
}

/// Writes a block's fragments, opening and closing tags as a stack so that formats that
/// span several fragments stay one element (<b>x<i>y</i></b>, not <b>x</b><b><i>y</i></b>).
class InlineWriter
{
public:
    explicit InlineWriter(QString &out)
        : m_out(out)
    {}

    void write(const QTextCharFormat &format, const QString &text)
    {
        const InlineState next = stateOf(format);
        int keep = 0; // the open tags that stay: the longest prefix that still applies
        while (keep < m_open.size()) {
            const Tag tag = m_open.at(keep);
            if (!next.on[tag] || (tag == Link && next.href != m_current.href))
                break;
            ++keep;
        }
        while (m_open.size() > keep)
            m_out += QLatin1String(closeTags[m_open.takeLast()]);
        for (int t = 0; t < TagCount; ++t) {
            const Tag tag = Tag(t);
            if (!next.on[tag] || m_open.contains(tag))
                continue;
            m_open.append(tag);
            if (tag == Link)
                m_out += QLatin1String("<a href=\"") + next.href.toHtmlEscaped()
                         + QLatin1String("\">");
            else
                m_out += QLatin1String(openTags[tag]);
        }
        m_current = next;
        for (const QChar c : text) {
            if (c == QChar::LineSeparator || c == QLatin1Char('\n'))
                m_out += QLatin1String("<br>");
            else if (c == QChar::ObjectReplacementCharacter)
                continue; // images and other objects are sent as attachments, not inline
            else
                m_out += QString(c).toHtmlEscaped();
        }
    }

    void finish()
    {
        while (!m_open.isEmpty())
            m_out += QLatin1String(closeTags[m_open.takeLast()]);
    }

private:
    QString &m_out;
    QList<Tag> m_open;
    InlineState m_current;
};

QString inlineHtml(const QTextBlock &block)
{
    QString out;
    InlineWriter writer(out);
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (fragment.isValid())
            writer.write(fragment.charFormat(), fragment.text());
    }
    writer.finish();
    return out;
}

bool isOrdered(const QTextList *list)
{
    const QTextListFormat::Style style = list->format().style();
    return style == QTextListFormat::ListDecimal || style == QTextListFormat::ListLowerAlpha
           || style == QTextListFormat::ListUpperAlpha || style == QTextListFormat::ListLowerRoman
           || style == QTextListFormat::ListUpperRoman;
}

struct OpenList
{
    const QTextList *list;
    int indent;
};

} // namespace

bool ComposerHtml::isCode(const QTextCharFormat &format)
{
    if (format.fontFixedPitch())
        return true;
    // QVariant in Qt 6.4, QStringList later: through QVariant for both.
    const QStringList families = QVariant(format.fontFamilies()).toStringList();
    for (const QString &family : families) {
        if (family.contains(QLatin1String("mono"), Qt::CaseInsensitive)
            || family.contains(QLatin1String("courier"), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool ComposerHtml::isAllowedLink(const QString &href)
{
    const QUrl url(href, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("mailto"))
        return !url.path().isEmpty();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
           && !url.host().isEmpty();
}

QString ComposerHtml::fromDocument(const QTextDocument &document)
{
    // Leading and trailing empty paragraphs (outside lists) carry nothing.
    QTextBlock first = document.begin();
    QTextBlock last = document.lastBlock();
    const auto blank = [](const QTextBlock &b) {
        return !b.textList() && b.text().trimmed().isEmpty();
    };
    while (first.isValid() && first != last && blank(first))
        first = first.next();
    while (last.isValid() && last != first && blank(last))
        last = last.previous();
    if (!first.isValid() || (first == last && blank(first)))
        return {};

    QString out;
    QList<OpenList> lists;
    const auto closeList = [&] {
        out += isOrdered(lists.last().list) ? QLatin1String("</li></ol>")
                                            : QLatin1String("</li></ul>");
        lists.removeLast();
    };
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        const QTextList *list = block.textList();
        const int indent = list ? qMax(1, list->format().indent()) : 0;
        while (!lists.isEmpty()
               && (lists.last().indent > indent
                   || (lists.last().indent == indent && lists.last().list != list)))
            closeList();
        if (list) {
            if (lists.isEmpty() || lists.last().indent < indent) {
                out += isOrdered(list) ? QLatin1String("<ol>") : QLatin1String("<ul>");
                lists.append({list, indent});
            } else {
                out += QLatin1String("</li>");
            }
            out += QLatin1String("<li>") + inlineHtml(block);
        } else {
            // A blank line between paragraphs: a no-break space, since Qt's HTML reader (the
            // draft coming back) drops an empty <p> or one holding only <br>.
            out += QLatin1String("<p>")
                   + (blank(block) ? QStringLiteral("&nbsp;") : inlineHtml(block))
                   + QLatin1String("</p>");
        }
        if (block == last)
            break;
    }
    while (!lists.isEmpty())
        closeList();
    return out;
}

QString ComposerHtml::clean(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return fromDocument(document);
}

} // namespace ui
