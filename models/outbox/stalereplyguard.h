#pragma once

#include "outboxaction.h"

#include "api/conversationpart.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

namespace api {
class IntercomClient;
}

namespace models {

class Database;
class Outbox;

/// Keeps an agent from replying blind: remembers the newest part seen when a conversation
/// was opened, and before a reply or note is queued, re-reads the conversation (or, offline,
/// uses the stored copy as last synced) for parts from someone else (the customer, another
/// teammate) that came since. If there are any, the message is held and newPartsFound()
/// tells the UI, which shows them and then calls sendAnyway() or cancel().
/// GUI-thread object; the Database, client and Outbox must outlive it.
class StaleReplyGuard : public QObject
{
    Q_OBJECT
public:
    StaleReplyGuard(Database &db, api::IntercomClient &client, Outbox &outbox,
                    const QString &adminId, QObject *parent = nullptr);

    /// The agent opened the conversation: every stored part counts as seen.
    void markSeen(const QString &conversationId);
    /// The agent has seen \a parts (e.g. the thread as shown, or the reported new parts).
    void markSeen(const QString &conversationId, const QList<api::ConversationPart> &parts);

    /// Parts in \a parts from someone else than the agent, newer than what was seen.
    QList<api::ConversationPart> unseenFromOthers(const QString &conversationId,
                                                  const QList<api::ConversationPart> &parts) const;

    /// Checks for new parts, then queues the message (queued()) or holds it (newPartsFound()).
    /// One held message per conversation; a new call replaces it.
    void checkBeforeSend(const QString &conversationId, OutboxAction::Kind kind,
                         const QString &body);
    /// Same for a whole message (with its files); \a thenClose queues it with
    /// Outbox::replyAndClose() (send and close).
    void checkBeforeSend(const QString &conversationId, const OutboxAction &message,
                         bool thenClose = false);
    /// Queues the held message anyway; the reported parts count as seen. 0 if none was held.
    qint64 sendAnyway(const QString &conversationId);
    /// Drops the held message (its text is still in the draft).
    void cancel(const QString &conversationId);
    bool isHolding(const QString &conversationId) const { return m_held.contains(conversationId); }

Q_SIGNALS:
    void newPartsFound(const QString &conversationId, const QList<api::ConversationPart> &parts);
    void queued(const QString &conversationId, qint64 outboxId);
    /// Outbox::lastError() says why.
    void queueFailed(const QString &conversationId);

private:
    struct Seen
    {
        qint64 newestCreatedAt = 0;
        QSet<QString> ids;
    };
    struct Held
    {
        OutboxAction action;
        bool thenClose = false;
        QList<api::ConversationPart> reported;
    };

    void decide(const QString &conversationId, const QList<api::ConversationPart> &parts);
    qint64 queue(const QString &conversationId, const Held &held);

    Database &m_db;
    api::IntercomClient &m_client;
    Outbox &m_outbox;
    QString m_adminId;
    QHash<QString, Seen> m_seen;
    QHash<QString, Held> m_held;
};

} // namespace models
