#include "fuzzymatcher.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace ui {

namespace {

constexpr int Impossible = std::numeric_limits<int>::min() / 2;

/// A text folded for comparison, each folded character remembering the original index it came
/// from (one accented character may fold to one letter, a ligature to several).
struct Folded
{
    QString chars;
    std::vector<int> origin;
    std::vector<bool> wordStart;
};

void appendFolded(QChar c, int originIndex, bool wordStart, Folded &out)
{
    if (c.unicode() < 0x80) { // fast path: ASCII needs only lower-casing
        out.chars.append(c.toLower());
        out.origin.push_back(originIndex);
        out.wordStart.push_back(wordStart);
        return;
    }
    const QString decomposed = QString(c).normalized(QString::NormalizationForm_KD);
    bool first = true;
    for (const QChar d : decomposed) {
        if (d.isMark())
            continue;
        for (const QChar f : QString(d).toCaseFolded()) {
            out.chars.append(f);
            out.origin.push_back(originIndex);
            out.wordStart.push_back(wordStart && first);
            first = false;
        }
    }
}

bool isWordStart(QStringView text, int i)
{
    const QChar c = text.at(i);
    if (!c.isLetterOrNumber())
        return false;
    if (i == 0)
        return true;
    const QChar prev = text.at(i - 1);
    if (!prev.isLetterOrNumber())
        return true;
    if (prev.isLower() && c.isUpper()) // camelCase
        return true;
    return prev.isLetter() != c.isLetter(); // "utf8" → "8" starts a word
}

Folded foldWithOrigins(QStringView text, bool withWordStarts)
{
    Folded out;
    out.chars.reserve(text.size());
    out.origin.reserve(size_t(text.size()));
    out.wordStart.reserve(size_t(text.size()));
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!withWordStarts && c.isSpace())
            continue; // the query's spaces are only the user's way of separating words
        appendFolded(c, i, withWordStarts && isWordStart(text, i), out);
    }
    return out;
}

} // namespace

QString FuzzyMatcher::fold(QStringView text)
{
    Folded f;
    for (int i = 0; i < text.size(); ++i)
        appendFolded(text.at(i), i, false, f);
    return f.chars;
}

FuzzyMatch FuzzyMatcher::match(QStringView query, QStringView text)
{
    const Folded q = foldWithOrigins(query, false);
    FuzzyMatch result;
    if (q.chars.isEmpty()) {
        result.matched = true;
        return result;
    }
    const Folded t = foldWithOrigins(text, true);
    const int m = int(q.chars.size());
    const int n = int(t.chars.size());
    if (m > n)
        return result;

    // best[j][i]: best score with query char j matched at text char i (Impossible if none);
    // from[j][i]: where query char j-1 sat on that best path. O(m·n) time and memory, which
    // is tiny for titles; the gap term is linear so a running maximum avoids an inner loop.
    std::vector<int> best(size_t(m) * size_t(n), Impossible);
    std::vector<int> from(size_t(m) * size_t(n), -1);
    auto at = [n](int j, int i) {
        return size_t(j) * size_t(n) + size_t(i);
    };

    for (int i = 0; i < n; ++i) {
        if (t.chars.at(i) != q.chars.at(0))
            continue;
        int s = CharScore + (t.wordStart[size_t(i)] ? WordStartBonus : 0);
        s += i == 0 ? PrefixBonus : -std::min(i * LeadingGapPenalty, MaxLeadingGapPenalty);
        best[at(0, i)] = s;
    }
    for (int j = 1; j < m; ++j) {
        int gapBest = Impossible; // max over k < i-1 of best[j-1][k] - GapPenalty·(i-k-1)
        int gapFrom = -1;
        for (int i = j; i < n; ++i) {
            if (i >= 2) {
                if (gapBest != Impossible)
                    gapBest -= GapPenalty;
                const int candidate = best[at(j - 1, i - 2)];
                if (candidate != Impossible && candidate - GapPenalty > gapBest) {
                    gapBest = candidate - GapPenalty;
                    gapFrom = i - 2;
                }
            }
            if (t.chars.at(i) != q.chars.at(j))
                continue;
            int prev = gapBest;
            int prevFrom = gapFrom;
            const int adjacent = best[at(j - 1, i - 1)];
            if (adjacent != Impossible && adjacent + ConsecutiveBonus >= prev) {
                prev = adjacent + ConsecutiveBonus;
                prevFrom = i - 1;
            }
            if (prev == Impossible)
                continue;
            best[at(j, i)] = prev + CharScore + (t.wordStart[size_t(i)] ? WordStartBonus : 0);
            from[at(j, i)] = prevFrom;
        }
    }

    int end = -1;
    for (int i = m - 1; i < n; ++i) {
        if (best[at(m - 1, i)] != Impossible
            && (end < 0 || best[at(m - 1, i)] > best[at(m - 1, end)]))
            end = i;
    }
    if (end < 0)
        return result;

    result.matched = true;
    // Shorter texts win ties: "Close" beats "Close and archive everything" for "close".
    result.score = best[at(m - 1, end)] - (n - m) / 8;
    result.positions.resize(m);
    for (int j = m - 1, i = end; j >= 0; i = from[at(j, i)], --j)
        result.positions[j] = t.origin[size_t(i)];
    // A ligature folds to several characters of one origin; keep each origin once.
    result.positions.erase(std::unique(result.positions.begin(), result.positions.end()),
                           result.positions.end());
    return result;
}

} // namespace ui
