#pragma once

#include "objectref.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace api {

/// A user or lead (GET /contacts, /contacts/{id}, search). owner_id is an integer in 2.15
/// and a string in 2.16; both are stored as a string.
struct Contact
{
    QString id;
    QString externalId;
    QString workspaceId;
    QString role; ///< "user" or "lead"
    QString email;
    QString phone;
    QString name;
    QString avatarUrl;
    QString ownerId;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 signedUpAt = 0;
    qint64 lastSeenAt = 0;
    qint64 lastRepliedAt = 0;
    qint64 lastContactedAt = 0;
    QString country;
    QString region;
    QString city;
    QJsonObject customAttributes;
    QList<ObjectRef> tags;      ///< up to 10, as embedded
    QList<ObjectRef> companies; ///< up to 10, as embedded
    QJsonObject rawJson;

    static Contact fromJson(const QJsonObject &json);
};

} // namespace api
