#pragma once

#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

/// An independent check of the sanitizer's output contract, written with regular expressions
/// on purpose (the output is canonical, so they suffice): only allowlisted tags and
/// attributes, double-quoted attribute values, links and images only http(s)/mailto, text
/// without raw '<' or '>', only the four named entities, and balanced tags.
/// Returns an empty string when \a html satisfies the contract, else what is wrong.
inline QString sanitizedHtmlProblem(const QString &html)
{
    static const QSet<QString> tags = {
        QStringLiteral("a"),      QStringLiteral("address"),    QStringLiteral("b"),
        QStringLiteral("big"),    QStringLiteral("blockquote"), QStringLiteral("br"),
        QStringLiteral("center"), QStringLiteral("cite"),       QStringLiteral("code"),
        QStringLiteral("dd"),     QStringLiteral("dfn"),        QStringLiteral("div"),
        QStringLiteral("dl"),     QStringLiteral("dt"),         QStringLiteral("em"),
        QStringLiteral("h1"),     QStringLiteral("h2"),         QStringLiteral("h3"),
        QStringLiteral("h4"),     QStringLiteral("h5"),         QStringLiteral("h6"),
        QStringLiteral("hr"),     QStringLiteral("i"),          QStringLiteral("img"),
        QStringLiteral("kbd"),    QStringLiteral("li"),         QStringLiteral("ol"),
        QStringLiteral("p"),      QStringLiteral("pre"),        QStringLiteral("s"),
        QStringLiteral("samp"),   QStringLiteral("small"),      QStringLiteral("span"),
        QStringLiteral("strong"), QStringLiteral("sub"),        QStringLiteral("sup"),
        QStringLiteral("table"),  QStringLiteral("tbody"),      QStringLiteral("td"),
        QStringLiteral("tfoot"),  QStringLiteral("th"),         QStringLiteral("thead"),
        QStringLiteral("tr"),     QStringLiteral("tt"),         QStringLiteral("u"),
        QStringLiteral("ul"),     QStringLiteral("var"),
    };
    static const QSet<QString> voids
        = {QStringLiteral("br"), QStringLiteral("hr"), QStringLiteral("img")};
    static const QSet<QString> attributes = {
        QStringLiteral("href"),        QStringLiteral("src"),         QStringLiteral("alt"),
        QStringLiteral("width"),       QStringLiteral("height"),      QStringLiteral("colspan"),
        QStringLiteral("rowspan"),     QStringLiteral("align"),       QStringLiteral("valign"),
        QStringLiteral("dir"),         QStringLiteral("type"),        QStringLiteral("border"),
        QStringLiteral("cellpadding"), QStringLiteral("cellspacing"),
    };
    static const QRegularExpression tag(
        QStringLiteral("^<(/?)([a-z0-9]+)((?: [a-z]+=\"[^\"<>]*\")*)( /)?>$"));
    static const QRegularExpression attribute(QStringLiteral(" ([a-z]+)=\"([^\"]*)\""));
    static const QRegularExpression url(QStringLiteral("^(https?://[^/?#\\s]|mailto:)"),
                                        QRegularExpression::CaseInsensitiveOption);

    QStringList open;
    qsizetype pos = 0;
    while (pos < html.size()) {
        const QChar c = html[pos];
        if (c == u'>')
            return QStringLiteral("raw '>' at %1").arg(pos);
        if (c == u'&') {
            const QStringView rest = QStringView(html).mid(pos);
            qsizetype length = 0;
            for (const QStringView known : {u"&amp;", u"&lt;", u"&gt;", u"&quot;"}) {
                if (rest.startsWith(known))
                    length = known.size();
            }
            if (length == 0)
                return QStringLiteral("bare '&' at %1").arg(pos);
            pos += length;
            continue;
        }
        if (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            return QStringLiteral("control character U+%1 at %2").arg(c.unicode(), 4, 16).arg(pos);
        if (c.isSurrogate()) {
            if (!(c.isHighSurrogate() && pos + 1 < html.size() && html[pos + 1].isLowSurrogate()))
                return QStringLiteral("unpaired surrogate at %1").arg(pos);
            pos += 2;
            continue;
        }
        if (c != u'<') {
            ++pos;
            continue;
        }
        const qsizetype close = html.indexOf(u'>', pos);
        const auto m = tag.match(html.mid(pos, close < 0 ? -1 : close - pos + 1));
        if (!m.hasMatch())
            return QStringLiteral("malformed tag at %1: %2").arg(pos).arg(html.mid(pos, 40));
        const QString name = m.captured(2);
        if (!tags.contains(name))
            return QStringLiteral("tag not allowed: ") + name;
        auto attrs = attribute.globalMatch(m.captured(3));
        while (attrs.hasNext()) {
            const auto a = attrs.next();
            if (!attributes.contains(a.captured(1)))
                return QStringLiteral("attribute not allowed: ") + a.captured(1);
            QString value = a.captured(2);
            value.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
            if ((a.captured(1) == QLatin1String("href") || a.captured(1) == QLatin1String("src"))
                && !url.match(value).hasMatch())
                return QStringLiteral("URL scheme not allowed: ") + value;
        }
        const bool closing = !m.captured(1).isEmpty();
        if (voids.contains(name)) {
            if (closing || m.captured(4).isEmpty())
                return QStringLiteral("void element not self-closed: ") + name;
        } else if (closing) {
            if (open.isEmpty() || open.last() != name)
                return QStringLiteral("unbalanced </%1>").arg(name);
            open.removeLast();
        } else {
            open.append(name);
        }
        pos += m.capturedLength();
    }
    if (!open.isEmpty())
        return QStringLiteral("unclosed: ") + open.join(u',');
    return {};
}
