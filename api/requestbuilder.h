#pragma once

#include "clientconfig.h"
#include "rawheaders.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QString>
#include <QUrlQuery>

namespace api {

/// One API call as the client describes it, before it becomes an HTTP request.
struct RequestSpec
{
    QByteArray method = "GET";
    QString path; ///< percent-encoded, e.g. "/conversations/123/parts"
    QUrlQuery query;
    QByteArray body;        ///< JSON; empty means no body
    bool idempotent = true; ///< may be resent after a failure that might have been processed

    static RequestSpec get(const QString &path, const QUrlQuery &query = {});
    static RequestSpec withBody(const QByteArray &method, const QString &path,
                                const QJsonObject &body);
};

/// The one place that turns a RequestSpec into a QNetworkRequest: URL under the base URL,
/// Authorization, Intercom-Version 2.16, Accept, Content-Type, User-Agent, transfer timeout
/// and the manual redirect policy (the client follows same-origin hops). Stateless.
namespace RequestBuilder {

inline constexpr char IntercomVersion[] = "2.16";

/// One path segment, percent-encoded ("a/b" → "a%2Fb").
QString segment(const QString &id);
/// ?page=&per_page= (page-number lists); zero values are left out.
QUrlQuery pageQuery(int page, int perPage);
/// ?per_page=&starting_after= (cursor lists); empty values are left out.
QUrlQuery cursorQuery(int perPage, const QString &startingAfter);
QUrl url(const QUrl &baseUrl, const QString &path, const QUrlQuery &query = {});
QNetworkRequest build(const ClientConfig &config, const RequestSpec &spec,
                      const RawHeaders &extraHeaders = {}, int transferTimeoutMs = -1);
/// Same scheme, host and port. A redirect is only followed to the same origin, so the token
/// never goes elsewhere and https never falls back to http.
bool isSameOrigin(const QUrl &from, const QUrl &to);

} // namespace RequestBuilder
} // namespace api
