#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace api {

/// A team of admins (GET /teams, /teams/{id}).
struct Team
{
    QString id;
    QString name;
    QStringList adminIds;
    QJsonObject rawJson;

    static Team fromJson(const QJsonObject &json);
};

} // namespace api
