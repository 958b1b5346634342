#include "searchfilter.h"

#include "searchtext.h"

#include <cmath>

namespace sandbox {

namespace {

const QString *variantString(const QVariant &value)
{
    return value.metaType().id() == QMetaType::QString
               ? static_cast<const QString *>(value.constData())
               : nullptr;
}

bool variantNumber(const QVariant &value, qint64 *number)
{
    switch (value.metaType().id()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULongLong: {
        *number = value.toLongLong();
        return true;
    }
    case QMetaType::Double: {
        const double d = value.toDouble();
        *number = qint64(d);
        return std::isfinite(d);
    }
    case QMetaType::QString: {
        bool ok = false;
        *number = variantString(value)->toLongLong(&ok);
        return ok;
    }
    default:
        return false;
    }
}

bool variantBool(const QVariant &value, bool *result)
{
    if (value.metaType().id() == QMetaType::Bool) {
        *result = value.toBool();
        return true;
    }
    if (const QString *text = variantString(value)) {
        if (text->compare(u"true", Qt::CaseInsensitive) == 0 || *text == u"1")
            *result = true;
        else if (text->compare(u"false", Qt::CaseInsensitive) == 0 || *text == u"0")
            *result = false;
        else
            return false;
        return true;
    }
    return false;
}

} // namespace

bool SearchFilter::matches(const SearchFieldSource &record) const
{
    const QVariantList values = record.values(m_field);
    if (m_mode == Mode::Null) {
        bool absent = true;
        for (const QVariant &value : values)
            absent = absent && value.isNull();
        return absent != m_negate;
    }
    bool any = false;
    for (const QVariant &value : values) {
        if (!value.isNull() && matchesOne(value)) {
            any = true;
            break;
        }
    }
    return any != m_negate;
}

bool SearchFilter::matchesOne(const QVariant &value) const
{
    qint64 number = 0;
    switch (m_mode) {
    case Mode::Null:
        return false;
    case Mode::Number:
        return variantNumber(value, &number) && matchesNumber(number);
    case Mode::Day:
        if (!variantNumber(value, &number))
            return false;
        return m_test == Test::Greater ? number >= m_dayEnd
               : m_test == Test::Less  ? number < m_dayStart
                                       : number >= m_dayStart && number < m_dayEnd;
    case Mode::Bool: {
        bool flag = false;
        if (!variantBool(value, &flag))
            return false;
        for (const Value &v : m_values) {
            if (v.boolean == flag)
                return true;
        }
        return false;
    }
    case Mode::Words:
        if (const QString *text = variantString(value))
            return matchesWords(*text);
        return matchesText(value.toString());
    case Mode::Text:
        if (const QString *text = variantString(value))
            return matchesText(*text);
        // Ids may come as numbers: compare them as numbers, without formatting them.
        if (m_test == Test::Equals && variantNumber(value, &number)) {
            for (const Value &v : m_values) {
                if (v.hasNumber && v.number == number)
                    return true;
            }
            return false;
        }
        return matchesText(value.toString());
    }
    return false;
}

bool SearchFilter::matchesNumber(qint64 number) const
{
    for (const Value &v : m_values) {
        bool hit = false;
        switch (m_test) {
        case Test::Less:
            hit = number < v.number;
            break;
        case Test::LessEq:
            hit = number <= v.number;
            break;
        case Test::Greater:
            hit = number > v.number;
            break;
        case Test::GreaterEq:
            hit = number >= v.number;
            break;
        default:
            hit = number == v.number;
            break;
        }
        if (hit)
            return true;
    }
    return false;
}

bool SearchFilter::matchesText(const QString &text) const
{
    for (const Value &v : m_values) {
        bool hit = false;
        switch (m_test) {
        case Test::Contains:
            hit = text.contains(v.text, Qt::CaseInsensitive);
            break;
        case Test::StartsWith:
            hit = text.startsWith(v.text, Qt::CaseInsensitive);
            break;
        case Test::EndsWith:
            hit = text.endsWith(v.text, Qt::CaseInsensitive);
            break;
        default:
            hit = text.compare(v.text, Qt::CaseInsensitive) == 0;
            break;
        }
        if (hit)
            return true;
    }
    return false;
}

bool SearchFilter::matchesWords(const QString &html) const
{
    // "Contains" looks at the visible text as a whole; the other tests apply to each word.
    if (m_test == Test::Contains)
        return matchesText(searchtext::visibleText(html));
    return searchtext::anyWord(html, [this](QStringView word) { return matchesWord(word); });
}

bool SearchFilter::matchesWord(QStringView word) const
{
    for (const Value &v : m_values) {
        const bool hit = m_test == Test::StartsWith ? word.startsWith(v.text, Qt::CaseInsensitive)
                         : m_test == Test::EndsWith
                             ? word.endsWith(v.text, Qt::CaseInsensitive)
                             : word.compare(v.text, Qt::CaseInsensitive) == 0;
        if (hit)
            return true;
    }
    return false;
}

} // namespace sandbox
