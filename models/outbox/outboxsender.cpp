#include "outboxsender.h"

#include "actionrequest.h"
#include "deliverycheck.h"
#include "localeffects.h"

#include "api/intercomclient.h"
#include "models/store/conversationrepository.h"
#include "models/store/database.h"
#include "models/store/draftrepository.h"
#include "models/store/outboxrepository.h"
#include "models/store/transaction.h"
#include "models/storechanges.h"

#include <QRandomGenerator>

#include <limits>

namespace models {

using Kind = OutboxAction::Kind;
using State = OutboxEntry::State;
using Category = api::ApiError::Category;

OutboxSender::OutboxSender(Database &db, api::IntercomClient &client, StoreChanges *changes,
                           const OutboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_client(client)
    , m_changes(changes)
    , m_options(options)
{
    m_wakeTimer.setSingleShot(true);
    connect(&m_wakeTimer, &QTimer::timeout, this, &OutboxSender::pump);
    // Signed in again: what waited for the token goes now.
    connect(&m_client, &api::IntercomClient::tokenChanged, this, [this] {
        m_authenticationReported = false;
        wake();
    });
}

bool OutboxSender::isAuthenticationRequired() const
{
    return m_client.isAuthenticationRequired();
}

void OutboxSender::start()
{
    // Whatever was "sending" when the app stopped may or may not have reached the server:
    // back to queued with its attempts kept, so it is checked before being sent again.
    if (OutboxRepository(m_db).resetSending(now()) > 0 && m_changes)
        m_changes->notifyOutboxChanged({});
    wake();
}

void OutboxSender::setOnline(bool online)
{
    m_online = online;
    if (online)
        resume();
}

void OutboxSender::resume()
{
    // Entries waiting out a back-off (attempts > 0) go now; an undo window is left alone.
    m_db.exec(QStringLiteral("UPDATE outbox SET not_before = ? WHERE state = 'queued'"
                             " AND attempts > 0 AND not_before > ?"),
              {now(), now()});
    wake();
}

void OutboxSender::wake()
{
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_pumpScheduled = false;
        pump();
    });
}

void OutboxSender::pump()
{
    // Every request would be refused with the current token: wait for tokenChanged().
    if (!m_online || m_client.isAuthenticationRequired())
        return;
    OutboxRepository outbox(m_db);
    const qint64 t = now();
    for (const QString &conversationId : outbox.conversationsWithSendable(t)) {
        if (m_busy.size() >= m_options.maxParallel)
            break;
        if (m_busy.contains(conversationId))
            continue;
        if (const std::optional<OutboxEntry> head = outbox.nextSendable(conversationId, t))
            process(*head);
    }
    const qint64 wakeAt = outbox.nextWakeUp(now());
    if (wakeAt > 0)
        m_wakeTimer.start(
            int(qBound(qint64(0), wakeAt - now(), qint64(std::numeric_limits<int>::max()))));
    else
        m_wakeTimer.stop();
    if (m_busy.isEmpty() && outbox.conversationsWithSendable(now()).isEmpty())
        Q_EMIT idle();
}

void OutboxSender::process(const OutboxEntry &entry)
{
    const OutboxAction action = OutboxAction::fromEntry(entry);
    if (!OutboxRepository(m_db).markSending(entry.id, now()))
        return;
    m_busy.insert(entry.conversationId);
    if (m_changes)
        m_changes->notifyOutboxChanged(entry.conversationId);
    OutboxEntry sending = entry;
    sending.attempts += 1;
    sending.state = State::Sending;
    if (action.kind == Kind::Unknown) {
        finishFailed(sending, tr("This action is not known to this version of Triage."));
        return;
    }
    // Send and close: a reply that did not go out must not leave the conversation closed.
    if (action.follows > 0) {
        const std::optional<OutboxEntry> message = OutboxRepository(m_db).entry(action.follows);
        if (message && message->state == State::Failed) {
            finishFailed(sending, tr("Not closed, because the reply before it was not sent."));
            return;
        }
    }
    // attempts > 0: an earlier attempt may have been applied although its answer was lost.
    if (entry.attempts > 0)
        verifyThenSend(sending, action);
    else
        send(sending, action);
}

void OutboxSender::prepare(api::ApiJob *job) const
{
    if (m_options.transferTimeoutMs > 0)
        job->setTransferTimeout(m_options.transferTimeoutMs);
}

void OutboxSender::verifyThenSend(const OutboxEntry &entry, const OutboxAction &action)
{
    api::ConversationJob *job = m_client.getConversation(entry.conversationId);
    prepare(job);
    connect(job, &api::ApiJob::finished, this, [this, entry, action, job] {
        if (const api::ApiError &error = job->error()) {
            if (error.category == Category::Authentication)
                waitForToken(entry, false); // earlier attempts stay counted and checked
            else if (error.category == Category::NotFound || error.category == Category::Gone)
                finishFailed(entry, error.displayText());
            else
                retryLater(entry, error);
            return;
        }
        const api::Conversation &server = job->result();
        if (DeliveryCheck::isApplied(action, entry.marker, entry.createdAt, server,
                                     m_options.adminId))
            finishDone(entry, action, server);
        else
            send(entry, action);
    });
}

void OutboxSender::send(const OutboxEntry &entry, const OutboxAction &action)
{
    api::ApiJob *job = ActionRequest::start(m_client, entry.conversationId, action, entry.marker,
                                            m_options.adminId);
    prepare(job);
    connect(job, &api::ApiJob::finished, this,
            [this, entry, action, job] { onSent(entry, action, job); });
}

void OutboxSender::onSent(const OutboxEntry &entry, const OutboxAction &action, api::ApiJob *job)
{
    const api::ApiError &error = job->error();
    if (error.category == Category::Authentication)
        waitForToken(entry, job->attempts() > 1); // a 401 itself applied nothing
    else if (!error || ActionRequest::errorMeansApplied(action, error))
        finishDone(entry, action, ActionRequest::answeredConversation(job));
    else if (ActionRequest::isPermanent(error))
        finishFailed(entry, error.displayText());
    else
        retryLater(entry, error);
}

void OutboxSender::finishDone(const OutboxEntry &entry, const OutboxAction &action,
                              const std::optional<api::Conversation> &server)
{
    Transaction transaction(m_db);
    OutboxRepository outbox(m_db);
    ConversationRepository conversations(m_db);
    const bool stored = conversations.summary(entry.conversationId).has_value();
    bool ok = transaction.isActive() && outbox.markDone(entry.id, now());
    if (ok && action.isMessage()) {
        if (stored)
            ok = conversations.removePart(entry.conversationId,
                                          LocalEffects::localPartId(entry.marker));
        if (stored && server) {
            if (auto part = DeliveryCheck::findMessagePart(action, entry.marker, entry.createdAt,
                                                           *server, m_options.adminId))
                ok = ok && conversations.upsertParts(entry.conversationId, {*part});
        }
        // Confirmed sent: the draft goes, unless the agent has started another one since.
        DraftRepository drafts(m_db);
        const auto kind = action.kind == Kind::Note ? DraftRepository::Kind::Note
                                                    : DraftRepository::Kind::Reply;
        const std::optional<DraftRepository::Draft> draft = drafts.load(entry.conversationId, kind);
        if (ok && draft && draft->text == action.body
            && (draft->attachments.isEmpty() || draft->attachments == action.attachments))
            ok = drafts.clear(entry.conversationId, kind);
    }
    // With nothing else pending, the server's copy is the truth; otherwise later optimistic
    // effects must stay until their own answers come.
    if (ok && stored && server && outbox.pending(entry.conversationId).isEmpty())
        ok = conversations.upsertThread(*server, now());
    if (!ok || !transaction.commit()) {
        // Not recorded as done: the next attempt will find the effect and finish it.
        retryLater(entry,
                   api::ApiError::make(Category::None, tr("The store could not be written.")));
        return;
    }
    if (m_changes) {
        m_changes->notifyConversationsChanged({entry.conversationId});
        if (action.isMessage()) {
            m_changes->notifyPartsChanged(entry.conversationId);
            m_changes->notifyDraftChanged(entry.conversationId);
        }
    }
    release(entry, State::Done);
}

void OutboxSender::finishFailed(const OutboxEntry &entry, const QString &error)
{
    if (!OutboxRepository(m_db).markFailed(entry.id, error, now()))
        qWarning("outbox: entry %lld could not be marked failed", entry.id);
    release(entry, State::Failed);
}

void OutboxSender::retryLater(const OutboxEntry &entry, const api::ApiError &error)
{
    const qint64 notBefore = now() + backOffMs(entry.attempts, error);
    const QString text = error ? error.displayText() : error.message;
    if (!OutboxRepository(m_db).markRetry(entry.id, text, notBefore, now()))
        qWarning("outbox: entry %lld could not be queued again", entry.id);
    release(entry, State::Queued);
}

void OutboxSender::waitForToken(const OutboxEntry &entry, bool mayBeApplied)
{
    OutboxRepository outbox(m_db);
    // Not a failure the agent has to deal with: no error text, no back-off.
    const bool ok = mayBeApplied ? outbox.markRetry(entry.id, entry.lastError, now(), now())
                                 : outbox.markUnsent(entry.id, now());
    if (!ok)
        qWarning("outbox: entry %lld could not be queued again", entry.id);
    if (!m_authenticationReported) {
        m_authenticationReported = true;
        Q_EMIT authenticationRequired();
    }
    release(entry, State::Queued);
}

void OutboxSender::release(const OutboxEntry &entry, State state)
{
    m_busy.remove(entry.conversationId);
    if (m_changes)
        m_changes->notifyOutboxChanged(entry.conversationId);
    Q_EMIT entryChanged(entry.id, state);
    wake();
}

qint64 OutboxSender::backOffMs(int attempt, const api::ApiError &error) const
{
    api::RetryPolicy policy = m_options.retryPolicy;
    policy.maxAttempts = std::numeric_limits<int>::max();
    policy.maxRetryAfterMs = std::numeric_limits<qint64>::max();
    api::RetryInput input;
    input.attempt = attempt;
    // Every failure that reaches here is worth another try: classify it as one the pure
    // function retries, keeping the server's Retry-After.
    input.error = api::ApiError::make(Category::Unavailable);
    input.error.retryAfterMs = error.retryAfterMs;
    input.idempotent = true;
    input.randomUnit
        = m_options.random ? m_options.random() : QRandomGenerator::global()->generateDouble();
    // A server's Retry-After is honoured up to the cap, like the back-off.
    return qMin(api::retryDelayMs(policy, input).value_or(policy.maxDelayMs), policy.maxDelayMs);
}

} // namespace models
