#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace api {

/// A teammate (GET /me, /admins, /admins/{id}). For GET /me the workspace fields are filled.
struct Admin
{
    QString id;
    QString name;
    QString email;
    QString jobTitle;
    QString avatarUrl; ///< from avatar.image_url (/me) or a plain avatar string (/admins/{id})
    bool awayModeEnabled = false;
    bool awayModeReassign = false;
    bool hasInboxSeat = false;
    QStringList teamIds;
    QString appIdCode; ///< the workspace id, only from GET /me
    QString appName;
    QString appRegion;
    QJsonObject rawJson;

    static Admin fromJson(const QJsonObject &json);
};

} // namespace api
