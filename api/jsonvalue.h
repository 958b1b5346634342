#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

/// Tolerant readers for JSON values coming from the Intercom API. Every function accepts a
/// missing, null or wrong-typed value and answers the fallback instead of failing, so a field
/// that changed type between API versions (2.15 integers vs 2.16 strings) never loses the rest.
namespace api::json {

/// An id as a string: "123" and 123 both give "123"; null, missing, objects give "".
QString id(const QJsonValue &value);
/// A string; numbers and booleans are converted, anything else gives the fallback.
QString string(const QJsonValue &value, const QString &fallback = {});
/// An integer (timestamps, counts); numeric strings are accepted.
qint64 integer(const QJsonValue &value, qint64 fallback = 0);
/// A boolean; "true"/"false" strings and 0/1 numbers are accepted.
bool boolean(const QJsonValue &value, bool fallback = false);
QJsonObject object(const QJsonValue &value);
QJsonArray array(const QJsonValue &value);
/// A list of ids from an array of strings or integers (e.g. team_ids, parent_ids).
QStringList idList(const QJsonValue &value);
/// An avatar: {"image_url": …} in most answers, a plain URL string in some.
QString imageUrl(const QJsonValue &value);

/// Parses each object of an array with T::fromJson, skipping non-objects.
template<typename T> QList<T> list(const QJsonValue &value)
{
    QList<T> result;
    const QJsonArray items = array(value);
    result.reserve(items.size());
    for (const QJsonValue &item : items) {
        if (item.isObject())
            result.append(T::fromJson(item.toObject()));
    }
    return result;
}

/// The items of a wrapper like {"type":"tag.list","tags":[…]} or a plain array.
template<typename T> QList<T> wrappedList(const QJsonValue &value, const QString &key)
{
    if (value.isArray())
        return list<T>(value);
    return list<T>(object(value).value(key));
}

} // namespace api::json
