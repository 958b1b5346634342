#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

namespace sandbox {

/// One HTTP request as the transport hands it to the REST layer (SandboxApi), already
/// authenticated and rate-limited. Plain value; no Qt HTTP server types leak past the transport.
struct ApiRequest
{
    QByteArray method;   ///< "GET", "POST", "PUT", "DELETE"
    QString path;        ///< decoded path without query, e.g. "/conversations/123/parts"
    QUrlQuery query;     ///< decoded query parameters
    QByteArray body;     ///< raw request body (JSON for POST/PUT, may be empty)
    QString requestId;   ///< the id the transport assigned; error bodies carry it
    qint64 now = 0;      ///< the workspace clock, UNIX seconds, when the request arrived
    QString baseUrl;     ///< e.g. "http://127.0.0.1:4010", for URLs the answer links to
};

} // namespace sandbox
