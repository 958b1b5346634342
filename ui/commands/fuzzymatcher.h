#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace ui {

/// The outcome of matching a query against one text: whether every query character was found
/// in order, how good the best alignment is, and where its characters are (for highlighting).
struct FuzzyMatch
{
    bool matched = false;
    int score = 0;
    /// Indexes into the original text (QChar units), ascending.
    QList<int> positions;
};

/// Scores a typed query against a command title the way people expect of a command palette:
/// the query's characters must appear in order (a subsequence); word starts, consecutive runs
/// and a match at the very start score higher, gaps cost a little. Case and accents are ignored
/// ("reouvrir" finds "Réouvrir"), spaces in the query are ignored. Pure and reentrant.
class FuzzyMatcher
{
public:
    static FuzzyMatch match(QStringView query, QStringView text);

    /// The folded form used for comparisons: case-folded, without accents.
    static QString fold(QStringView text);

    // Scoring weights, public so tests can reason about them.
    static constexpr int CharScore = 16;
    static constexpr int WordStartBonus = 24;
    static constexpr int ConsecutiveBonus = 20;
    static constexpr int PrefixBonus = 16;
    static constexpr int GapPenalty = 3;
    static constexpr int LeadingGapPenalty = 1;
    static constexpr int MaxLeadingGapPenalty = 10;
};

} // namespace ui
