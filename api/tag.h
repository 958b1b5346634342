#pragma once

#include <QJsonObject>
#include <QString>

namespace api {

/// A tag, as listed by GET /tags or embedded in conversations and contacts.
struct Tag
{
    QString id;
    QString name;
    qint64 appliedAt = 0; ///< when attached to the object it was embedded in; 0 if unknown
    QString appliedById;  ///< the admin who attached it, if known

    static Tag fromJson(const QJsonObject &json);
};

} // namespace api
