#pragma once

#include "rawheaders.h"

#include <QLoggingCategory>
#include <QString>
#include <QUrl>

Q_DECLARE_LOGGING_CATEGORY(lcApiHttp)

namespace api {

/// The HTTP trace for debugging: the "triage.api.http" logging category, off by default,
/// switched on by TRIAGE_API_TRACE=1, QT_LOGGING_RULES or setEnabled(). Lines carry method,
/// URL, status, timing and rate-limit headers, never the token. Thread-safe (stateless).
namespace HttpTrace {

void setEnabled(bool enabled);
bool isEnabled();
/// Reads TRIAGE_API_TRACE once; called by the client's constructor.
void applyEnvironment();

/// Headers with credentials replaced by "<redacted>" (Authorization, Cookie, …).
RawHeaders redacted(const RawHeaders &headers);
QString requestLine(const QByteArray &method, const QUrl &url, const RawHeaders &headers,
                    int attempt);
QString responseLine(const QByteArray &method, const QUrl &url, int httpStatus, qint64 elapsedMs,
                     const RawHeaders &responseHeaders, const QString &error);

} // namespace HttpTrace
} // namespace api
