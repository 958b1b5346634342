#pragma once

#include <QByteArray>
#include <QHash>
#include <Qt>

namespace models {

/// The roles every conversation list model answers. Views and delegates read these and
/// nothing else, so a model over the API and a model over the local store are interchangeable.
/// Qt::DisplayRole is the title (or the first message as plain text when there is none).
enum ConversationRole {
    ConversationIdRole = Qt::UserRole + 1, ///< QString
    TitleRole,             ///< QString: the title, or the first message as plain text
    SnippetRole,           ///< QString: the first message as plain text, one line
    ContactNameRole,       ///< QString: who started it (name, else email)
    UpdatedAtRole,         ///< QDateTime (UTC)
    WaitingSinceRole,      ///< QDateTime (UTC), invalid when nobody is waiting
    StateRole,             ///< QString: "open", "snoozed", "closed"
    PriorityRole,          ///< QString: "none", "low", "medium", "high", "urgent"
    AdminAssigneeIdRole,   ///< QString, "0" when unassigned
    TeamAssigneeIdRole,    ///< QString, "0" when unassigned
    TagNamesRole,          ///< QStringList
    IsReadRole,            ///< bool
    IsPendingRole,         ///< bool: a local action on it is not yet confirmed by the server
    IsStaleRole,           ///< bool: the local copy may be out of date
    AssigneeNameRole,      ///< QString: the teammate's name, else the team's; empty if neither
    IsServerResultRole,    ///< bool: found by the server search, not by the local index
                           ///< (SearchResultsModel; other models answer false or nothing)
};
// Qt::AccessibleTextRole: the whole row in words (models::ConversationDescription).

/// The role names every conversation list answers (the roles above up to IsStaleRole, less
/// TagNamesRole, which not every list has); a model adds the names of its further roles.
inline QHash<int, QByteArray> conversationRoleNames()
{
    return {{ConversationIdRole, "conversationId"},
            {TitleRole, "title"},
            {SnippetRole, "snippet"},
            {ContactNameRole, "contactName"},
            {UpdatedAtRole, "updatedAt"},
            {WaitingSinceRole, "waitingSince"},
            {StateRole, "state"},
            {PriorityRole, "priority"},
            {AdminAssigneeIdRole, "adminAssigneeId"},
            {TeamAssigneeIdRole, "teamAssigneeId"},
            {IsReadRole, "isRead"},
            {IsPendingRole, "isPending"},
            {IsStaleRole, "isStale"}};
}

} // namespace models
