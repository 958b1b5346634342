#pragma once

#include "api/conversation.h"

#include <QList>
#include <QString>

namespace models {

/// What a conversation list shows: a view of the inbox (mine, unassigned, a team, all open,
/// snoozed, closed) or a search. Shared by the store's views and local search (see
/// ConversationFilterSql) and by the server search. Plain value; every field left at its
/// default means "any".
struct ConversationFilter
{
    /// Empty: any state.
    QList<api::Conversation::State> states;
    /// Empty: any admin. api::Conversation::unassigned() ("0"): no admin.
    QString adminAssigneeId;
    /// Empty: any team. "0": no team.
    QString teamAssigneeId;
    /// Empty: any tag; else conversations carrying this tag.
    QString tagId;
    /// Empty: any priority.
    QList<api::Conversation::Priority> priorities;
    /// Inclusive Unix-second bounds; 0 leaves a bound open.
    qint64 createdFrom = 0;
    qint64 createdTo = 0;
    qint64 updatedFrom = 0;
    qint64 updatedTo = 0;
    /// Free text (full-text search over titles, messages, notes, contact names and emails).
    QString text;

    bool operator==(const ConversationFilter &other) const;
    bool operator!=(const ConversationFilter &other) const { return !(*this == other); }

    /// The inbox views. "Mine", "unassigned" and a team's inbox show open conversations;
    /// unassigned means neither an admin nor a team.
    static ConversationFilter mine(const QString &adminId);
    static ConversationFilter unassigned();
    static ConversationFilter team(const QString &teamId);
    static ConversationFilter allOpen();
    static ConversationFilter snoozed();
    static ConversationFilter closed();
};

} // namespace models
