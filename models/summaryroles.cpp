#include "summaryroles.h"

#include "conversationroles.h"
#include "store/conversationfiltersql.h"
#include "store/conversationsummary.h"

#include <QTimeZone>

namespace models {

QDateTime utcFromSeconds(qint64 seconds)
{
    return seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()) : QDateTime();
}

QVariant summaryRoleData(const ConversationSummary &row, int role)
{
    switch (role) {
    case ConversationIdRole:
        return row.id;
    case SnippetRole:
        return row.snippet;
    case UpdatedAtRole:
        return utcFromSeconds(row.updatedAt);
    case WaitingSinceRole:
        return utcFromSeconds(row.waitingSince);
    case StateRole:
        return ConversationFilterSql::stateName(row.state);
    case PriorityRole:
        return api::Conversation::priorityToString(row.priority);
    case AdminAssigneeIdRole:
        return row.adminAssigneeId;
    case TeamAssigneeIdRole:
        return row.teamAssigneeId;
    case IsReadRole:
        return row.read;
    default:
        return {};
    }
}

} // namespace models
