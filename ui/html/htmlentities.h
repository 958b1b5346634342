#pragma once

#include <QString>
#include <QStringView>

namespace ui::htmlentities {

enum class Context {
    Text,      // character data between tags
    Attribute, // an attribute value: legacy references without ';' before [A-Za-z0-9=] stay literal
};

/// Appends \a raw to \a out with character references (&amp; &#106; &#x6a; …) decoded as the
/// HTML standard does: numeric references with or without ';', a table of common named ones,
/// NUL, surrogates and out-of-range code points as U+FFFD, 0x80–0x9F as Windows-1252.
/// Unknown references stay as written. Linear in \a raw; never fails.
void appendDecoded(QString &out, QStringView raw, Context context);

/// Appends \a text to \a out escaped for HTML text and double-quoted attribute values (& < > ")
/// and made safe to render: NUL and other control characters except tab, LF and CR are
/// dropped, unpaired surrogates and U+FFFE/U+FFFF become U+FFFD.
void appendEscaped(QString &out, QStringView text);

inline QString decoded(QStringView raw, Context context)
{
    QString out;
    appendDecoded(out, raw, context);
    return out;
}

} // namespace ui::htmlentities
