#include "contactattribute.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace models {

namespace {

bool isDateKey(const QString &key)
{
    return key.endsWith(QLatin1String("_at")) || key.endsWith(QLatin1String("_date"));
}

/// A timestamp for a date key holding a whole, positive number of seconds.
QDateTime dateOf(const QString &key, const QJsonValue &value)
{
    if (!isDateKey(key) || !value.isDouble())
        return {};
    const double seconds = value.toDouble();
    if (seconds <= 0 || seconds != std::floor(seconds))
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(seconds));
}

QVariant variantOf(const QString &key, const QJsonValue &value)
{
    if (const QDateTime date = dateOf(key, value); date.isValid())
        return date;
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number == std::floor(number) && std::abs(number) < 9e15)
            return qint64(number);
    }
    return value.toVariant();
}

} // namespace

QString ContactAttribute::textOf(const QString &key, const QJsonValue &value)
{
    const QLocale locale;
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? tr("Yes") : tr("No");
    case QJsonValue::Double: {
        if (const QDateTime date = dateOf(key, value); date.isValid())
            return locale.toString(date.toLocalTime(), QLocale::ShortFormat);
        const QVariant number = variantOf(key, value);
        if (number.typeId() == QMetaType::LongLong)
            return locale.toString(number.toLongLong());
        return locale.toString(value.toDouble(), 'g', 12);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QList<ContactAttribute> ContactAttribute::fromJson(const QJsonObject &attributes)
{
    QList<ContactAttribute> result;
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        const QString text = textOf(it.key(), it.value());
        if (text.trimmed().isEmpty())
            continue;
        result.append({it.key(), variantOf(it.key(), it.value()), text});
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const ContactAttribute &a, const ContactAttribute &b) {
                         return a.key.compare(b.key, Qt::CaseInsensitive) < 0;
                     });
    return result;
}

} // namespace models
