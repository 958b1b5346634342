#pragma once

#include "objectref.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace api {

/// One entry of a conversation's history: a comment, a note, an assignment, a close…
/// part_type is kept as the server's free string.
struct ConversationPart
{
    QString id;
    QString partType; ///< "comment", "note", "assignment", "close", "open", "snoozed", …
    QString body;     ///< HTML (or plain text with display_as=plaintext); may be empty
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 notifiedAt = 0;
    ObjectRef author;
    ObjectRef assignedTo;
    QList<Attachment> attachments;
    QString externalId;
    bool redacted = false;
    QJsonObject rawJson;

    static ConversationPart fromJson(const QJsonObject &json);
    bool isNote() const { return partType == QLatin1String("note"); }
};

} // namespace api
