#include "conversationfilter.h"

namespace models {

using State = api::Conversation::State;

bool ConversationFilter::operator==(const ConversationFilter &other) const
{
    return states == other.states && adminAssigneeId == other.adminAssigneeId
           && teamAssigneeId == other.teamAssigneeId && tagId == other.tagId
           && priorities == other.priorities && createdFrom == other.createdFrom
           && createdTo == other.createdTo && updatedFrom == other.updatedFrom
           && updatedTo == other.updatedTo && text == other.text;
}

ConversationFilter ConversationFilter::mine(const QString &adminId)
{
    ConversationFilter filter = allOpen();
    filter.adminAssigneeId = adminId;
    return filter;
}

ConversationFilter ConversationFilter::unassigned()
{
    ConversationFilter filter = allOpen();
    filter.adminAssigneeId = api::Conversation::unassigned();
    filter.teamAssigneeId = api::Conversation::unassigned();
    return filter;
}

ConversationFilter ConversationFilter::team(const QString &teamId)
{
    ConversationFilter filter = allOpen();
    filter.teamAssigneeId = teamId;
    return filter;
}

ConversationFilter ConversationFilter::allOpen()
{
    ConversationFilter filter;
    filter.states = {State::Open};
    return filter;
}

ConversationFilter ConversationFilter::snoozed()
{
    ConversationFilter filter;
    filter.states = {State::Snoozed};
    return filter;
}

ConversationFilter ConversationFilter::closed()
{
    ConversationFilter filter;
    filter.states = {State::Closed};
    return filter;
}

} // namespace models
