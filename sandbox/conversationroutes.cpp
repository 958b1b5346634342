#include "pagination.h"
#include "routecontext.h"
#include "searchsources.h"
#include "serializers.h"
#include "workspace.h"

#include <QJsonArray>

namespace sandbox {

namespace {

constexpr int DefaultPerPage = 20;

/// Lists conversations matching @p query by updated_at desc, id desc, cut at the cursor.
ApiResponse conversationPage(RouteContext &cx, const SearchQuery &query,
                             const QJsonValue &perPageValue, const QJsonValue &cursorValue)
{
    const std::optional<int> perPage = Pagination::perPage(perPageValue, DefaultPerPage);
    if (!perPage)
        return cx.invalid(QStringLiteral("per_page must be an integer between 1 and 150"));
    std::optional<SortKey> after;
    if (!cursorValue.isUndefined() && !cursorValue.isNull()) {
        after = Pagination::decodeCursor(cursorValue.toString());
        if (!after || cx.ws.conversationIndex(after->tie) < 0)
            return cx.invalid(QStringLiteral("starting_after is not a valid cursor"));
    }
    std::vector<KeyedRecord> records;
    records.reserve(cx.ws.conversations.size());
    for (size_t i = 0; i < cx.ws.conversations.size(); ++i) {
        if (query.matches(ConversationFieldSource(cx.ws, int(i)))) {
            const Conversation &c = cx.ws.conversations[i];
            records.push_back({SortKey{c.updatedAt, QString(), c.id}, int(i)});
        }
    }
    const PageSlice slice = Pagination::slice(records, after, *perPage, true);
    QJsonArray conversations;
    for (int index : slice.indices)
        conversations.append(Serialize::conversation(cx.ws, index, {}));
    return ApiResponse::ok({{QStringLiteral("type"), QStringLiteral("conversation.list")},
                            {QStringLiteral("conversations"), conversations},
                            {QStringLiteral("total_count"), slice.totalCount},
                            {QStringLiteral("pages"), Pagination::cursorPages(slice, *perPage)}});
}

ApiResponse search(RouteContext &cx)
{
    auto parsed
        = SearchQuery::parse(cx.body.value(QStringLiteral("query")), SearchTarget::Conversations);
    if (const auto *error = std::get_if<SearchQuery::Error>(&parsed))
        return cx.error(400, error->code, error->message);
    const QJsonValue paginationValue = cx.body.value(QStringLiteral("pagination"));
    if (!paginationValue.isUndefined() && !paginationValue.isNull() && !paginationValue.isObject())
        return cx.invalid(QStringLiteral("pagination must be an object"));
    const QJsonObject pagination = paginationValue.toObject();
    return conversationPage(cx, std::get<SearchQuery>(parsed),
                            pagination.value(QStringLiteral("per_page")),
                            pagination.value(QStringLiteral("starting_after")));
}

ApiResponse update(RouteContext &cx, int index)
{
    const QJsonValue read = cx.body.value(QStringLiteral("read"));
    const QJsonValue title = cx.body.value(QStringLiteral("title"));
    const QJsonValue attributes = cx.body.value(QStringLiteral("custom_attributes"));
    if (!read.isUndefined() && !read.isBool())
        return cx.invalid(QStringLiteral("read must be a boolean"));
    if (!title.isUndefined() && !title.isString() && !title.isNull())
        return cx.invalid(QStringLiteral("title must be a string"));
    if (!attributes.isUndefined() && !attributes.isObject())
        return cx.invalid(QStringLiteral("custom_attributes must be an object"));
    ConversationExtra &extra = cx.ws.mutableExtra(index);
    Conversation &c = cx.ws.conversations[size_t(index)];
    if (read.isBool())
        c.read = read.toBool();
    if (!title.isUndefined()) {
        extra.hasTitle = true;
        extra.title = title.toString();
    }
    if (attributes.isObject()) {
        QJsonObject merged = Serialize::conversationAttributes(cx.ws, index);
        const QJsonObject changes = attributes.toObject();
        for (auto it = changes.begin(); it != changes.end(); ++it)
            merged.insert(it.key(), it.value());
        extra.customAttributes = merged;
        extra.customAttributesSet = true;
    }
    cx.ws.touch(index, cx.request.now);
    return ApiResponse::ok(Serialize::conversation(cx.ws, index, {true, false}));
}

} // namespace

RouteResult routeConversations(RouteContext &cx)
{
    const QStringList &s = cx.segments;
    if (s.isEmpty() || s[0] != QLatin1String("conversations") || s.size() > 2)
        return std::nullopt;
    if (s.size() == 1 && cx.is("GET"))
        return conversationPage(cx, SearchQuery(), cx.query(QStringLiteral("per_page")),
                                cx.query(QStringLiteral("starting_after")));
    if (s.size() == 2 && s[1] == QLatin1String("search") && cx.is("POST"))
        return search(cx);
    if (s.size() != 2 || !(cx.is("GET") || cx.is("PUT")))
        return std::nullopt;
    const int index = cx.ws.conversationIndex(RouteContext::number(s[1]));
    if (index < 0)
        return cx.notFound(QStringLiteral("Conversation not found"));
    if (cx.is("PUT"))
        return update(cx, index);
    const bool plaintext
        = cx.query(QStringLiteral("display_as")).toString() == QLatin1String("plaintext");
    return ApiResponse::ok(Serialize::conversation(cx.ws, index, {true, plaintext}));
}

} // namespace sandbox
