#pragma once

#include "objectref.h"

#include <QJsonObject>
#include <QString>

namespace api {

/// A note on a contact (GET/POST /contacts/{id}/notes).
struct Note
{
    QString id;
    qint64 createdAt = 0;
    QString contactId;
    ObjectRef author; ///< the admin who wrote it
    QString body;     ///< HTML
    QJsonObject rawJson;

    static Note fromJson(const QJsonObject &json);
};

} // namespace api
