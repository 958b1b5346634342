#pragma once

#include "outboxaction.h"

#include "api/apierror.h"
#include "api/conversation.h"

#include <optional>

namespace api {
class ApiJob;
class IntercomClient;
} // namespace api

namespace models {

/// Turns an outbox action into its API request, and reads what came back. Stateless.
class ActionRequest
{
public:
    /// Starts the request of \a action (acting as \a adminId); the job belongs to the client.
    static api::ApiJob *start(api::IntercomClient &client, const QString &conversationId,
                              const OutboxAction &action, const QString &marker,
                              const QString &adminId);
    /// The updated conversation the server answered with, when the request returns one.
    static std::optional<api::Conversation> answeredConversation(api::ApiJob *job);
    /// An error that still means the intended state holds (removing a tag that is not there).
    static bool errorMeansApplied(const OutboxAction &action, const api::ApiError &error);
    /// 400/403/404/410 and refused requests: sending again cannot help.
    static bool isPermanent(const api::ApiError &error);
};

} // namespace models
