#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace sandbox {

/// What the REST layer answers; the transport adds rate-limit headers and writes it out.
struct ApiResponse
{
    int status = 200;
    QJsonObject body;                                  ///< serialized as compact JSON
    QList<QPair<QByteArray, QByteArray>> headers;      ///< extra headers, e.g. Link for 410

    /// The official error body: {"type":"error.list","request_id":…,"errors":[{"code","message"}]}.
    static ApiResponse error(int status, const QString &code, const QString &message,
                             const QString &requestId);
    static ApiResponse ok(const QJsonObject &body) { return ApiResponse{200, body, {}}; }
};

} // namespace sandbox
