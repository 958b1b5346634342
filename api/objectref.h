#pragma once

#include <QJsonObject>
#include <QString>

namespace api {

/// A reference to another object as Intercom embeds it: an author, an assignee, a contact
/// of a conversation, a tag of a contact ({type, id} plus optional name and email).
struct ObjectRef
{
    QString type;
    QString id;
    QString name;
    QString email;

    static ObjectRef fromJson(const QJsonObject &json);
    bool isNull() const { return id.isEmpty(); }
};

/// A file attached to a message or part.
struct Attachment
{
    QString type;
    QString name;
    QString url;
    QString contentType;
    qint64 fileSize = 0;
    int width = 0;
    int height = 0;

    static Attachment fromJson(const QJsonObject &json);
};

} // namespace api
