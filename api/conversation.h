#pragma once

#include "conversationpart.h"
#include "objectref.h"
#include "tag.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace api {

/// The message that started a conversation.
struct ConversationSource
{
    QString type; ///< "conversation", "email", "push", …
    QString id;
    QString deliveredAs;
    QString subject;
    QString body;
    QString url;
    ObjectRef author;
    QList<Attachment> attachments;
    bool redacted = false;

    static ConversationSource fromJson(const QJsonObject &json);
};

/// A conversation: a list item (GET/search /conversations) or, with parts, a full
/// conversation (GET /conversations/{id}). Parses 2.15 and 2.16 shapes alike.
struct Conversation
{
    enum class State { Unknown, Open, Closed, Snoozed };
    /// 2.16 values; 2.15's "priority" maps to High and "not_priority" to None.
    enum class Priority { None, Low, Medium, High, Urgent };

    /// What admin_assignee_id / team_assignee_id hold when nobody is assigned (2.16 sends
    /// 0, 2.15 sent null; both are stored as this).
    static constexpr QLatin1String unassigned() { return QLatin1String("0"); }

    QString id;
    QString title;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 waitingSince = 0; ///< 0 when the admin replied last
    qint64 snoozedUntil = 0;
    bool open = false;
    bool read = false;
    State state = State::Unknown;
    Priority priority = Priority::None;
    QString adminAssigneeId = unassigned();
    QString teamAssigneeId = unassigned();
    QList<Tag> tags;
    ConversationSource source;
    QList<ObjectRef> contacts;
    QList<ObjectRef> teammates;
    QJsonObject customAttributes;
    QString companyId;
    QList<ConversationPart> parts; ///< only from GET /conversations/{id}, oldest first
    int partsTotalCount = 0;
    QJsonObject rawJson;

    static Conversation fromJson(const QJsonObject &json);
    static State stateFromString(const QString &text);
    static Priority priorityFromString(const QString &text);
    static QString priorityToString(Priority priority);

    bool isAssignedToAdmin() const { return adminAssigneeId != unassigned(); }
    bool isAssignedToTeam() const { return teamAssigneeId != unassigned(); }
};

} // namespace api
