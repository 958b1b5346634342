#pragma once

#include "rawheaders.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>

namespace api {

/// Why a request failed, with everything the UI and the retry logic need. A default
/// constructed ApiError means "no error" (operator bool is false). Plain value.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Category {
        None,
        Authentication,  ///< 401: token missing, invalid or revoked
        Forbidden,       ///< 403: plan or permission
        NotFound,        ///< 404
        Gone,            ///< 410: e.g. a merged contact (canonicalId tells where it went)
        BadRequest,      ///< 400, 422 and other 4xx: the request was wrong
        RateLimited,     ///< 429
        ServerError,     ///< 500 and other 5xx
        Unavailable,     ///< 502, 503, 504
        Connection,      ///< no HTTP answer: refused, reset, DNS
        Timeout,         ///< the transfer timeout expired
        InvalidResponse, ///< the answer was not the JSON we expected
        RedirectRefused, ///< a redirect to another origin (or too many) was refused
        Cancelled,       ///< aborted by the caller or because the client went away
        InvalidRequest,  ///< refused before sending (e.g. a search beyond Intercom's limits,
                         ///< or a base URL that TransportPolicy does not allow)
        Tls,             ///< the TLS handshake failed (certificate not trusted, expired, wrong
                         ///< host): never ignored, never retried
    };

    Category category = Category::None;
    int httpStatus = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString code;             ///< errors[0].code, e.g. "unauthorized", "contact_merged"
    QString message;          ///< errors[0].message or the network error string
    QString requestId;        ///< request_id of the body or the X-Request-Id header
    qint64 retryAfterMs = -1; ///< from Retry-After / X-RateLimit-Reset; -1 if not given
    QString canonicalId;      ///< for 410 contact_merged: the id from the Link rel=canonical

    explicit operator bool() const { return category != Category::None; }

    /// The one table from HTTP status to category (0 and 2xx/3xx give None).
    static Category categoryForStatus(int httpStatus);
    /// Builds the error of a finished exchange; no error for 2xx with a JSON (or empty) body.
    /// nowMs is the local clock, used to turn X-RateLimit-Reset into retryAfterMs.
    static ApiError fromResponse(int httpStatus, QNetworkReply::NetworkError networkError,
                                 const QString &networkErrorString, const QByteArray &body,
                                 const RawHeaders &headers, qint64 nowMs);
    static ApiError make(Category category, const QString &message = {});

    /// One translated sentence for the user.
    QString displayText() const;
    /// A stable English name of the category for logs and tests ("rate_limited", …).
    static QString categoryName(Category category);
};

} // namespace api
