#include "localeffects.h"

#include "models/store/conversationrepository.h"

namespace models {

using Kind = OutboxAction::Kind;
using State = api::Conversation::State;

QString LocalEffects::localPartId(const QString &marker)
{
    return QLatin1String("local-") + marker;
}

api::ConversationPart LocalEffects::localPart(const OutboxAction &action, const QString &marker,
                                              qint64 nowMs) const
{
    api::ConversationPart part;
    part.id = localPartId(marker);
    part.partType = action.kind == Kind::Note ? QStringLiteral("note") : QStringLiteral("comment");
    part.body = action.body;
    part.createdAt = nowMs / 1000;
    part.updatedAt = part.createdAt;
    part.author.type = QStringLiteral("admin");
    part.author.id = m_adminId;
    // Shown with the message until the server's part (with real URLs) replaces it.
    for (const MessageAttachment &file : action.attachments) {
        api::Attachment attachment;
        attachment.type = QStringLiteral("upload");
        attachment.name = file.name;
        attachment.contentType = file.contentType;
        attachment.fileSize = file.data.size();
        part.attachments.append(attachment);
    }
    return part;
}

void LocalEffects::captureBefore(const QString &conversationId, OutboxAction &action)
{
    const std::optional<ConversationSummary> stored
        = ConversationRepository(m_db).summary(conversationId);
    action.before = {};
    if (!stored)
        return;
    action.before.known = true;
    action.before.state = stored->state;
    action.before.snoozedUntil = stored->snoozedUntil;
    action.before.adminAssigneeId = stored->adminAssigneeId;
    action.before.teamAssigneeId = stored->teamAssigneeId;
    action.before.read = stored->read;
    action.before.tagged = stored->tagIds.contains(action.tagId);
}

bool LocalEffects::apply(const QString &conversationId, const OutboxAction &action,
                         const QString &marker, qint64 nowMs)
{
    if (!action.before.known)
        return true;
    ConversationRepository repo(m_db);
    switch (action.kind) {
    case Kind::Reply:
    case Kind::Note:
        return repo.upsertParts(conversationId, {localPart(action, marker, nowMs)});
    case Kind::Assign: {
        const bool team = action.assigneeType == OutboxAction::AssigneeType::Team;
        const std::optional<ConversationSummary> now = repo.summary(conversationId);
        if (!now)
            return false;
        return repo.setAssignees(conversationId, team ? now->adminAssigneeId : action.assigneeId,
                                 team ? action.assigneeId : now->teamAssigneeId);
    }
    case Kind::Snooze:
        return repo.setState(conversationId, State::Snoozed, action.snoozedUntil);
    case Kind::Open:
        return repo.setState(conversationId, State::Open);
    case Kind::Close:
        return repo.setState(conversationId, State::Closed);
    case Kind::Tag:
        return repo.addTag(conversationId, action.tagId);
    case Kind::Untag:
        return repo.removeTag(conversationId, action.tagId);
    case Kind::Read:
        return repo.setRead(conversationId, action.read);
    case Kind::Unknown:
        break;
    }
    return false;
}

bool LocalEffects::revert(const QString &conversationId, const OutboxAction &action,
                          const QString &marker)
{
    if (!action.before.known)
        return true;
    ConversationRepository repo(m_db);
    const OutboxAction::Before &b = action.before;
    switch (action.kind) {
    case Kind::Reply:
    case Kind::Note:
        return repo.removePart(conversationId, localPartId(marker));
    case Kind::Assign: {
        const bool team = action.assigneeType == OutboxAction::AssigneeType::Team;
        const std::optional<ConversationSummary> now = repo.summary(conversationId);
        if (!now)
            return true; // gone meanwhile: nothing to put back
        return repo.setAssignees(conversationId, team ? now->adminAssigneeId : b.adminAssigneeId,
                                 team ? b.teamAssigneeId : now->teamAssigneeId);
    }
    case Kind::Snooze:
    case Kind::Open:
    case Kind::Close:
        return repo.setState(conversationId, b.state, b.snoozedUntil);
    case Kind::Tag:
        return b.tagged || repo.removeTag(conversationId, action.tagId);
    case Kind::Untag:
        return !b.tagged || repo.addTag(conversationId, action.tagId);
    case Kind::Read:
        return repo.setRead(conversationId, b.read);
    case Kind::Unknown:
        break;
    }
    return false;
}

} // namespace models
