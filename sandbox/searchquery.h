#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>
#include <variant>

namespace sandbox {

/// One record (a conversation or a contact) as the search engine sees it. Implemented by the
/// REST layer; values() is called only for the fields SearchQuery::fields() lists, possibly
/// several times per record, so keep it cheap (no JSON building).
class SearchFieldSource
{
public:
    virtual ~SearchFieldSource() = default;
    /// All values of a dotted field ("state", "source.author.id", "custom_attributes.plan")
    /// for this record. Empty = absent or null. Multi-valued fields (tag_ids, contact_ids,
    /// teammate_ids, contact tag_id/segment_id) return one entry per element. Entries are
    /// QVariant holding qint64 (or int), bool or QString; ids may be either numbers or strings.
    virtual QVariantList values(const QString &field) const = 0;
};

enum class SearchTarget { Conversations, Contacts };

namespace detail {
struct SearchNode;
}

/// A parsed `query` object of POST /conversations/search or POST /contacts/search.
///
/// Parse once, then call matches() per record: evaluation does not allocate beyond what the
/// SearchFieldSource returns. Immutable after parse(); copies share the tree, and matches()
/// may run concurrently from several threads.
///
/// Choices where the documentation is silent (see searchquery.cpp for the full list):
/// - string comparison is case-insensitive for every operator;
/// - on conversations `>` / `<` are inclusive ("Greater (or equal) than" in the docs), and the
///   schema's `>=` / `<=` are accepted as synonyms; contacts use strict integer comparison and
///   calendar-day semantics for Date fields;
/// - `= null` matches an absent field, `!= null` a present one;
/// - on multi-valued fields positive operators (=, IN, ~, ^, $, <, >) match when any value
///   matches; negative ones (!=, NIN, !~) when no value matches the positive form.
///
/// Error codes (HTTP 400, error.list): `parameter_not_found` when `query`, `field`,
/// `operator` or `value` is missing; `parameter_invalid` for everything else (unknown operator
/// or field, operator not valid for the field's type, value of the wrong type, nesting deeper
/// than two levels, more than 15 filters in one group).
class SearchQuery
{
public:
    struct Error
    {
        QString code;    ///< Intercom errors[].code
        QString message; ///< errors[].message, English like Intercom's
    };

    /// @p query is the value of the body's `query` member (undefined if absent).
    /// @p utcOffsetSeconds is the workspace timezone, used for contact Date fields.
    static std::variant<SearchQuery, Error> parse(const QJsonValue &query, SearchTarget target,
                                                  int utcOffsetSeconds = 0);

    /// True when @p record satisfies the query. A default-constructed query matches everything.
    bool matches(const SearchFieldSource &record) const;

    /// Every distinct field the query reads, in first-use order.
    QStringList fields() const;

    SearchQuery();
    ~SearchQuery();
    SearchQuery(const SearchQuery &);
    SearchQuery &operator=(const SearchQuery &);
    SearchQuery(SearchQuery &&) noexcept;
    SearchQuery &operator=(SearchQuery &&) noexcept;

private:
    std::shared_ptr<const detail::SearchNode> m_root;
    QStringList m_fields;
};

} // namespace sandbox
