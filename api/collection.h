#pragma once

#include <QJsonObject>
#include <QString>

namespace api {

/// A help-center collection. Collections nest through parentId (2.16 has no sections).
struct Collection
{
    QString id;
    QString workspaceId;
    QString name;
    QString description;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QString url;
    QString icon;
    int order = 0;
    QString defaultLocale;
    QString parentId; ///< empty at top level
    QString helpCenterId;
    QJsonObject rawJson;

    static Collection fromJson(const QJsonObject &json);
};

} // namespace api
