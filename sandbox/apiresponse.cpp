#include "apiresponse.h"

#include <QJsonArray>

namespace sandbox {

ApiResponse ApiResponse::error(int status, const QString &code, const QString &message,
                               const QString &requestId)
{
    QJsonObject entry{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    QJsonObject body{{QStringLiteral("type"), QStringLiteral("error.list")},
                     {QStringLiteral("request_id"), requestId},
                     {QStringLiteral("errors"), QJsonArray{entry}}};
    return ApiResponse{status, body, {}};
}

} // namespace sandbox
