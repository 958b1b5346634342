#pragma once

#include "parsedsearch.h"

#include <QList>
#include <QString>

namespace models {

/// One whitespace-separated part of a search text. `key:value` parts are filters (the key in
/// lower case, \a negated for a leading '-'); everything else is free text. Double quotes
/// group words with spaces: `tag:"needs reply"`, `"error: disk"` (a quoted part is always
/// free text). Offsets are UTF-16 positions in the text.
struct SearchToken
{
    int position = 0;
    int length = 0;
    QString key;   ///< empty for free text
    QString value; ///< the value (filters) or the text (free text), quotes removed
    int valuePosition = 0;
    bool negated = false;

    bool isFilter() const { return !key.isEmpty(); }
};

/// Splits a search text into tokens; pure. An unterminated quote is reported in \a errors
/// (when given) and the rest of the text is taken as quoted.
QList<SearchToken> tokenizeSearch(const QString &text, QList<SearchError> *errors = nullptr);

/// The token that contains (or ends at) \a cursor, or -1.
int searchTokenAt(const QList<SearchToken> &tokens, int cursor);

} // namespace models
