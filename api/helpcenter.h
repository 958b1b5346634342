#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace api {

/// A help center of the workspace (GET /help_center/help_centers).
struct HelpCenter
{
    QString id;
    QString workspaceId;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QString identifier;
    QString displayName;
    QString url;
    QString customDomain;
    bool websiteTurnedOn = false;
    bool isDefault = false;
    QStringList locales;
    QJsonObject rawJson;

    static HelpCenter fromJson(const QJsonObject &json);
};

/// The answer of a DELETE: {id, object, deleted}.
struct DeletedObject
{
    QString id;
    QString object;
    bool deleted = false;

    static DeletedObject fromJson(const QJsonObject &json);
};

} // namespace api
