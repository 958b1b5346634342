#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace api {

/// A help-center article (list item or full article).
struct Article
{
    enum class State { Unknown, Published, Draft };

    QString id;
    QString workspaceId;
    QString title;
    QString description;
    QString body; ///< HTML
    QString authorId;
    State state = State::Unknown;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QString url;
    QString parentId;
    QString parentType; ///< "collection" or "section"
    QStringList parentIds;
    QString defaultLocale;
    QJsonObject rawJson;

    static Article fromJson(const QJsonObject &json);
    static State stateFromString(const QString &text);
    static QString stateToString(State state);
};

} // namespace api
