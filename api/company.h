#pragma once

#include "tag.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace api {

/// A company (GET /companies, /companies/{id}).
struct Company
{
    QString id;        ///< Intercom's id
    QString companyId; ///< the workspace's own id for the company
    QString name;
    QString plan; ///< plan.name, or a plain string
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 lastRequestAt = 0;
    qint64 size = 0;
    QString website;
    QString industry;
    double monthlySpend = 0;
    qint64 sessionCount = 0;
    qint64 userCount = 0;
    QJsonObject customAttributes;
    QList<Tag> tags;
    QJsonObject rawJson;

    static Company fromJson(const QJsonObject &json);
};

} // namespace api
