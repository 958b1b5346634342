#include "stalereplyguard.h"

#include "localeffects.h"
#include "outbox.h"

#include "api/intercomclient.h"
#include "models/store/conversationrepository.h"

namespace models {

namespace {

bool isLocal(const api::ConversationPart &part)
{
    return part.id.startsWith(LocalEffects::localPartId({}));
}

/// Parts an agent must read before answering: messages and notes, or anything with text.
bool isMessage(const api::ConversationPart &part)
{
    return part.partType == QLatin1String("comment") || part.partType == QLatin1String("note")
           || !part.body.trimmed().isEmpty();
}

} // namespace

StaleReplyGuard::StaleReplyGuard(Database &db, api::IntercomClient &client, Outbox &outbox,
                                 const QString &adminId, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_client(client)
    , m_outbox(outbox)
    , m_adminId(adminId)
{}

void StaleReplyGuard::markSeen(const QString &conversationId)
{
    ConversationRepository repo(m_db);
    Seen &seen = m_seen[conversationId];
    // Without stored parts, the conversation's last change stands for what was seen.
    if (const std::optional<ConversationSummary> summary = repo.summary(conversationId))
        seen.newestCreatedAt = qMax(seen.newestCreatedAt, summary->updatedAt);
    markSeen(conversationId, repo.parts(conversationId));
}

void StaleReplyGuard::markSeen(const QString &conversationId,
                               const QList<api::ConversationPart> &parts)
{
    Seen &seen = m_seen[conversationId];
    for (const api::ConversationPart &part : parts) {
        if (isLocal(part))
            continue;
        seen.ids.insert(part.id);
        seen.newestCreatedAt = qMax(seen.newestCreatedAt, part.createdAt);
    }
}

QList<api::ConversationPart>
StaleReplyGuard::unseenFromOthers(const QString &conversationId,
                                  const QList<api::ConversationPart> &parts) const
{
    QList<api::ConversationPart> result;
    const auto seen = m_seen.constFind(conversationId);
    if (seen == m_seen.constEnd())
        return result; // never opened: nothing to compare with
    for (const api::ConversationPart &part : parts) {
        const bool own = part.author.type == QLatin1String("admin") && part.author.id == m_adminId;
        // Same second as the newest seen part but not seen: it came after (ids decide).
        if (!own && !isLocal(part) && isMessage(part) && !seen->ids.contains(part.id)
            && part.createdAt >= seen->newestCreatedAt)
            result.append(part);
    }
    return result;
}

void StaleReplyGuard::checkBeforeSend(const QString &conversationId, OutboxAction::Kind kind,
                                      const QString &body)
{
    checkBeforeSend(conversationId, kind == OutboxAction::Kind::Note ? OutboxAction::note(body)
                                                                     : OutboxAction::reply(body));
}

void StaleReplyGuard::checkBeforeSend(const QString &conversationId, const OutboxAction &message,
                                      bool thenClose)
{
    m_held.insert(conversationId, Held{message, thenClose, {}});
    api::ConversationJob *job = m_client.getConversation(conversationId);
    connect(job, &api::ApiJob::finished, this, [this, job, conversationId] {
        if (!m_held.contains(conversationId))
            return; // cancelled meanwhile
        if (job->error()) {
            // Offline or failing: judge by the copy as last synced.
            decide(conversationId, ConversationRepository(m_db).parts(conversationId));
            return;
        }
        decide(conversationId, job->result().parts);
    });
}

void StaleReplyGuard::decide(const QString &conversationId,
                             const QList<api::ConversationPart> &parts)
{
    Held &held = m_held[conversationId];
    held.reported = unseenFromOthers(conversationId, parts);
    if (!held.reported.isEmpty()) {
        Q_EMIT newPartsFound(conversationId, held.reported);
        return;
    }
    queue(conversationId, m_held.take(conversationId));
}

qint64 StaleReplyGuard::sendAnyway(const QString &conversationId)
{
    if (!m_held.contains(conversationId))
        return 0;
    const Held held = m_held.take(conversationId);
    markSeen(conversationId, held.reported);
    return queue(conversationId, held);
}

qint64 StaleReplyGuard::queue(const QString &conversationId, const Held &held)
{
    const qint64 id = m_outbox.enqueue(conversationId, held.action, held.thenClose);
    if (id > 0)
        Q_EMIT queued(conversationId, id);
    else
        Q_EMIT queueFailed(conversationId);
    return id;
}

void StaleReplyGuard::cancel(const QString &conversationId)
{
    m_held.remove(conversationId);
}

} // namespace models
