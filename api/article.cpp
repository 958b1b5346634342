#include "article.h"

#include "jsonvalue.h"

namespace api {

Article::State Article::stateFromString(const QString &text)
{
    if (text == QLatin1String("published"))
        return State::Published;
    if (text == QLatin1String("draft"))
        return State::Draft;
    return State::Unknown;
}

QString Article::stateToString(State state)
{
    switch (state) {
    case State::Published:
        return QStringLiteral("published");
    case State::Draft:
        return QStringLiteral("draft");
    case State::Unknown:
        break;
    }
    return {};
}

Article Article::fromJson(const QJsonObject &json)
{
    Article article;
    article.id = json::id(json.value(QLatin1String("id")));
    article.workspaceId = json::id(json.value(QLatin1String("workspace_id")));
    article.title = json::string(json.value(QLatin1String("title")));
    article.description = json::string(json.value(QLatin1String("description")));
    article.body = json::string(json.value(QLatin1String("body")));
    article.authorId = json::id(json.value(QLatin1String("author_id")));
    article.state = stateFromString(json::string(json.value(QLatin1String("state"))));
    article.createdAt = json::integer(json.value(QLatin1String("created_at")));
    article.updatedAt = json::integer(json.value(QLatin1String("updated_at")));
    article.url = json::string(json.value(QLatin1String("url")));
    article.parentId = json::id(json.value(QLatin1String("parent_id")));
    article.parentType = json::string(json.value(QLatin1String("parent_type")));
    article.parentIds = json::idList(json.value(QLatin1String("parent_ids")));
    if (article.parentId.isEmpty() && !article.parentIds.isEmpty())
        article.parentId = article.parentIds.constFirst();
    article.defaultLocale = json::string(json.value(QLatin1String("default_locale")));
    article.rawJson = json;
    return article;
}

} // namespace api
