#include "pagination.h"
#include "routecontext.h"
#include "serializers.h"
#include "workspace.h"

#include <QJsonArray>

#include <algorithm>

namespace sandbox {

namespace {

constexpr int DefaultPerPage = 25;

/// Page-number listing of records sorted by updated_at desc (articles, collections).
template<typename Record, typename Serializer>
ApiResponse numberedList(RouteContext &cx, std::vector<const Record *> records,
                         Serializer serialize, bool searchShape = false)
{
    const std::optional<int> perPage
        = Pagination::perPage(cx.query(QStringLiteral("per_page")), DefaultPerPage);
    const std::optional<int> page = Pagination::pageNumber(cx.query(QStringLiteral("page")));
    if (!perPage || !page)
        return cx.invalid(
            QStringLiteral("page and per_page must be positive integers (per_page at most 150)"));
    std::stable_sort(records.begin(), records.end(), [](const Record *a, const Record *b) {
        return a->updatedAt != b->updatedAt ? a->updatedAt > b->updatedAt : a->id > b->id;
    });
    QJsonArray data;
    const int total = int(records.size());
    for (int i = (*page - 1) * *perPage; i < total && i < *page * *perPage; ++i)
        data.append(serialize(*records[size_t(i)]));
    const QJsonValue payload
        = searchShape ? QJsonValue(QJsonObject{{QStringLiteral("articles"), data},
                                               {QStringLiteral("highlights"), QJsonArray()}})
                      : QJsonValue(data);
    return ApiResponse::ok(
        {{QStringLiteral("type"), QStringLiteral("list")},
         {QStringLiteral("data"), payload},
         {QStringLiteral("total_count"), total},
         {QStringLiteral("pages"), Pagination::numberPages(*page, *perPage, total)}});
}

/// A parent collection id from a body (int or string; null or "" = none), or -1 if unknown.
qint64 parentCollection(RouteContext &cx, const QString &field)
{
    const QString id = cx.idField(field);
    if (id.isEmpty())
        return 0;
    const qint64 parent = RouteContext::number(id);
    return cx.ws.collectionIndex(parent) >= 0 ? parent : -1;
}

/// Applies the article fields of a POST/PUT body; an error answer when one is invalid.
RouteResult applyArticle(RouteContext &cx, Article &a)
{
    const QJsonObject &b = cx.body;
    for (const QString &field :
         {QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("body")}) {
        if (b.contains(field) && !b.value(field).isString())
            return cx.invalid(field + QStringLiteral(" must be a string"));
    }
    if (b.contains(QStringLiteral("author_id"))) {
        const qint64 author = RouteContext::number(cx.idField(QStringLiteral("author_id")));
        if (cx.ws.adminIndex(author) < 0)
            return cx.invalid(QStringLiteral("author_id must be a teammate"));
        a.authorId = author;
    }
    const QString state = b.value(QStringLiteral("state")).toString();
    if (b.contains(QStringLiteral("state")) && state != QLatin1String("published")
        && state != QLatin1String("draft"))
        return cx.invalid(QStringLiteral("state must be published or draft"));
    if (b.contains(QStringLiteral("parent_id"))) {
        const qint64 parent = parentCollection(cx, QStringLiteral("parent_id"));
        if (parent < 0)
            return cx.invalid(QStringLiteral("parent_id is not a collection"));
        a.parentId = parent;
    }
    if (b.contains(QStringLiteral("state")))
        a.published = state == QLatin1String("published");
    a.title = b.value(QStringLiteral("title")).toString(a.title);
    a.description = b.value(QStringLiteral("description")).toString(a.description);
    a.body = b.value(QStringLiteral("body")).toString(a.body);
    a.updatedAt = std::max(a.updatedAt, cx.request.now);
    return std::nullopt;
}

RouteResult articles(RouteContext &cx)
{
    const QStringList &s = cx.segments;
    Workspace &ws = cx.ws;
    auto serialize = [&ws](const Article &a) {
        return Serialize::article(ws, a, false);
    };
    if (s.size() == 1 && cx.is("GET")) {
        std::vector<const Article *> all;
        for (const Article &a : ws.articles)
            all.push_back(&a);
        return numberedList(cx, all, serialize);
    }
    if (s.size() == 2 && s[1] == QLatin1String("search") && cx.is("GET")) {
        const QString phrase = cx.query(QStringLiteral("phrase")).toString();
        const QString state = cx.query(QStringLiteral("state")).toString(QStringLiteral("all"));
        const QJsonValue helpCenter = cx.query(QStringLiteral("help_center_id"));
        if (state != QLatin1String("all") && state != QLatin1String("published")
            && state != QLatin1String("draft"))
            return cx.invalid(QStringLiteral("state must be published, draft or all"));
        if (!helpCenter.isUndefined()
            && ws.helpCenterIndex(RouteContext::number(helpCenter.toString())) < 0)
            return cx.invalid(QStringLiteral("help_center_id is not a help center"));
        std::vector<const Article *> found;
        for (const Article &a : ws.articles) {
            const bool stateOk = state == QLatin1String("all")
                                 || a.published == (state == QLatin1String("published"));
            const bool phraseOk = phrase.isEmpty() || a.title.contains(phrase, Qt::CaseInsensitive)
                                  || a.body.contains(phrase, Qt::CaseInsensitive);
            if (stateOk && phraseOk)
                found.push_back(&a);
        }
        return numberedList(
            cx, found, [&ws](const Article &a) { return Serialize::article(ws, a, true); }, true);
    }
    if (s.size() == 1 && cx.is("POST")) {
        if (!cx.body.value(QStringLiteral("title")).isString())
            return cx.missing(QStringLiteral("title"));
        if (!cx.body.contains(QStringLiteral("author_id")))
            return cx.missing(QStringLiteral("author_id"));
        Article a;
        a.id = ws.nextId();
        a.createdAt = cx.request.now;
        if (RouteResult error = applyArticle(cx, a))
            return error;
        ws.articles.push_back(a);
        return ApiResponse::ok(Serialize::article(ws, a, true));
    }
    if (s.size() != 2)
        return std::nullopt;
    const int index = ws.articleIndex(RouteContext::number(s[1]));
    if (index < 0)
        return cx.notFound(QStringLiteral("Article not found"));
    if (cx.is("DELETE")) {
        ws.articles.erase(ws.articles.begin() + index);
        return ApiResponse::ok({{QStringLiteral("id"), s[1]},
                                {QStringLiteral("object"), QStringLiteral("article")},
                                {QStringLiteral("deleted"), true}});
    }
    if (cx.is("PUT")) {
        Article changed = ws.articles[size_t(index)];
        if (RouteResult error = applyArticle(cx, changed))
            return error;
        ws.articles[size_t(index)] = changed;
    }
    return ApiResponse::ok(Serialize::article(ws, ws.articles[size_t(index)], true));
}

/// Applies the collection fields of a POST/PUT body.
RouteResult applyCollection(RouteContext &cx, Collection &c)
{
    const QJsonObject &b = cx.body;
    for (const QString &field : {QStringLiteral("name"), QStringLiteral("description")}) {
        if (b.contains(field) && !b.value(field).isString())
            return cx.invalid(field + QStringLiteral(" must be a string"));
    }
    if (b.contains(QStringLiteral("parent_id"))) {
        const qint64 parent = parentCollection(cx, QStringLiteral("parent_id"));
        if (parent < 0 || parent == c.id)
            return cx.invalid(QStringLiteral("parent_id is not a collection"));
        c.parentId = parent;
    }
    if (b.contains(QStringLiteral("help_center_id"))
        && !b.value(QStringLiteral("help_center_id")).isNull()) {
        const qint64 helpCenter
            = RouteContext::number(cx.idField(QStringLiteral("help_center_id")));
        if (cx.ws.helpCenterIndex(helpCenter) < 0)
            return cx.invalid(QStringLiteral("help_center_id is not a help center"));
        c.helpCenterId = helpCenter;
    }
    c.name = b.value(QStringLiteral("name")).toString(c.name);
    c.description = b.value(QStringLiteral("description")).toString(c.description);
    c.updatedAt = std::max(c.updatedAt, cx.request.now);
    return std::nullopt;
}

void deleteCollection(Workspace &ws, qint64 id)
{
    for (Article &a : ws.articles) {
        if (a.parentId == id)
            a.parentId = 0;
    }
    std::vector<qint64> children;
    for (const Collection &c : ws.collections) {
        if (c.parentId == id)
            children.push_back(c.id);
    }
    ws.collections.erase(ws.collections.begin() + ws.collectionIndex(id));
    for (qint64 child : children)
        deleteCollection(ws, child);
}

RouteResult collections(RouteContext &cx)
{
    const QStringList &s = cx.segments;
    Workspace &ws = cx.ws;
    if (s.size() == 2 && cx.is("GET")) {
        std::vector<const Collection *> all;
        for (const Collection &c : ws.collections)
            all.push_back(&c);
        return numberedList(cx, all,
                            [&ws](const Collection &c) { return Serialize::collection(ws, c); });
    }
    if (s.size() == 2 && cx.is("POST")) {
        if (!cx.body.value(QStringLiteral("name")).isString())
            return cx.missing(QStringLiteral("name"));
        Collection c;
        c.id = ws.nextId();
        c.createdAt = cx.request.now;
        c.helpCenterId = ws.helpCenters.front().id;
        if (RouteResult error = applyCollection(cx, c))
            return error;
        ws.collections.push_back(c);
        return ApiResponse::ok(Serialize::collection(ws, c));
    }
    if (s.size() != 3)
        return std::nullopt;
    const qint64 id = RouteContext::number(s[2]);
    const int index = ws.collectionIndex(id);
    if (index < 0)
        return cx.notFound(QStringLiteral("Collection not found"));
    if (cx.is("DELETE")) {
        deleteCollection(ws, id);
        return ApiResponse::ok({{QStringLiteral("id"), s[2]},
                                {QStringLiteral("object"), QStringLiteral("collection")},
                                {QStringLiteral("deleted"), true}});
    }
    if (cx.is("PUT")) {
        Collection changed = ws.collections[size_t(index)];
        if (RouteResult error = applyCollection(cx, changed))
            return error;
        ws.collections[size_t(index)] = changed;
    }
    return ApiResponse::ok(Serialize::collection(ws, ws.collections[size_t(index)]));
}

RouteResult helpCenters(RouteContext &cx)
{
    const QStringList &s = cx.segments;
    Workspace &ws = cx.ws;
    if (!cx.is("GET"))
        return std::nullopt;
    if (s.size() == 2) {
        QJsonArray data;
        for (const HelpCenter &h : ws.helpCenters)
            data.append(Serialize::helpCenter(ws, h));
        return ApiResponse::ok(
            {{QStringLiteral("type"), QStringLiteral("list")}, {QStringLiteral("data"), data}});
    }
    const int index = s.size() == 3 ? ws.helpCenterIndex(RouteContext::number(s[2])) : -1;
    if (index < 0)
        return cx.notFound(QStringLiteral("Help center not found"));
    return ApiResponse::ok(Serialize::helpCenter(ws, ws.helpCenters[size_t(index)]));
}

} // namespace

RouteResult routeHelpCenter(RouteContext &cx)
{
    const QStringList &s = cx.segments;
    if (!s.isEmpty() && s[0] == QLatin1String("articles") && s.size() <= 2)
        return articles(cx);
    if (s.size() >= 2 && s.size() <= 3 && s[0] == QLatin1String("help_center")) {
        if (s[1] == QLatin1String("collections"))
            return collections(cx);
        if (s[1] == QLatin1String("help_centers"))
            return helpCenters(cx);
    }
    return std::nullopt;
}

} // namespace sandbox
