#pragma once

#include <QString>
#include <QStringView>

namespace sandbox::searchtext {

/// Length of the markup at @p pos of @p html that separates words: a tag (`<p>`, `</b>`) or a
/// character entity (`&amp;`, `&#39;`). 0 when @p pos starts ordinary text.
qsizetype markupLength(QStringView html, qsizetype pos);

/// True when @p c may continue a word that started at a letter or digit.
inline bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

/// Calls @p pred with each word of the visible text of @p html, left to right, and returns
/// true as soon as @p pred does. Words are runs of letters and digits; an apostrophe between
/// two of them stays inside the word ("don't"). Tags and entities separate words. Allocates
/// nothing, which matters because every conversation body is scanned per search.
template<typename Pred> bool anyWord(QStringView html, Pred pred)
{
    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        if (const qsizetype markup = markupLength(html, i)) {
            i += markup;
            continue;
        }
        if (!isWordChar(html[i])) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < n) {
            if (isWordChar(html[i])) {
                ++i;
            } else if ((html[i] == u'\'' || html[i] == u'\u2019') && i + 1 < n
                       && isWordChar(html[i + 1])) {
                i += 2;
            } else {
                break;
            }
        }
        if (pred(html.mid(start, i - start)))
            return true;
    }
    return false;
}

/// The visible text of @p html: tags dropped, the common entities decoded. Returns @p html
/// unchanged (no copy of the characters) when it has no markup.
QString visibleText(const QString &html);

} // namespace sandbox::searchtext
