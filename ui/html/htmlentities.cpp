#include "htmlentities.h"

#include "htmlascii.h"

#include <QHash>

#include <algorithm>
#include <iterator>

namespace ui::htmlentities {

namespace {

constexpr char32_t ReplacementChar = 0xFFFD;

struct NamedEntity
{
    const char *name;
    char32_t code;
    bool legacy; // also recognised without the trailing ';' (as browsers do)
};

// The references customer mail actually uses, plus the ones attackers use to hide a ':' or a
// tab inside "javascript:". Anything else stays literal, which is harmless and visible.
constexpr NamedEntity NamedEntities[] = {
    {"amp", '&', true},        {"lt", '<', true},         {"gt", '>', true},
    {"quot", '"', true},       {"apos", '\'', false},     {"nbsp", 0xA0, true},
    {"copy", 0xA9, true},      {"reg", 0xAE, true},       {"trade", 0x2122, false},
    {"shy", 0xAD, true},       {"iexcl", 0xA1, true},     {"cent", 0xA2, true},
    {"pound", 0xA3, true},     {"curren", 0xA4, true},    {"yen", 0xA5, true},
    {"sect", 0xA7, true},      {"uml", 0xA8, true},       {"ordf", 0xAA, true},
    {"laquo", 0xAB, true},     {"not", 0xAC, true},       {"macr", 0xAF, true},
    {"deg", 0xB0, true},       {"plusmn", 0xB1, true},    {"sup2", 0xB2, true},
    {"sup3", 0xB3, true},      {"acute", 0xB4, true},     {"micro", 0xB5, true},
    {"para", 0xB6, true},      {"middot", 0xB7, true},    {"sup1", 0xB9, true},
    {"ordm", 0xBA, true},      {"raquo", 0xBB, true},     {"frac14", 0xBC, true},
    {"frac12", 0xBD, true},    {"frac34", 0xBE, true},    {"iquest", 0xBF, true},
    {"times", 0xD7, true},     {"divide", 0xF7, true},    {"szlig", 0xDF, true},
    {"Agrave", 0xC0, true},    {"Aacute", 0xC1, true},    {"Acirc", 0xC2, true},
    {"Atilde", 0xC3, true},    {"Auml", 0xC4, true},      {"Aring", 0xC5, true},
    {"AElig", 0xC6, true},     {"Ccedil", 0xC7, true},    {"Egrave", 0xC8, true},
    {"Eacute", 0xC9, true},    {"Ecirc", 0xCA, true},     {"Euml", 0xCB, true},
    {"Iacute", 0xCD, true},    {"Ntilde", 0xD1, true},    {"Oacute", 0xD3, true},
    {"Ocirc", 0xD4, true},     {"Ouml", 0xD6, true},      {"Oslash", 0xD8, true},
    {"Uacute", 0xDA, true},    {"Uuml", 0xDC, true},      {"agrave", 0xE0, true},
    {"aacute", 0xE1, true},    {"acirc", 0xE2, true},     {"atilde", 0xE3, true},
    {"auml", 0xE4, true},      {"aring", 0xE5, true},     {"aelig", 0xE6, true},
    {"ccedil", 0xE7, true},    {"egrave", 0xE8, true},    {"eacute", 0xE9, true},
    {"ecirc", 0xEA, true},     {"euml", 0xEB, true},      {"igrave", 0xEC, true},
    {"iacute", 0xED, true},    {"icirc", 0xEE, true},     {"iuml", 0xEF, true},
    {"ntilde", 0xF1, true},    {"ograve", 0xF2, true},    {"oacute", 0xF3, true},
    {"ocirc", 0xF4, true},     {"otilde", 0xF5, true},    {"ouml", 0xF6, true},
    {"oslash", 0xF8, true},    {"ugrave", 0xF9, true},    {"uacute", 0xFA, true},
    {"ucirc", 0xFB, true},     {"uuml", 0xFC, true},      {"yacute", 0xFD, true},
    {"yuml", 0xFF, true},      {"OElig", 0x152, false},   {"oelig", 0x153, false},
    {"Scaron", 0x160, false},  {"scaron", 0x161, false},  {"euro", 0x20AC, false},
    {"ndash", 0x2013, false},  {"mdash", 0x2014, false},  {"lsquo", 0x2018, false},
    {"rsquo", 0x2019, false},  {"sbquo", 0x201A, false},  {"ldquo", 0x201C, false},
    {"rdquo", 0x201D, false},  {"bdquo", 0x201E, false},  {"dagger", 0x2020, false},
    {"bull", 0x2022, false},   {"hellip", 0x2026, false}, {"prime", 0x2032, false},
    {"lsaquo", 0x2039, false}, {"rsaquo", 0x203A, false}, {"larr", 0x2190, false},
    {"rarr", 0x2192, false},   {"uarr", 0x2191, false},   {"darr", 0x2193, false},
    {"harr", 0x2194, false},   {"minus", 0x2212, false},  {"le", 0x2264, false},
    {"ge", 0x2265, false},     {"ne", 0x2260, false},     {"infin", 0x221E, false},
    {"check", 0x2713, false},  {"zwj", 0x200D, false},    {"zwnj", 0x200C, false},
    {"ensp", 0x2002, false},   {"emsp", 0x2003, false},   {"thinsp", 0x2009, false},
    {"Tab", '\t', false},      {"NewLine", '\n', false},  {"colon", ':', false},
    {"sol", '/', false},       {"lpar", '(', false},      {"rpar", ')', false},
    {"period", '.', false},    {"comma", ',', false},     {"excl", '!', false},
    {"num", '#', false},       {"percnt", '%', false},    {"equals", '=', false},
    {"quest", '?', false},     {"commat", '@', false},    {"grave", '`', false},
};

// HTML maps numeric references in 0x80–0x9F to what Windows-1252 puts there ("&#146;" is ’).
constexpr char16_t Windows1252[32] = {
    0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178,
};

constexpr qsizetype LongestName = 8; // "NewLine", "frac14", … all shorter than this

const QHash<QString, const NamedEntity *> &namedEntities()
{
    static const QHash<QString, const NamedEntity *> table = [] {
        QHash<QString, const NamedEntity *> result;
        for (const NamedEntity &entity : NamedEntities)
            result.insert(QString::fromLatin1(entity.name), &entity);
        return result;
    }();
    return table;
}

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - '0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - 'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - 'A' + 10;
    return -1;
}

void appendCodePoint(QString &out, char32_t code)
{
    if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        code = ReplacementChar;
    else if (code >= 0x80 && code <= 0x9F)
        code = Windows1252[code - 0x80];
    if (QChar::requiresSurrogates(code)) {
        out += QChar(QChar::highSurrogate(code));
        out += QChar(QChar::lowSurrogate(code));
    } else {
        out += QChar(char16_t(code));
    }
}

/// Decodes "&#…" starting at \a pos (which points at '&'); returns the index after it, or -1.
qsizetype decodeNumeric(QString &out, QStringView raw, qsizetype pos)
{
    qsizetype i = pos + 2;
    const bool hex = i < raw.size() && (raw[i] == u'x' || raw[i] == u'X');
    if (hex)
        ++i;
    const qsizetype digitsStart = i;
    char32_t code = 0;
    bool overflow = false;
    for (; i < raw.size(); ++i) {
        const int digit = hex                                  ? hexValue(raw[i])
                          : (raw[i] >= u'0' && raw[i] <= u'9') ? raw[i].unicode() - '0'
                                                               : -1;
        if (digit < 0)
            break;
        // Keep scanning an absurdly long number, but stop growing it.
        if (!overflow) {
            code = code * (hex ? 16 : 10) + char32_t(digit);
            overflow = code > 0x10FFFF;
        }
    }
    if (i == digitsStart)
        return -1;
    if (i < raw.size() && raw[i] == u';')
        ++i;
    appendCodePoint(out, overflow ? ReplacementChar : code);
    return i;
}

/// Decodes "&name;" starting at \a pos; returns the index after it, or -1 when unknown.
qsizetype decodeNamed(QString &out, QStringView raw, qsizetype pos, Context context)
{
    qsizetype end = pos + 1;
    while (end < raw.size() && end - pos <= LongestName && htmlascii::isAlnum(raw[end]))
        ++end;
    const QStringView name = raw.mid(pos + 1, end - pos - 1);
    if (name.isEmpty())
        return -1;
    const auto &table = namedEntities();
    const bool terminated = end < raw.size() && raw[end] == u';';
    if (terminated) {
        const auto it = table.constFind(name.toString());
        if (it != table.constEnd()) {
            appendCodePoint(out, it.value()->code);
            return end + 1;
        }
        return -1;
    }
    // Without ';' only the legacy names count, and only when the name ends there: "&copy 2023"
    // is "© 2023", but "&copyright" and "&notanentity;" stay as written (browsers would
    // decode a prefix; in mail the literal reading is what the customer typed).
    const auto it = table.constFind(name.toString());
    if (it == table.constEnd() || !it.value()->legacy)
        return -1;
    if (end < raw.size()
        && (htmlascii::isAlnum(raw[end]) || (context == Context::Attribute && raw[end] == u'=')))
        return -1;
    appendCodePoint(out, it.value()->code);
    return end;
}

} // namespace

void appendDecoded(QString &out, QStringView raw, Context context)
{
    qsizetype copied = 0;
    qsizetype pos = raw.indexOf(u'&');
    while (pos >= 0) {
        out += raw.mid(copied, pos - copied);
        qsizetype next = -1;
        if (pos + 1 < raw.size()) {
            if (raw[pos + 1] == u'#')
                next = decodeNumeric(out, raw, pos);
            else if (htmlascii::isAlpha(raw[pos + 1]))
                next = decodeNamed(out, raw, pos, context);
        }
        if (next < 0) {
            out += u'&';
            next = pos + 1;
        }
        copied = next;
        pos = raw.indexOf(u'&', next);
    }
    out += raw.mid(copied);
}

void appendEscaped(QString &out, QStringView text)
{
    // Copies runs of ordinary characters in one go; only the special ones take a detour.
    qsizetype copied = 0;
    const auto flush = [&](qsizetype upTo) {
        out += text.mid(copied, upTo - copied);
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c < 0x7F && c != '&' && c != '<' && c != '>' && c != '"')
            continue;
        if (c >= 0xA0 && !QChar::isSurrogate(c) && c != 0xFFFE && c != 0xFFFF)
            continue;
        if (c == '\t' || c == '\n' || c == '\r')
            continue;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        flush(i);
        copied = i + 1;
        switch (c) {
        case '&':
            out += u"&amp;";
            break;
        case '<':
            out += u"&lt;";
            break;
        case '>':
            out += u"&gt;";
            break;
        case '"':
            out += u"&quot;";
            break;
        case '\f':
            out += u' ';
            break;
        default:
            if (QChar::isSurrogate(c) || c == 0xFFFE || c == 0xFFFF)
                out += QChar(QChar::ReplacementCharacter);
            // Other C0 and C1 controls and DEL are invisible at best: dropped.
            break;
        }
    }
    flush(text.size());
}

} // namespace ui::htmlentities
