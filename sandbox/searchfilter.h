#pragma once

#include "searchfields.h"
#include "searchquery.h"

#include <QJsonObject>
#include <QList>

#include <variant>

namespace sandbox {

/// One `{field, operator, value}` filter of a search query, validated against the field's
/// type and reduced to a positive test plus an optional negation (!=, NIN, !~), so that
/// evaluation is a loop over the record's values. Immutable after parse(); thread-safe.
class SearchFilter
{
public:
    static std::variant<SearchFilter, SearchQuery::Error>
    parse(const QJsonObject &filter, SearchTarget target, int utcOffsetSeconds);

    const QString &field() const { return m_field; }
    bool matches(const SearchFieldSource &record) const;

private:
    enum class Mode { Null, Text, Words, Number, Day, Bool };
    enum class Test { Equals, Less, LessEq, Greater, GreaterEq, Contains, StartsWith, EndsWith };

    /// One filter value, pre-converted to every form a record value may need.
    struct Value
    {
        QString text;
        qint64 number = 0;
        bool hasNumber = false;
        bool boolean = false;
    };

    bool matchesOne(const QVariant &value) const;
    bool matchesNumber(qint64 number) const;
    bool matchesText(const QString &text) const;
    bool matchesWords(const QString &html) const;
    bool matchesWord(QStringView word) const;

    QString m_field;
    Mode m_mode = Mode::Null;
    Test m_test = Test::Equals;
    bool m_negate = false;
    QList<Value> m_values; ///< several only for IN / NIN
    qint64 m_dayStart = 0; ///< Mode::Day: [m_dayStart, m_dayEnd) is the calendar day
    qint64 m_dayEnd = 0;

    friend class SearchFilterParser;
};

} // namespace sandbox
