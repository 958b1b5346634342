#include "pagination.h"
#include "routecontext.h"
#include "searchsources.h"
#include "serializers.h"
#include "workspace.h"

#include <QJsonArray>

#include <limits>

namespace sandbox {

namespace {

constexpr int DefaultContactsPerPage = 50;
constexpr int DefaultCompaniesPerPage = 15;

/// The include_merge_history query parameter (GET, PUT and search of contacts).
bool withMergeHistory(const RouteContext &cx)
{
    return cx.query(QStringLiteral("include_merge_history"))
               .toString()
               .compare(QLatin1String("true"), Qt::CaseInsensitive)
           == 0;
}

ApiResponse contactAnswer(const RouteContext &cx, int index)
{
    return ApiResponse::ok(
        Serialize::contact(cx.ws, index, cx.request.baseUrl, withMergeHistory(cx)));
}

SortKey contactKey(const Workspace &ws, int index, const QString &field)
{
    const QVariantList values = ContactFieldSource(ws, index).values(field);
    SortKey key{std::numeric_limits<qint64>::min(), QString(), index};
    if (values.isEmpty())
        return key;
    const QVariant &value = values.front();
    if (value.typeId() == QMetaType::QString)
        key = {0, value.toString().toLower(), index};
    else
        key.number = value.toLongLong();
    return key;
}

/// Contacts (not merged) matching @p query, sorted by @p field, one page after the cursor.
ApiResponse contactPage(RouteContext &cx, const SearchQuery &query, const QString &field,
                        bool descending, const QJsonValue &perPageValue,
                        const QJsonValue &cursorValue)
{
    const std::optional<int> perPage = Pagination::perPage(perPageValue, DefaultContactsPerPage);
    if (!perPage)
        return cx.invalid(QStringLiteral("per_page must be an integer between 1 and 150"));
    std::optional<SortKey> after;
    if (!cursorValue.isUndefined() && !cursorValue.isNull()) {
        after = Pagination::decodeCursor(cursorValue.toString());
        if (!after || after->tie < 0 || after->tie >= qint64(cx.ws.contacts.size()))
            return cx.invalid(QStringLiteral("starting_after is not a valid cursor"));
    }
    std::vector<KeyedRecord> records;
    for (size_t i = 0; i < cx.ws.contacts.size(); ++i) {
        if (cx.ws.contacts[i].mergedInto < 0 && query.matches(ContactFieldSource(cx.ws, int(i))))
            records.push_back({contactKey(cx.ws, int(i), field), int(i)});
    }
    const PageSlice slice = Pagination::slice(records, after, *perPage, descending);
    QJsonArray data;
    const bool history = withMergeHistory(cx);
    for (int index : slice.indices)
        data.append(Serialize::contact(cx.ws, index, cx.request.baseUrl, history));
    return ApiResponse::ok({{QStringLiteral("type"), QStringLiteral("list")},
                            {QStringLiteral("data"), data},
                            {QStringLiteral("total_count"), slice.totalCount},
                            {QStringLiteral("pages"), Pagination::cursorPages(slice, *perPage)}});
}

ApiResponse search(RouteContext &cx)
{
    auto parsed
        = SearchQuery::parse(cx.body.value(QStringLiteral("query")), SearchTarget::Contacts);
    if (const auto *error = std::get_if<SearchQuery::Error>(&parsed))
        return cx.error(400, error->code, error->message);
    const QJsonObject sort = cx.body.value(QStringLiteral("sort")).toObject();
    const QString field
        = sort.value(QStringLiteral("field")).toString(QStringLiteral("created_at"));
    const QString order
        = sort.value(QStringLiteral("order")).toString(QStringLiteral("descending"));
    if (order != QLatin1String("ascending") && order != QLatin1String("descending"))
        return cx.error(400, QStringLiteral("invalid_sort_order"),
                        QStringLiteral("Sort order must be ascending or descending"));
    const QJsonObject pagination = cx.body.value(QStringLiteral("pagination")).toObject();
    return contactPage(cx, std::get<SearchQuery>(parsed), field,
                       order == QLatin1String("descending"),
                       pagination.value(QStringLiteral("per_page")),
                       pagination.value(QStringLiteral("starting_after")));
}

ApiResponse update(RouteContext &cx, int index)
{
    Contact &c = cx.ws.contacts[size_t(index)];
    const std::pair<const char *, QString *> strings[] = {{"role", &c.role},
                                                          {"external_id", &c.externalId},
                                                          {"email", &c.email},
                                                          {"phone", &c.phone},
                                                          {"name", &c.name}};
    for (const auto &[name, target] : strings) {
        const QJsonValue value = cx.body.value(QLatin1String(name));
        if (!value.isUndefined() && !value.isString() && !value.isNull())
            return cx.invalid(QLatin1String(name) + QStringLiteral(" must be a string"));
    }
    const QJsonValue role = cx.body.value(QStringLiteral("role"));
    if (role.isString() && role.toString() != QLatin1String("user")
        && role.toString() != QLatin1String("lead"))
        return cx.invalid(QStringLiteral("role must be user or lead"));
    const QJsonValue attributes = cx.body.value(QStringLiteral("custom_attributes"));
    if (!attributes.isUndefined() && !attributes.isObject())
        return cx.invalid(QStringLiteral("custom_attributes must be an object"));
    if (cx.body.contains(QStringLiteral("owner_id"))) {
        const QString owner = cx.idField(QStringLiteral("owner_id"));
        const qint64 ownerId = owner.isEmpty() ? 0 : RouteContext::number(owner);
        if (ownerId != 0 && cx.ws.adminIndex(ownerId) < 0)
            return cx.invalid(QStringLiteral("owner_id is not a teammate"));
        c.ownerId = ownerId;
    }
    for (const auto &[name, target] : strings) {
        const QJsonValue value = cx.body.value(QLatin1String(name));
        if (!value.isUndefined())
            *target = value.toString();
    }
    const QJsonObject changes = attributes.toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        c.customAttributes.insert(it.key(), it.value());
    c.updatedAt = std::max(c.updatedAt, cx.request.now);
    return contactAnswer(cx, index);
}

ApiResponse notes(RouteContext &cx, int index)
{
    Contact &c = cx.ws.contacts[size_t(index)];
    if (cx.is("POST")) {
        const QJsonValue body = cx.body.value(QStringLiteral("body"));
        if (!body.isString() || body.toString().trimmed().isEmpty())
            return body.isUndefined() ? cx.missing(QStringLiteral("body"))
                                      : cx.invalid(QStringLiteral("body must be a string"));
        const QString admin = cx.idField(QStringLiteral("admin_id"));
        const qint64 adminId
            = admin.isEmpty() ? cx.ws.admins.front().id : RouteContext::number(admin);
        if (cx.ws.adminIndex(adminId) < 0)
            return cx.error(404, QStringLiteral("admin_not_found"),
                            QStringLiteral("Admin not found"));
        c.notes.push_back({cx.ws.nextId(), cx.request.now, adminId, body.toString()});
        c.updatedAt = std::max(c.updatedAt, cx.request.now);
        return ApiResponse::ok(Serialize::note(cx.ws, c, c.notes.back()));
    }
    QJsonArray data;
    for (auto it = c.notes.rbegin(); it != c.notes.rend(); ++it)
        data.append(Serialize::note(cx.ws, c, *it));
    const int count = int(data.size());
    return ApiResponse::ok(
        {{QStringLiteral("type"), QStringLiteral("list")},
         {QStringLiteral("data"), data},
         {QStringLiteral("total_count"), count},
         {QStringLiteral("pages"), Pagination::numberPages(1, std::max(count, 1), count)}});
}

ApiResponse tags(RouteContext &cx, int index)
{
    Contact &c = cx.ws.contacts[size_t(index)];
    const QStringList &s = cx.segments;
    if (cx.is("GET")) {
        QJsonArray data;
        for (const AppliedTag &t : c.tags)
            data.append(Serialize::appliedTag(cx.ws, t));
        return ApiResponse::ok(
            {{QStringLiteral("type"), QStringLiteral("list")}, {QStringLiteral("data"), data}});
    }
    const QString tagId = s.size() == 4 ? s[3] : cx.idField(QStringLiteral("id"));
    if (tagId.isEmpty())
        return cx.missing(QStringLiteral("id"));
    const int tag = cx.ws.tagIndex(RouteContext::number(tagId));
    if (tag < 0)
        return cx.error(404, QStringLiteral("tag_not_found"), QStringLiteral("Tag not found"));
    const qint64 id = cx.ws.tags[size_t(tag)].id;
    auto it = std::find_if(c.tags.begin(), c.tags.end(),
                           [id](const AppliedTag &t) { return t.tagId == id; });
    c.updatedAt = std::max(c.updatedAt, cx.request.now);
    if (cx.is("DELETE")) {
        if (it == c.tags.end())
            return cx.error(404, QStringLiteral("tag_not_found"),
                            QStringLiteral("Tag not found on this contact"));
        const QJsonObject json = Serialize::tag(cx.ws.tags[size_t(tag)]);
        c.tags.erase(it);
        return ApiResponse::ok(json);
    }
    if (it == c.tags.end())
        c.tags.push_back({id, cx.request.now, cx.ws.admins.front().id});
    return ApiResponse::ok(Serialize::tag(cx.ws.tags[size_t(tag)]));
}

RouteResult companies(RouteContext &cx)
{
    const QStringList &s = cx.segments;
    Workspace &ws = cx.ws;
    if (s.size() == 2) {
        const int index = ws.companyIndex(s[1]);
        if (index < 0)
            return cx.error(404, QStringLiteral("company_not_found"),
                            QStringLiteral("Company Not Found"));
        return ApiResponse::ok(Serialize::company(ws, ws.companies[size_t(index)]));
    }
    const QString companyId = cx.query(QStringLiteral("company_id")).toString();
    const QString name = cx.query(QStringLiteral("name")).toString();
    if (!companyId.isEmpty() || !name.isEmpty()) {
        for (const Company &c : ws.companies) {
            if ((!companyId.isEmpty() && c.companyId == companyId)
                || (!name.isEmpty() && c.name == name))
                return ApiResponse::ok(Serialize::company(ws, c));
        }
        return cx.error(404, QStringLiteral("company_not_found"),
                        QStringLiteral("Company Not Found"));
    }
    const std::optional<int> perPage
        = Pagination::perPage(cx.query(QStringLiteral("per_page")), DefaultCompaniesPerPage);
    const std::optional<int> page = Pagination::pageNumber(cx.query(QStringLiteral("page")));
    if (!perPage || !page)
        return cx.invalid(
            QStringLiteral("page and per_page must be positive integers (per_page at most 150)"));
    QJsonArray data;
    const int total = int(ws.companies.size());
    for (int i = (*page - 1) * *perPage; i < total && i < *page * *perPage; ++i)
        data.append(Serialize::company(ws, ws.companies[size_t(i)]));
    return ApiResponse::ok(
        {{QStringLiteral("type"), QStringLiteral("list")},
         {QStringLiteral("data"), data},
         {QStringLiteral("total_count"), total},
         {QStringLiteral("pages"), Pagination::numberPages(*page, *perPage, total)}});
}

} // namespace

RouteResult routeContacts(RouteContext &cx)
{
    const QStringList &s = cx.segments;
    if (!s.isEmpty() && s[0] == QLatin1String("companies") && s.size() <= 2 && cx.is("GET"))
        return companies(cx);
    if (s.isEmpty() || s[0] != QLatin1String("contacts") || s.size() > 4)
        return std::nullopt;
    if (s.size() == 1 && cx.is("GET"))
        return contactPage(cx, SearchQuery(), QStringLiteral("created_at"), true,
                           cx.query(QStringLiteral("per_page")),
                           cx.query(QStringLiteral("starting_after")));
    if (s.size() == 2 && s[1] == QLatin1String("search") && cx.is("POST"))
        return search(cx);
    const QString sub = s.size() >= 3 ? s[2] : QString();
    const bool known
        = (s.size() == 2 && (cx.is("GET") || cx.is("PUT")))
          || (s.size() == 3 && sub == QLatin1String("notes") && (cx.is("GET") || cx.is("POST")))
          || (s.size() == 3 && sub == QLatin1String("tags") && (cx.is("GET") || cx.is("POST")))
          || (s.size() == 4 && sub == QLatin1String("tags") && cx.is("DELETE"));
    if (!known)
        return std::nullopt;
    const int index = cx.ws.contactIndex(s[1]);
    if (index < 0)
        return cx.notFound(QStringLiteral("User Not Found"));
    if (const int canonical = cx.ws.contacts[size_t(index)].mergedInto; canonical >= 0) {
        ApiResponse gone
            = cx.error(410, QStringLiteral("contact_merged"), QStringLiteral("Contact was merged"));
        gone.headers.append(
            {QByteArrayLiteral("Link"), QByteArrayLiteral("</contacts/")
                                            + cx.ws.contacts[size_t(canonical)].id.toLatin1()
                                            + QByteArrayLiteral(">; rel=\"canonical\"")});
        return gone;
    }
    if (s.size() == 2)
        return cx.is("PUT") ? update(cx, index) : contactAnswer(cx, index);
    return sub == QLatin1String("notes") ? notes(cx, index) : tags(cx, index);
}

} // namespace sandbox
