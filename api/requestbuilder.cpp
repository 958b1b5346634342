#include "requestbuilder.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace api {

RequestSpec RequestSpec::get(const QString &path, const QUrlQuery &query)
{
    RequestSpec spec;
    spec.path = path;
    spec.query = query;
    return spec;
}

RequestSpec RequestSpec::withBody(const QByteArray &method, const QString &path,
                                  const QJsonObject &body)
{
    RequestSpec spec;
    spec.method = method;
    spec.path = path;
    spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    spec.idempotent = method != "POST";
    return spec;
}

namespace RequestBuilder {

QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QUrlQuery pageQuery(int page, int perPage)
{
    QUrlQuery query;
    if (page > 0)
        query.addQueryItem(QStringLiteral("page"), QString::number(page));
    if (perPage > 0)
        query.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
    return query;
}

QUrlQuery cursorQuery(int perPage, const QString &startingAfter)
{
    QUrlQuery query;
    if (perPage > 0)
        query.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
    if (!startingAfter.isEmpty())
        query.addQueryItem(QStringLiteral("starting_after"), startingAfter);
    return query;
}

QUrl url(const QUrl &baseUrl, const QString &path, const QUrlQuery &query)
{
    QUrl result = baseUrl;
    QString basePath = baseUrl.path(QUrl::FullyEncoded);
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    const QString relative = path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path;
    result.setPath(basePath + relative, QUrl::TolerantMode);
    if (!query.isEmpty())
        result.setQuery(query);
    return result;
}

QNetworkRequest build(const ClientConfig &config, const RequestSpec &spec,
                      const RawHeaders &extraHeaders, int transferTimeoutMs)
{
    QNetworkRequest request(url(config.baseUrl(), spec.path, spec.query));
    request.setRawHeader("Authorization", "Bearer " + config.token);
    request.setRawHeader("Intercom-Version", IntercomVersion);
    request.setRawHeader("Accept", "application/json");
    if (!spec.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArray("Triage/" + config.userAgentVersion.toLatin1()));
    for (const auto &header : extraHeaders)
        request.setRawHeader(header.first, header.second);
    request.setTransferTimeout(transferTimeoutMs > 0 ? transferTimeoutMs
                                                     : config.transferTimeoutMs);
    // Redirects come back to the client, which follows only same-origin ones (IntercomClient).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // Keep the cache out of the way: every answer is live data.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    return request;
}

bool isSameOrigin(const QUrl &from, const QUrl &to)
{
    const QUrl target = from.resolved(to);
    const QString scheme = from.scheme().toLower();
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    return target.scheme().toLower() == scheme
           && target.host().compare(from.host(), Qt::CaseInsensitive) == 0
           && target.port(defaultPort) == from.port(defaultPort);
}

} // namespace RequestBuilder
} // namespace api
