// IntercomClient: articles, collections and help centers.
#include "intercomclient.h"

#include "jsonvalue.h"

namespace api {

namespace {

using RequestBuilder::pageQuery;
using RequestBuilder::segment;

Page<Article> articlePage(const QJsonObject &json)
{
    // Search answers data.articles, the list answers data[].
    return Page<Article>::fromJson(json, QStringLiteral("articles"));
}

Page<Collection> collectionPage(const QJsonObject &json)
{
    return Page<Collection>::fromJson(json);
}

QList<HelpCenter> helpCenterList(const QJsonObject &json)
{
    return json::wrappedList<HelpCenter>(json.value(QLatin1String("data")), QStringLiteral("data"));
}

QString articlePath(const QString &id)
{
    return QLatin1String("/articles/") + segment(id);
}

QString collectionPath(const QString &id)
{
    return QLatin1String("/help_center/collections/") + segment(id);
}

RequestSpec deleteSpec(const QString &path)
{
    RequestSpec spec = RequestSpec::get(path);
    spec.method = "DELETE";
    return spec;
}

} // namespace

ArticlePageJob *IntercomClient::listArticles(int page, int perPage)
{
    return send<Page<Article>>(
        RequestSpec::get(QStringLiteral("/articles"), pageQuery(page, perPage)), &articlePage);
}

ArticlePageJob *IntercomClient::searchArticles(const QString &phrase, const QString &state,
                                               const QString &helpCenterId)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("phrase"), phrase);
    if (!state.isEmpty())
        query.addQueryItem(QStringLiteral("state"), state);
    if (!helpCenterId.isEmpty())
        query.addQueryItem(QStringLiteral("help_center_id"), helpCenterId);
    return send<Page<Article>>(RequestSpec::get(QStringLiteral("/articles/search"), query),
                               &articlePage);
}

ArticleJob *IntercomClient::getArticle(const QString &articleId)
{
    return send<Article>(RequestSpec::get(articlePath(articleId)), &Article::fromJson);
}

ArticleJob *IntercomClient::createArticle(const ArticleDraft &draft)
{
    return send<Article>(
        RequestSpec::withBody("POST", QStringLiteral("/articles"), draft.toJson(true)),
        &Article::fromJson);
}

ArticleJob *IntercomClient::updateArticle(const QString &articleId, const ArticleDraft &draft)
{
    return send<Article>(RequestSpec::withBody("PUT", articlePath(articleId), draft.toJson(false)),
                         &Article::fromJson);
}

DeleteJob *IntercomClient::deleteArticle(const QString &articleId)
{
    return send<DeletedObject>(deleteSpec(articlePath(articleId)), &DeletedObject::fromJson);
}

CollectionPageJob *IntercomClient::listCollections(int page, int perPage)
{
    return send<Page<Collection>>(
        RequestSpec::get(QStringLiteral("/help_center/collections"), pageQuery(page, perPage)),
        &collectionPage);
}

CollectionJob *IntercomClient::getCollection(const QString &collectionId)
{
    return send<Collection>(RequestSpec::get(collectionPath(collectionId)), &Collection::fromJson);
}

CollectionJob *IntercomClient::createCollection(const CollectionDraft &draft)
{
    return send<Collection>(RequestSpec::withBody("POST",
                                                  QStringLiteral("/help_center/collections"),
                                                  draft.toJson(true)),
                            &Collection::fromJson);
}

CollectionJob *IntercomClient::updateCollection(const QString &collectionId,
                                                const CollectionDraft &draft)
{
    return send<Collection>(
        RequestSpec::withBody("PUT", collectionPath(collectionId), draft.toJson(false)),
        &Collection::fromJson);
}

DeleteJob *IntercomClient::deleteCollection(const QString &collectionId)
{
    return send<DeletedObject>(deleteSpec(collectionPath(collectionId)), &DeletedObject::fromJson);
}

HelpCenterListJob *IntercomClient::listHelpCenters()
{
    return send<QList<HelpCenter>>(RequestSpec::get(QStringLiteral("/help_center/help_centers")),
                                   &helpCenterList);
}

HelpCenterJob *IntercomClient::getHelpCenter(const QString &helpCenterId)
{
    return send<HelpCenter>(
        RequestSpec::get(QLatin1String("/help_center/help_centers/") + segment(helpCenterId)),
        &HelpCenter::fromJson);
}

} // namespace api
