#include "searchfilter.h"

#include <QHash>
#include <QJsonArray>

#include <cmath>
#include <optional>

// Turns one JSON filter into a SearchFilter; the matching half is in searchfilter.cpp.

namespace sandbox {

namespace {

constexpr qint64 SecondsPerDay = 86400;

enum class Op { Eq, Ne, In, Nin, Lt, Le, Gt, Ge, Contains, NotContains, StartsWith, EndsWith };

std::optional<Op> parseOp(const QString &text)
{
    static const QHash<QString, Op> ops{
        {QStringLiteral("="), Op::Eq},         {QStringLiteral("!="), Op::Ne},
        {QStringLiteral("IN"), Op::In},        {QStringLiteral("NIN"), Op::Nin},
        {QStringLiteral("<"), Op::Lt},         {QStringLiteral("<="), Op::Le},
        {QStringLiteral(">"), Op::Gt},         {QStringLiteral(">="), Op::Ge},
        {QStringLiteral("~"), Op::Contains},   {QStringLiteral("!~"), Op::NotContains},
        {QStringLiteral("^"), Op::StartsWith}, {QStringLiteral("$"), Op::EndsWith}};
    const auto it = ops.constFind(text);
    return it == ops.cend() ? std::nullopt : std::optional<Op>(*it);
}

bool isComparison(Op op)
{
    return op == Op::Lt || op == Op::Le || op == Op::Gt || op == Op::Ge;
}

/// Which operators the docs allow per field type ("Accepted Operators" tables and the
/// single_filter_search_request.operator description).
bool operatorAllowed(SearchFieldType type, Op op)
{
    switch (type) {
    case SearchFieldType::String:
    case SearchFieldType::Body:
        return !isComparison(op);
    case SearchFieldType::Integer:
        return op == Op::Eq || op == Op::Ne || op == Op::In || op == Op::Nin || isComparison(op);
    case SearchFieldType::Boolean:
        return op == Op::Eq || op == Op::Ne || op == Op::In || op == Op::Nin;
    case SearchFieldType::DayDate:
        return op == Op::Eq || op == Op::Lt || op == Op::Gt;
    case SearchFieldType::TagId:
        return op == Op::Eq || op == Op::Ne;
    case SearchFieldType::Dynamic:
        return true;
    }
    return false;
}

std::optional<qint64> jsonInteger(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && std::trunc(d) == d)
            return value.toInteger();
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

/// A custom attribute has no declared type: the filter value's JSON type stands in for it.
SearchFieldType dynamicType(const QJsonValue &value, Op op)
{
    QJsonValue sample = value;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &element : array) {
            if (element.isString())
                return SearchFieldType::String;
        }
        sample = array.isEmpty() ? QJsonValue(QString()) : array.first();
    }
    if (sample.isBool())
        return SearchFieldType::Boolean;
    if (sample.isDouble() || (isComparison(op) && jsonInteger(sample)))
        return SearchFieldType::Integer;
    return SearchFieldType::String;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

SearchQuery::Error invalid(const QString &message)
{
    return {QStringLiteral("parameter_invalid"), message};
}

} // namespace

/// Builds a SearchFilter step by step; each step may end in an Error.
class SearchFilterParser
{
public:
    SearchFilterParser(SearchTarget target, int utcOffsetSeconds)
        : m_target(target)
        , m_utcOffset(utcOffsetSeconds)
    {}

    std::variant<SearchFilter, SearchQuery::Error> parse(const QJsonObject &object)
    {
        const QJsonValue field = object.value(QLatin1String("field"));
        const QJsonValue op = object.value(QLatin1String("operator"));
        const QJsonValue value = object.value(QLatin1String("value"));
        if (op.isUndefined() || op.isNull())
            return SearchQuery::Error{QStringLiteral("parameter_not_found"),
                                      QStringLiteral("operator is a required parameter")};
        const std::optional<Op> parsedOp = parseOp(op.toString());
        if (!op.isString() || !parsedOp)
            return invalid(
                QStringLiteral("Unsupported operator: %1")
                    .arg(op.isString() ? op.toString() : QStringLiteral("(not a string)")));
        if (field.isUndefined() || field.isNull())
            return SearchQuery::Error{QStringLiteral("parameter_not_found"),
                                      QStringLiteral("field is a required parameter")};
        if (!field.isString() || field.toString().isEmpty())
            return invalid(QStringLiteral("field must be a non-empty string"));
        m_filter.m_field = field.toString();
        if (value.isUndefined())
            return SearchQuery::Error{QStringLiteral("parameter_not_found"),
                                      QStringLiteral("value is a required parameter")};
        const std::optional<SearchFieldType> type = searchFieldType(m_target, m_filter.m_field);
        if (!type)
            return invalid(QStringLiteral("Unsupported field: %1").arg(m_filter.m_field));
        if (std::optional<SearchQuery::Error> error = configure(*type, *parsedOp, value))
            return *error;
        return m_filter;
    }

private:
    std::optional<SearchQuery::Error> configure(SearchFieldType type, Op op,
                                                const QJsonValue &value)
    {
        const QString &field = m_filter.m_field;
        m_filter.m_negate = op == Op::Ne || op == Op::Nin || op == Op::NotContains;
        if (value.isNull()) {
            if (op != Op::Eq && op != Op::Ne)
                return invalid(QStringLiteral("A null value is only accepted with = and !="));
            m_filter.m_mode = SearchFilter::Mode::Null;
            return std::nullopt;
        }
        if (type == SearchFieldType::Dynamic)
            type = dynamicType(value, op);
        if (!operatorAllowed(type, op))
            return invalid(
                QStringLiteral("Operator %1 is not supported for field %2").arg(opText(op), field));
        const bool listOp = op == Op::In || op == Op::Nin;
        if (listOp != value.isArray())
            return invalid(
                listOp
                    ? QStringLiteral("%1 requires an array value").arg(opText(op))
                    : QStringLiteral("Operator %1 does not accept an array value").arg(opText(op)));
        const QJsonArray items = listOp ? value.toArray() : QJsonArray{value};
        for (const QJsonValue &item : items) {
            std::optional<SearchFilter::Value> converted = convert(type, item);
            if (!converted)
                return invalid(QStringLiteral("Invalid value for field %1").arg(field));
            m_filter.m_values.append(*converted);
        }
        setMode(type, op);
        return std::nullopt;
    }

    static SearchFilter::Mode modeFor(SearchFieldType type)
    {
        using Mode = SearchFilter::Mode;
        switch (type) {
        case SearchFieldType::Body:
            return Mode::Words;
        case SearchFieldType::Integer:
            return Mode::Number;
        case SearchFieldType::Boolean:
            return Mode::Bool;
        case SearchFieldType::DayDate:
            return Mode::Day;
        default:
            return Mode::Text;
        }
    }

    /// Conversation search documents > and < as "Greater (or equal) than" and "Lower (or
    /// equal) than" (@p inclusive); contact search (whose integers are custom attributes) is
    /// strict.
    static SearchFilter::Test testFor(Op op, bool inclusive)
    {
        using Test = SearchFilter::Test;
        switch (op) {
        case Op::Lt:
            return inclusive ? Test::LessEq : Test::Less;
        case Op::Le:
            return Test::LessEq;
        case Op::Gt:
            return inclusive ? Test::GreaterEq : Test::Greater;
        case Op::Ge:
            return Test::GreaterEq;
        case Op::Contains:
        case Op::NotContains:
            return Test::Contains;
        case Op::StartsWith:
            return Test::StartsWith;
        case Op::EndsWith:
            return Test::EndsWith;
        default:
            return Test::Equals;
        }
    }

    void setMode(SearchFieldType type, Op op)
    {
        using Test = SearchFilter::Test;
        using Mode = SearchFilter::Mode;
        m_filter.m_mode = modeFor(type);
        m_filter.m_test = testFor(op, m_target == SearchTarget::Conversations);
        if (m_filter.m_mode == Mode::Day) {
            // Contacts: truncate to the workspace's calendar day. > starts at the next day.
            m_filter.m_test = op == Op::Gt   ? Test::Greater
                              : op == Op::Lt ? Test::Less
                                             : Test::Equals;
            const qint64 local = m_filter.m_values.first().number + m_utcOffset;
            m_filter.m_dayStart = floorDiv(local, SecondsPerDay) * SecondsPerDay - m_utcOffset;
            m_filter.m_dayEnd = m_filter.m_dayStart + SecondsPerDay;
        }
    }

    static std::optional<SearchFilter::Value> convert(SearchFieldType type, const QJsonValue &item)
    {
        SearchFilter::Value v;
        switch (type) {
        case SearchFieldType::Integer:
        case SearchFieldType::DayDate: {
            const std::optional<qint64> n = jsonInteger(item);
            if (!n)
                return std::nullopt;
            v.number = *n;
            v.hasNumber = true;
            v.text = QString::number(*n);
            return v;
        }
        case SearchFieldType::Boolean:
            if (item.isBool()) {
                v.boolean = item.toBool();
            } else if (item.isString()
                       && (item.toString() == u"true" || item.toString() == u"false")) {
                v.boolean = item.toString() == u"true";
            } else {
                return std::nullopt;
            }
            v.text = v.boolean ? QStringLiteral("true") : QStringLiteral("false");
            return v;
        default:
            if (!item.isString() && !item.isDouble())
                return std::nullopt;
            const std::optional<qint64> n = jsonInteger(item);
            if (item.isDouble() && !n)
                return std::nullopt;
            v.text = item.isString() ? item.toString() : QString::number(*n);
            v.hasNumber = n.has_value();
            v.number = n.value_or(0);
            return v;
        }
    }

    static QString opText(Op op)
    {
        static const char *const names[]
            = {"=", "!=", "IN", "NIN", "<", "<=", ">", ">=", "~", "!~", "^", "$"};
        return QString::fromLatin1(names[int(op)]);
    }

    SearchTarget m_target;
    int m_utcOffset;
    SearchFilter m_filter;
};

std::variant<SearchFilter, SearchQuery::Error>
SearchFilter::parse(const QJsonObject &filter, SearchTarget target, int utcOffsetSeconds)
{
    return SearchFilterParser(target, utcOffsetSeconds).parse(filter);
}

} // namespace sandbox
