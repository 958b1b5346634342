#include "apierror.h"

#include "jsonvalue.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <limits>

namespace api {

namespace {

/// Seconds from a header as milliseconds, clamped so that the multiplication cannot overflow
/// (a hostile or broken server can send any number).
qint64 secondsToMs(qint64 seconds)
{
    constexpr qint64 maxSeconds = std::numeric_limits<qint64>::max() / 1000;
    return qBound<qint64>(-maxSeconds, seconds, maxSeconds) * 1000;
}

// X-RateLimit-Reset only says when a 429 ends; a 503 waits only for an explicit Retry-After.
qint64 retryAfterFrom(const RawHeaders &headers, qint64 nowMs, bool rateLimited)
{
    const QByteArray retryAfter = headerValue(headers, "Retry-After").trimmed();
    if (!retryAfter.isEmpty()) {
        bool ok = false;
        const qint64 seconds = retryAfter.toLongLong(&ok);
        if (ok)
            return qMax<qint64>(0, secondsToMs(seconds));
        // An HTTP date ("Thu, 13 Nov 2025 02:13:25 GMT"); Qt's RFC 2822 parser wants an offset.
        QString text = QString::fromLatin1(retryAfter);
        if (text.endsWith(QLatin1String(" GMT")))
            text = text.chopped(4) + QLatin1String(" +0000");
        const QDateTime date = QDateTime::fromString(text, Qt::RFC2822Date);
        if (date.isValid())
            return qMax<qint64>(0, date.toMSecsSinceEpoch() - nowMs);
    }
    if (!rateLimited)
        return -1;
    bool ok = false;
    const qint64 resetSeconds = headerValue(headers, "X-RateLimit-Reset").trimmed().toLongLong(&ok);
    if (ok && resetSeconds > 0)
        return qMax<qint64>(0, secondsToMs(resetSeconds) - nowMs);
    return -1;
}

// Link: </contacts/5f9…>; rel="canonical"
QString canonicalIdFrom(const RawHeaders &headers)
{
    static const QRegularExpression link(QStringLiteral(R"(<([^>]*)>\s*;[^,]*rel="?canonical"?)"));
    const QRegularExpressionMatch match
        = link.match(QString::fromUtf8(headerValue(headers, "Link")));
    if (!match.hasMatch())
        return {};
    const QString target = match.captured(1);
    return target.mid(target.lastIndexOf(QLatin1Char('/')) + 1);
}

} // namespace

ApiError::Category ApiError::categoryForStatus(int httpStatus)
{
    switch (httpStatus) {
    case 401:
        return Category::Authentication;
    case 403:
        return Category::Forbidden;
    case 404:
        return Category::NotFound;
    case 410:
        return Category::Gone;
    case 429:
        return Category::RateLimited;
    case 502:
    case 503:
    case 504:
        return Category::Unavailable;
    default:
        break;
    }
    if (httpStatus >= 500)
        return Category::ServerError;
    if (httpStatus >= 400)
        return Category::BadRequest;
    return Category::None;
}

ApiError ApiError::make(Category category, const QString &message)
{
    ApiError error;
    error.category = category;
    error.message = message;
    return error;
}

ApiError ApiError::fromResponse(int httpStatus, QNetworkReply::NetworkError networkError,
                                const QString &networkErrorString, const QByteArray &body,
                                const RawHeaders &headers, qint64 nowMs)
{
    ApiError error;
    error.httpStatus = httpStatus;
    error.networkError = networkError;
    error.requestId = QString::fromLatin1(headerValue(headers, "X-Request-Id"));

    if (httpStatus == 0) {
        if (networkError == QNetworkReply::NoError)
            return {};
        error.category = networkError == QNetworkReply::SslHandshakeFailedError ? Category::Tls
                         : networkError == QNetworkReply::TimeoutError ? Category::Timeout
                         : networkError == QNetworkReply::OperationCanceledError
                             ? Category::Cancelled
                         : networkError == QNetworkReply::TooManyRedirectsError
                                 || networkError == QNetworkReply::InsecureRedirectError
                             ? Category::RedirectRefused
                             : Category::Connection;
        error.message = networkErrorString;
        return error;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const bool validJson = body.trimmed().isEmpty() || parseError.error == QJsonParseError::NoError;
    error.category = categoryForStatus(httpStatus);
    if (httpStatus < 200 || (httpStatus >= 300 && httpStatus < 400)) {
        // A redirect that was not followed, or an interim status as the final answer.
        error.category = httpStatus >= 300 ? Category::RedirectRefused : Category::InvalidResponse;
        return error;
    }
    if (error.category == Category::None) {
        if (validJson && (document.isObject() || body.trimmed().isEmpty()))
            return {};
        error.category = Category::InvalidResponse;
        error.message = parseError.errorString();
        return error;
    }

    const QJsonObject object = document.object();
    const QString bodyRequestId = json::string(object.value(QLatin1String("request_id")));
    if (!bodyRequestId.isEmpty())
        error.requestId = bodyRequestId;
    const QJsonObject first
        = json::object(json::array(object.value(QLatin1String("errors"))).at(0));
    error.code = json::string(first.value(QLatin1String("code")));
    error.message = json::string(first.value(QLatin1String("message")), networkErrorString);
    if (error.category == Category::RateLimited || error.category == Category::Unavailable)
        error.retryAfterMs
            = retryAfterFrom(headers, nowMs, error.category == Category::RateLimited);
    if (error.category == Category::Gone)
        error.canonicalId = canonicalIdFrom(headers);
    return error;
}

QString ApiError::displayText() const
{
    switch (category) {
    case Category::None:
        return {};
    case Category::Authentication:
        return tr("Intercom did not accept the access token. Sign in again.");
    case Category::Forbidden:
        return tr("Your Intercom plan or permissions do not allow this.");
    case Category::NotFound:
        return tr("It no longer exists in Intercom.");
    case Category::Gone:
        return canonicalId.isEmpty() ? tr("It was merged or removed in Intercom.")
                                     : tr("It was merged into another record in Intercom.");
    case Category::BadRequest:
        return message.isEmpty() ? tr("Intercom refused the request.")
                                 : tr("Intercom refused the request: %1").arg(message);
    case Category::RateLimited:
        return tr("Too many requests to Intercom. Trying again shortly.");
    case Category::ServerError:
        return tr("Intercom had an internal error. Try again later.");
    case Category::Unavailable:
        return tr("Intercom is temporarily unavailable. Try again later.");
    case Category::Connection:
        return tr("Could not reach Intercom. Check your network connection.");
    case Category::Timeout:
        return tr("Intercom did not answer in time.");
    case Category::InvalidResponse:
        return tr("Intercom sent an answer Triage could not read.");
    case Category::RedirectRefused:
        return tr("The server redirected to another address; the request was stopped to "
                  "protect your access token.");
    case Category::Cancelled:
        return tr("The request was cancelled.");
    case Category::InvalidRequest:
        return message.isEmpty() ? tr("The request is not valid.")
                                 : tr("The request is not valid: %1").arg(message);
    case Category::Tls:
        return tr("The secure connection to Intercom could not be verified, so nothing was sent. "
                  "Check the computer's date and any proxy or security software.");
    }
    return {};
}

QString ApiError::categoryName(Category category)
{
    static const char *const names[]
        = {"none",        "authentication",   "forbidden",        "not_found",   "gone",
           "bad_request", "rate_limited",     "server_error",     "unavailable", "connection",
           "timeout",     "invalid_response", "redirect_refused", "cancelled",   "invalid_request",
           "tls"};
    return QString::fromLatin1(names[int(category)]);
}

} // namespace api
