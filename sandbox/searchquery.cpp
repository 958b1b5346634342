#include "searchquery.h"

#include "searchfilter.h"

#include <QJsonArray>
#include <QJsonObject>

#include <vector>

// Decisions where the v2.16 description is silent or ambiguous:
// - Case: the docs don't say; Intercom's search is case-insensitive in practice for e-mail and
//   name lookups, so every string operator (=, !=, IN, NIN, ~, !~, ^, $) ignores case.
// - Conversations: > and < are inclusive, as the conversation table says "Greater (or equal)
//   than"; >= and <= (in the schema's enum, not in that table) are accepted as the same.
//   Conversation timestamps have no calendar-day rule (only contact search documents one).
// - source.body: "matched against every element of the value separately": =, !=, IN, NIN, ^
//   and $ test each word of the visible text (tags and entities removed); ~ and !~ test the
//   visible text as a whole, so "need supp" ~-matches "I need support".
// - Value types: integer and date fields take integers or numeric strings (the docs' own
//   example sends "1306054154"); string fields take strings or integers; boolean fields take
//   true/false (or "true"/"false"). Anything else is 400 parameter_invalid.
// - Unknown fields are 400 parameter_invalid; custom_attributes.* is accepted on both targets,
//   typed by the filter value.
// - Nesting: "max 2 nested filters" = the top group may hold groups, which may hold only
//   filters. An empty group is accepted: AND [] matches everything, OR [] nothing.
// - Error codes: missing query/field/operator/value → parameter_not_found; everything else
//   (bad operator, operator not valid for the type, wrong value type, too deep, > 15 filters)
//   → parameter_invalid, the code the description uses for every other invalid parameter.

namespace sandbox {

namespace detail {

struct SearchNode
{
    enum class Kind { And, Or, Filter };
    Kind kind = Kind::Filter;
    std::vector<SearchNode> children;
    std::optional<SearchFilter> filter;

    bool matches(const SearchFieldSource &record) const
    {
        switch (kind) {
        case Kind::Filter:
            return filter->matches(record);
        case Kind::And:
            for (const SearchNode &child : children) {
                if (!child.matches(record))
                    return false;
            }
            return true;
        case Kind::Or:
            for (const SearchNode &child : children) {
                if (child.matches(record))
                    return true;
            }
            return false;
        }
        return false;
    }
};

} // namespace detail

namespace {

constexpr int MaxGroupDepth = 2;
constexpr int MaxFiltersPerGroup = 15;

using detail::SearchNode;

class TreeParser
{
public:
    TreeParser(SearchTarget target, int utcOffsetSeconds)
        : m_target(target)
        , m_utcOffset(utcOffsetSeconds)
    {}

    /// @p depth is the number of groups around @p value.
    std::optional<SearchQuery::Error> parse(const QJsonValue &value, int depth, SearchNode *node)
    {
        if (!value.isObject())
            return invalid(QStringLiteral("query must be an object"));
        const QJsonObject object = value.toObject();
        const QJsonValue op = object.value(QLatin1String("operator"));
        const bool isGroup = !object.contains(QLatin1String("field"))
                             && (op == QLatin1String("AND") || op == QLatin1String("OR"));
        if (!isGroup)
            return parseFilter(object, node);
        if (depth >= MaxGroupDepth)
            return invalid(
                QStringLiteral("There's a limit of max %1 nested filters").arg(MaxGroupDepth));
        const QJsonValue children = object.value(QLatin1String("value"));
        if (children.isUndefined() || children.isNull())
            return SearchQuery::Error{QStringLiteral("parameter_not_found"),
                                      QStringLiteral("value is a required parameter")};
        if (!children.isArray())
            return invalid(QStringLiteral("The value of an AND or OR group must be an array"));
        const QJsonArray array = children.toArray();
        if (array.size() > MaxFiltersPerGroup)
            return invalid(
                QStringLiteral("There's a limit of max %1 filters for each AND or OR group")
                    .arg(MaxFiltersPerGroup));
        node->kind = op == QLatin1String("AND") ? SearchNode::Kind::And : SearchNode::Kind::Or;
        node->children.resize(size_t(array.size()));
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (std::optional<SearchQuery::Error> error
                = parse(array.at(i), depth + 1, &node->children[size_t(i)]))
                return error;
        }
        return std::nullopt;
    }

    QStringList fields() const { return m_fields; }

private:
    std::optional<SearchQuery::Error> parseFilter(const QJsonObject &object, SearchNode *node)
    {
        std::variant<SearchFilter, SearchQuery::Error> parsed
            = SearchFilter::parse(object, m_target, m_utcOffset);
        if (auto *error = std::get_if<SearchQuery::Error>(&parsed))
            return *error;
        node->kind = SearchNode::Kind::Filter;
        node->filter = std::get<SearchFilter>(std::move(parsed));
        if (!m_fields.contains(node->filter->field()))
            m_fields.append(node->filter->field());
        return std::nullopt;
    }

    static SearchQuery::Error invalid(const QString &message)
    {
        return {QStringLiteral("parameter_invalid"), message};
    }

    SearchTarget m_target;
    int m_utcOffset;
    QStringList m_fields;
};

} // namespace

std::variant<SearchQuery, SearchQuery::Error>
SearchQuery::parse(const QJsonValue &query, SearchTarget target, int utcOffsetSeconds)
{
    if (query.isUndefined() || query.isNull())
        return Error{QStringLiteral("parameter_not_found"),
                     QStringLiteral("query is a required parameter")};
    TreeParser parser(target, utcOffsetSeconds);
    auto root = std::make_shared<SearchNode>();
    if (std::optional<Error> error = parser.parse(query, 0, root.get()))
        return *error;
    SearchQuery result;
    result.m_root = std::move(root);
    result.m_fields = parser.fields();
    return result;
}

bool SearchQuery::matches(const SearchFieldSource &record) const
{
    return !m_root || m_root->matches(record);
}

QStringList SearchQuery::fields() const
{
    return m_fields;
}

SearchQuery::SearchQuery() = default;
SearchQuery::~SearchQuery() = default;
SearchQuery::SearchQuery(const SearchQuery &) = default;
SearchQuery &SearchQuery::operator=(const SearchQuery &) = default;
SearchQuery::SearchQuery(SearchQuery &&) noexcept = default;
SearchQuery &SearchQuery::operator=(SearchQuery &&) noexcept = default;

} // namespace sandbox
