#pragma once

#include "sandbox/sandboxapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace sandbox::test {

constexpr qint64 Now = 1767225600; // 2026-01-01, the clock of every test workspace

/// Calls SandboxApi::handle() directly, as the transport would.
inline ApiResponse call(SandboxApi &api, const char *method, const QString &pathAndQuery,
                        const QJsonObject &body = {}, qint64 now = Now)
{
    ApiRequest request;
    request.method = method;
    const qsizetype question = pathAndQuery.indexOf(QLatin1Char('?'));
    request.path = question < 0 ? pathAndQuery : pathAndQuery.left(question);
    if (question >= 0)
        request.query = QUrlQuery(pathAndQuery.mid(question + 1));
    if (!body.isEmpty())
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.requestId = QStringLiteral("req-1");
    request.now = now;
    request.baseUrl = QStringLiteral("http://127.0.0.1:4010");
    return api.handle(request);
}

inline QString errorCode(const ApiResponse &response)
{
    return response.body.value(QStringLiteral("errors"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

} // namespace sandbox::test
