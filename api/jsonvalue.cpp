#include "jsonvalue.h"

#include <cmath>

namespace api::json {

QString id(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        // Converting an integral double beyond qint64's range would be undefined behaviour.
        if (std::isfinite(number) && number == std::floor(number) && std::fabs(number) < 9.0e18)
            return QString::number(qint64(number));
        return QString::number(number);
    }
    default:
        return {};
    }
}

QString string(const QJsonValue &value, const QString &fallback)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return id(value);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return fallback;
    }
}

qint64 integer(const QJsonValue &value, qint64 fallback)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        // Out-of-range values would be undefined behaviour when converted.
        if (!std::isfinite(number) || std::fabs(number) > 9.0e18)
            return fallback;
        return qint64(number);
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        return ok ? number : fallback;
    }
    if (value.isBool())
        return value.toBool() ? 1 : 0;
    return fallback;
}

bool boolean(const QJsonValue &value, bool fallback)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0.0;
    if (value.isString()) {
        const QString text = value.toString().trimmed().toLower();
        if (text == QLatin1String("true") || text == QLatin1String("1"))
            return true;
        if (text == QLatin1String("false") || text == QLatin1String("0"))
            return false;
    }
    return fallback;
}

QJsonObject object(const QJsonValue &value)
{
    return value.isObject() ? value.toObject() : QJsonObject();
}

QJsonArray array(const QJsonValue &value)
{
    return value.isArray() ? value.toArray() : QJsonArray();
}

QStringList idList(const QJsonValue &value)
{
    QStringList ids;
    const QJsonArray items = array(value);
    for (const QJsonValue &item : items) {
        const QString itemId = id(item);
        if (!itemId.isEmpty())
            ids.append(itemId);
    }
    return ids;
}

QString imageUrl(const QJsonValue &value)
{
    return value.isObject() ? string(value.toObject().value(QLatin1String("image_url")))
                            : string(value);
}

} // namespace api::json
