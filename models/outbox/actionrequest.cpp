#include "actionrequest.h"

#include "deliverycheck.h"

#include "api/intercomclient.h"

namespace models {

using Kind = OutboxAction::Kind;
using Category = api::ApiError::Category;

api::ApiJob *ActionRequest::start(api::IntercomClient &client, const QString &conversationId,
                                  const OutboxAction &action, const QString &marker,
                                  const QString &adminId)
{
    switch (action.kind) {
    case Kind::Reply:
    case Kind::Note: {
        api::ReplyRequest reply;
        reply.kind = action.kind == Kind::Note ? api::ReplyRequest::Kind::Note
                                               : api::ReplyRequest::Kind::Comment;
        reply.adminId = adminId;
        reply.body = DeliveryCheck::markedBody(action.body, marker, !action.attachments.isEmpty());
        for (const MessageAttachment &file : action.attachments)
            reply.attachmentFiles.append({file.contentType, file.data, file.name});
        return client.reply(conversationId, reply);
    }
    case Kind::Assign:
        return client.assignConversation(conversationId, adminId,
                                         action.assigneeType == OutboxAction::AssigneeType::Team
                                             ? api::IntercomClient::AssigneeType::Team
                                             : api::IntercomClient::AssigneeType::Admin,
                                         action.assigneeId);
    case Kind::Snooze:
        return client.snoozeConversation(conversationId, adminId, action.snoozedUntil);
    case Kind::Open:
        return client.openConversation(conversationId, adminId);
    case Kind::Close:
        return client.closeConversation(conversationId, adminId);
    case Kind::Tag:
        return client.tagConversation(conversationId, action.tagId, adminId);
    case Kind::Untag:
        return client.untagConversation(conversationId, action.tagId, adminId);
    case Kind::Read: {
        api::ConversationUpdate update;
        update.read = action.read;
        return client.updateConversation(conversationId, update);
    }
    case Kind::Unknown:
        break;
    }
    return nullptr;
}

std::optional<api::Conversation> ActionRequest::answeredConversation(api::ApiJob *job)
{
    const auto *conversationJob = dynamic_cast<api::ConversationJob *>(job);
    if (!conversationJob || conversationJob->error() || conversationJob->result().id.isEmpty())
        return std::nullopt;
    return conversationJob->result();
}

bool ActionRequest::errorMeansApplied(const OutboxAction &action, const api::ApiError &error)
{
    return action.kind == Kind::Untag && error.category == Category::NotFound
           && error.code == QLatin1String("tag_not_found");
}

bool ActionRequest::isPermanent(const api::ApiError &error)
{
    switch (error.category) {
    case Category::Forbidden:
    case Category::NotFound:
    case Category::Gone:
    case Category::BadRequest:
    case Category::InvalidRequest:
        return true;
    default:
        return false;
    }
}

} // namespace models
