#include "searchtext.h"

#include <algorithm>

namespace sandbox::searchtext {

namespace {

constexpr qsizetype MaxEntityLength = 10; // "&#x1F600;" fits

qsizetype tagLength(QStringView html, qsizetype pos)
{
    // Only "<" followed by a letter, "/" or "!" opens a tag; "a < b" stays text.
    if (pos + 1 >= html.size())
        return 0;
    const QChar next = html[pos + 1];
    if (!next.isLetter() && next != u'/' && next != u'!')
        return 0;
    const qsizetype close = html.indexOf(u'>', pos + 1);
    return close < 0 ? 0 : close - pos + 1;
}

qsizetype entityLength(QStringView html, qsizetype pos)
{
    const qsizetype end = std::min(html.size(), pos + MaxEntityLength);
    for (qsizetype i = pos + 1; i < end; ++i) {
        const QChar c = html[i];
        if (c == u';')
            return i > pos + 1 ? i - pos + 1 : 0;
        if (!c.isLetterOrNumber() && c != u'#')
            return 0;
    }
    return 0;
}

QChar decodeEntity(QStringView entity)
{
    // The entities Intercom's editor emits; anything else becomes a space.
    if (entity == u"&amp;")
        return u'&';
    if (entity == u"&lt;")
        return u'<';
    if (entity == u"&gt;")
        return u'>';
    if (entity == u"&quot;")
        return u'"';
    if (entity == u"&#39;" || entity == u"&apos;")
        return u'\'';
    return u' ';
}

} // namespace

qsizetype markupLength(QStringView html, qsizetype pos)
{
    const QChar c = html[pos];
    if (c == u'<')
        return tagLength(html, pos);
    if (c == u'&')
        return entityLength(html, pos);
    return 0;
}

QString visibleText(const QString &html)
{
    if (!html.contains(u'<') && !html.contains(u'&'))
        return html;
    QString text;
    text.reserve(html.size());
    const QStringView view(html);
    qsizetype i = 0;
    while (i < view.size()) {
        const qsizetype markup = markupLength(view, i);
        if (markup == 0) {
            // Collapse runs of white space as a browser would, also around removed tags.
            const QChar c = view[i++];
            if (!c.isSpace() || text.isEmpty() || !text.back().isSpace())
                text.append(c);
        } else if (view[i] == u'&') {
            text.append(decodeEntity(view.mid(i, markup)));
            i += markup;
        } else {
            // Any tag separates words, like the per-word matching in anyWord().
            if (!text.isEmpty() && !text.back().isSpace())
                text.append(u' ');
            i += markup;
        }
    }
    return text;
}

} // namespace sandbox::searchtext
