#include "searchtokenizer.h"

#include <QCoreApplication>

namespace models {

namespace {

QString unquoted(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (QChar c : text) {
        if (c != QLatin1Char('"'))
            result.append(c);
    }
    return result;
}

/// The key of `key:value` (letters only, before any quote), empty when \a raw is free text.
int keyLength(QStringView raw)
{
    int i = 0;
    while (i < raw.size() && raw.at(i).isLetter() && raw.at(i).unicode() < 128)
        ++i;
    return i > 0 && i < raw.size() && raw.at(i) == QLatin1Char(':') ? i : 0;
}

} // namespace

QList<SearchToken> tokenizeSearch(const QString &text, QList<SearchError> *errors)
{
    QList<SearchToken> tokens;
    const int size = int(text.size());
    int i = 0;
    while (i < size) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        const int start = i;
        int openQuote = -1;
        while (i < size && (openQuote >= 0 || !text.at(i).isSpace())) {
            if (text.at(i) == QLatin1Char('"'))
                openQuote = openQuote >= 0 ? -1 : i;
            ++i;
        }
        if (openQuote >= 0 && errors) {
            errors->append({openQuote, 1,
                            QCoreApplication::translate("models::SearchParser",
                                                        "This quote is never closed.")});
        }
        SearchToken token;
        token.position = start;
        token.length = i - start;
        QStringView raw = QStringView(text).mid(start, i - start);
        const bool negated = raw.startsWith(QLatin1Char('-')) && raw.size() > 1;
        const QStringView body = negated ? raw.mid(1) : raw;
        if (const int key = keyLength(body)) {
            token.negated = negated;
            token.key = body.left(key).toString().toLower();
            token.valuePosition = start + (negated ? 1 : 0) + key + 1;
            token.value = unquoted(body.mid(key + 1));
        } else {
            token.negated = negated && body.at(0).isLetter();
            token.valuePosition = start;
            token.value = unquoted(raw);
        }
        tokens.append(token);
    }
    return tokens;
}

int searchTokenAt(const QList<SearchToken> &tokens, int cursor)
{
    for (int i = 0; i < tokens.size(); ++i) {
        const SearchToken &token = tokens.at(i);
        if (cursor >= token.position && cursor <= token.position + token.length)
            return i;
    }
    return -1;
}

} // namespace models
