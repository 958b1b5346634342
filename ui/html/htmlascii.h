#pragma once

#include <QChar>
#include <QStringView>

/// ASCII-only character classes and case folding, as the HTML standard uses them for tag and
/// attribute names. Deliberately not QChar::toLower() or Qt::CaseInsensitive: Unicode folding
/// maps "ſ" (U+017F) to "s" and would let "<ſcript>" match "script".
namespace ui::htmlascii {

inline bool isAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

inline bool isAlnum(QChar c)
{
    return isAlpha(c) || (c >= u'0' && c <= u'9');
}

/// HTML's white space: space, tab, LF, CR, FF.
inline bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

inline QChar toLower(QChar c)
{
    return (c >= u'A' && c <= u'Z') ? QChar(c.unicode() + ('a' - 'A')) : c;
}

inline bool equalsIgnoreCase(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (toLower(a[i]) != toLower(b[i]))
            return false;
    }
    return true;
}

} // namespace ui::htmlascii
