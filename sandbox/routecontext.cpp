#include "routecontext.h"

namespace sandbox {

QJsonValue RouteContext::query(const QString &name) const
{
    if (!request.query.hasQueryItem(name))
        return QJsonValue(QJsonValue::Undefined);
    return request.query.queryItemValue(name, QUrl::FullyDecoded);
}

QString RouteContext::idField(const QString &name) const
{
    const QJsonValue value = body.value(name);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return {};
}

qint64 RouteContext::number(const QString &text)
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    return ok && n >= 0 ? n : -1;
}

} // namespace sandbox
