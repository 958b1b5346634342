#pragma once

#include "outboxaction.h"
#include "outboxoptions.h"

#include "models/store/outboxentry.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <optional>

namespace api {
class ApiError;
class ApiJob;
class IntercomClient;
} // namespace api

namespace models {

class Database;
class StoreChanges;

/// Delivers the outbox: the head of each conversation's queue in order, a few conversations
/// at a time, with back-off after transient failures. An entry that may already have reached
/// the server (attempts > 0: a lost answer, or the app died while it was sending) is first
/// checked against a fresh copy of the conversation (DeliveryCheck) and only sent again if
/// its effect is not there: that is what makes delivery exactly-once.
/// On success it marks the entry done, swaps the local part for the server's, reconciles the
/// conversation when nothing else is pending for it, and clears the draft that was sent.
/// A refused token (401) is not a failure of the action: the entry goes back in line as if it
/// had not been attempted, and nothing is sent while the client waits for a new token
/// (IntercomClient::isAuthenticationRequired()); the client's new token resumes delivery.
/// GUI-thread object; the Database, client and StoreChanges must outlive it.
class OutboxSender : public QObject
{
    Q_OBJECT
public:
    OutboxSender(Database &db, api::IntercomClient &client, StoreChanges *changes,
                 const OutboxOptions &options, QObject *parent = nullptr);

    /// Treats entries left "sending" by an earlier run as outcome-unknown, then sends.
    void start();
    /// Offline: nothing is sent (queued entries wait). Going online sends at once.
    void setOnline(bool online);
    bool isOnline() const { return m_online; }
    /// The network is back (or the user asked): entries waiting for a back-off go now.
    void resume();
    /// Looks at the queue on the next event-loop turn (after an enqueue or a retry).
    void wake();
    /// Conversations with a request in flight.
    int busyCount() const { return int(m_busy.size()); }
    /// Holding because the client's token was refused.
    bool isAuthenticationRequired() const;

Q_SIGNALS:
    /// An entry reached done or failed (or went back to queued after a transient failure).
    void entryChanged(qint64 id, models::OutboxEntry::State state);
    /// Nothing is in flight and nothing can be sent before the next wake-up.
    void idle();
    /// An action met a refused token and waits, queued, for a new one. Once per token.
    void authenticationRequired();

private:
    void pump();
    void process(const OutboxEntry &entry);
    void verifyThenSend(const OutboxEntry &entry, const OutboxAction &action);
    void send(const OutboxEntry &entry, const OutboxAction &action);
    void onSent(const OutboxEntry &entry, const OutboxAction &action, api::ApiJob *job);
    void finishDone(const OutboxEntry &entry, const OutboxAction &action,
                    const std::optional<api::Conversation> &server);
    void finishFailed(const OutboxEntry &entry, const QString &error);
    void retryLater(const OutboxEntry &entry, const api::ApiError &error);
    /// A 401: back in line; the attempt counts only if \a mayBeApplied (an earlier try of the
    /// same request may have reached the server), so that it is checked before it is resent.
    void waitForToken(const OutboxEntry &entry, bool mayBeApplied);
    void release(const OutboxEntry &entry, OutboxEntry::State state);
    void prepare(api::ApiJob *job) const;
    qint64 backOffMs(int attempt, const api::ApiError &error) const;
    qint64 now() const { return m_options.clock(); }

    Database &m_db;
    api::IntercomClient &m_client;
    StoreChanges *m_changes;
    OutboxOptions m_options;
    QSet<QString> m_busy; ///< conversations with an entry in flight
    QTimer m_wakeTimer;
    bool m_online = true;
    bool m_authenticationReported = false; ///< authenticationRequired() sent for this token
    bool m_pumpScheduled = false;
};

} // namespace models
