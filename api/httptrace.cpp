#include "httptrace.h"

#include <QStringList>

Q_LOGGING_CATEGORY(lcApiHttp, "triage.api.http", QtWarningMsg)

namespace api::HttpTrace {

namespace {

bool isSecret(const QByteArray &name)
{
    static const QByteArray secrets[]
        = {"authorization", "proxy-authorization", "cookie", "set-cookie"};
    const QByteArray lower = name.toLower();
    for (const QByteArray &secret : secrets) {
        if (lower == secret)
            return true;
    }
    return false;
}

QString join(const RawHeaders &headers)
{
    QStringList parts;
    for (const auto &header : headers)
        parts.append(QString::fromLatin1(header.first) + QLatin1String(": ")
                     + QString::fromLatin1(header.second));
    return parts.join(QLatin1String("; "));
}

QString urlText(const QUrl &url)
{
    // User info could hold credentials too.
    return url.toString(QUrl::RemoveUserInfo);
}

} // namespace

void setEnabled(bool enabled)
{
    const_cast<QLoggingCategory &>(lcApiHttp()).setEnabled(QtDebugMsg, enabled);
}

bool isEnabled()
{
    return lcApiHttp().isDebugEnabled();
}

void applyEnvironment()
{
    if (qEnvironmentVariableIntValue("TRIAGE_API_TRACE") > 0)
        setEnabled(true);
}

RawHeaders redacted(const RawHeaders &headers)
{
    RawHeaders result;
    result.reserve(headers.size());
    for (const auto &header : headers)
        result.append(
            {header.first, isSecret(header.first) ? QByteArray("<redacted>") : header.second});
    return result;
}

QString requestLine(const QByteArray &method, const QUrl &url, const RawHeaders &headers,
                    int attempt)
{
    return QStringLiteral("--> %1 %2 (attempt %3) [%4]")
        .arg(QString::fromLatin1(method), urlText(url), QString::number(attempt),
             join(redacted(headers)));
}

QString responseLine(const QByteArray &method, const QUrl &url, int httpStatus, qint64 elapsedMs,
                     const RawHeaders &responseHeaders, const QString &error)
{
    RawHeaders rateLimit;
    for (const auto &header : responseHeaders) {
        if (header.first.toLower().startsWith("x-ratelimit")
            || header.first.toLower() == "retry-after" || header.first.toLower() == "x-request-id")
            rateLimit.append(header);
    }
    QString line = QStringLiteral("<-- %1 %2 %3 %4 ms [%5]")
                       .arg(QString::number(httpStatus), QString::fromLatin1(method), urlText(url),
                            QString::number(elapsedMs), join(redacted(rateLimit)));
    if (!error.isEmpty())
        line += QLatin1String(" error: ") + error;
    return line;
}

} // namespace api::HttpTrace
