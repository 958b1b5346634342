#include "htmltokenizer.h"

#include "htmlascii.h"

namespace ui {

namespace {

constexpr qsizetype MaxAttributes = 32;

// Elements whose content is not markup. Their end tag is the only way out (plaintext has none).
constexpr QStringView RawTextElements[]
    = {u"script",   u"style",    u"xmp",   u"iframe",   u"noembed",
       u"noframes", u"noscript", u"title", u"textarea", u"plaintext"};

bool isRawTextElement(const QString &name)
{
    for (const QStringView raw : RawTextElements) {
        if (name == raw)
            return true;
    }
    return false;
}

/// Does \a in at \a pos start with "</name" followed by a delimiter (ASCII case-insensitive)?
bool isEndTagOf(QStringView in, qsizetype pos, const QString &name)
{
    const qsizetype nameEnd = pos + 2 + name.size();
    if (nameEnd >= in.size() || in[pos + 1] != u'/')
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (htmlascii::toLower(in[pos + 2 + i]) != name[i])
            return false;
    }
    const QChar after = in[nameEnd];
    return htmlascii::isSpace(after) || after == u'/' || after == u'>';
}

} // namespace

bool HtmlTokenizer::next(HtmlToken &token)
{
    token.attributes.clear();
    token.selfClosing = false;
    token.name.clear();
    token.text = {};
    if (!m_rawTextElement.isEmpty())
        return readRawText(token);

    while (m_pos < m_in.size()) {
        const qsizetype markup = markupStart(m_pos);
        if (markup != m_pos) {
            token.kind = HtmlToken::Text;
            token.text = m_in.mid(m_pos, markup - m_pos);
            m_pos = markup;
            return true;
        }
        // m_pos is at '<' followed by something that is markup.
        const QChar c = m_in[m_pos + 1];
        if (c == u'!') {
            if (m_in.mid(m_pos + 2).startsWith(u"--"))
                skipComment();
            else if (m_in.mid(m_pos + 2).startsWith(u"[CDATA["))
                skipPast(u"]]>", m_pos + 9);
            else
                skipPast(u">", m_pos + 2); // doctype and other bogus comments
        } else if (c == u'?') {
            skipPast(u">", m_pos + 2);
        } else if (c == u'/') {
            const QChar d = m_in[m_pos + 2];
            if (htmlascii::isAlpha(d)) {
                token.kind = HtmlToken::EndTag;
                if (readTag(token, m_pos + 2))
                    return true;
            } else if (d == u'>') {
                m_pos += 3; // "</>" is nothing at all
            } else {
                skipPast(u">", m_pos + 2);
            }
        } else {
            token.kind = HtmlToken::StartTag;
            if (readTag(token, m_pos + 1)) {
                if (isRawTextElement(token.name))
                    m_rawTextElement = token.name;
                return true;
            }
        }
    }
    token.kind = HtmlToken::EndOfInput;
    return false;
}

/// Where the next tag, comment or other markup begins at or after \a from (size() if none).
/// A '<' not followed by a letter, '/', '!' or '?' is just text, as in "a < b".
qsizetype HtmlTokenizer::markupStart(qsizetype from) const
{
    qsizetype pos = m_in.indexOf(u'<', from);
    while (pos >= 0 && pos + 1 < m_in.size()) {
        const QChar c = m_in[pos + 1];
        if (htmlascii::isAlpha(c) || c == u'!' || c == u'?')
            return pos;
        if (c == u'/' && pos + 2 < m_in.size())
            return pos;
        pos = m_in.indexOf(u'<', pos + 1);
    }
    return m_in.size();
}

bool HtmlTokenizer::readRawText(HtmlToken &token)
{
    token.name = m_rawTextElement;
    m_rawTextElement.clear();
    const qsizetype start = m_pos;
    qsizetype end = m_in.size();
    if (token.name != u"plaintext") {
        for (qsizetype pos = m_in.indexOf(u'<', start); pos >= 0;
             pos = m_in.indexOf(u'<', pos + 1)) {
            if (isEndTagOf(m_in, pos, token.name)) {
                end = pos;
                break;
            }
        }
    }
    m_pos = end;
    if (end == start)
        return next(token); // empty content: go straight to the end tag
    token.kind = HtmlToken::RawText;
    token.text = m_in.mid(start, end - start);
    return true;
}

/// Reads a tag name and its attributes; \a start is the first character of the name. Returns
/// false when the input ends inside the tag (the tag is then dropped and m_pos is at the end).
bool HtmlTokenizer::readTag(HtmlToken &token, qsizetype start)
{
    qsizetype pos = start;
    while (pos < m_in.size() && !htmlascii::isSpace(m_in[pos]) && m_in[pos] != u'/'
           && m_in[pos] != u'>')
        ++pos;
    token.name.resize(pos - start);
    QChar *name = token.name.data();
    for (qsizetype i = start; i < pos; ++i)
        name[i - start] = htmlascii::toLower(m_in[i]);
    m_pos = pos;
    if (readAttributes(token))
        return true;
    token.name.clear();
    token.attributes.clear();
    m_pos = m_in.size();
    return false;
}

bool HtmlTokenizer::readAttributes(HtmlToken &token)
{
    const auto atDelimiter = [this] {
        const QChar c = m_in[m_pos];
        return htmlascii::isSpace(c) || c == u'/' || c == u'>' || c == u'=';
    };
    const auto skipSpaces = [this] {
        while (m_pos < m_in.size() && htmlascii::isSpace(m_in[m_pos]))
            ++m_pos;
    };
    for (;;) {
        skipSpaces();
        if (m_pos >= m_in.size())
            return false;
        if (m_in[m_pos] == u'>') {
            ++m_pos;
            return true;
        }
        if (m_in[m_pos] == u'/') {
            ++m_pos;
            if (m_pos < m_in.size() && m_in[m_pos] == u'>') {
                token.selfClosing = true;
                ++m_pos;
                return true;
            }
            continue;
        }
        // Attribute name; a leading '=' belongs to the name, as in the standard.
        const qsizetype nameStart = m_pos++;
        while (m_pos < m_in.size() && !atDelimiter())
            ++m_pos;
        HtmlAttribute attribute{m_in.mid(nameStart, m_pos - nameStart), {}};
        skipSpaces();
        if (m_pos < m_in.size() && m_in[m_pos] == u'=') {
            ++m_pos;
            skipSpaces();
            if (m_pos >= m_in.size())
                return false;
            const QChar quote = m_in[m_pos];
            if (quote == u'"' || quote == u'\'') {
                const qsizetype close = m_in.indexOf(quote, m_pos + 1);
                if (close < 0)
                    return false;
                attribute.value = m_in.mid(m_pos + 1, close - m_pos - 1);
                m_pos = close + 1;
            } else {
                const qsizetype valueStart = m_pos;
                while (m_pos < m_in.size() && !htmlascii::isSpace(m_in[m_pos])
                       && m_in[m_pos] != u'>')
                    ++m_pos;
                attribute.value = m_in.mid(valueStart, m_pos - valueStart);
            }
        }
        // Past MaxAttributes the rest is scanned but not kept: the duplicate check is quadratic.
        if (token.attributes.size() >= MaxAttributes)
            continue;
        bool duplicate = false;
        for (const HtmlAttribute &existing : std::as_const(token.attributes))
            duplicate = duplicate || htmlascii::equalsIgnoreCase(existing.name, attribute.name);
        if (!duplicate)
            token.attributes.append(attribute);
    }
}

void HtmlTokenizer::skipPast(QStringView terminator, qsizetype from)
{
    const qsizetype found = m_in.indexOf(terminator, qMin(from, m_in.size()));
    m_pos = found < 0 ? m_in.size() : found + terminator.size();
}

/// "<!--" … "-->" (or "--!>"); "<!-->" and "<!--->" are complete, empty comments.
void HtmlTokenizer::skipComment()
{
    qsizetype pos = m_pos + 4;
    if (m_in.mid(pos).startsWith(u">")) {
        m_pos = pos + 1;
        return;
    }
    if (m_in.mid(pos).startsWith(u"->")) {
        m_pos = pos + 2;
        return;
    }
    for (pos = m_in.indexOf(u"--", pos); pos >= 0; pos = m_in.indexOf(u"--", pos + 1)) {
        const QStringView rest = m_in.mid(pos + 2);
        if (rest.startsWith(u'>')) {
            m_pos = pos + 3;
            return;
        }
        if (rest.startsWith(u"!>")) {
            m_pos = pos + 4;
            return;
        }
    }
    m_pos = m_in.size();
}

} // namespace ui
