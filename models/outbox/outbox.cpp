#include "outbox.h"

#include "localeffects.h"
#include "outboxsender.h"

#include "api/intercomclient.h"
#include "models/store/conversationrepository.h"
#include "models/store/database.h"
#include "models/store/draftrepository.h"
#include "models/store/outboxrepository.h"
#include "models/store/transaction.h"
#include "models/storechanges.h"

#include <QUuid>

namespace models {

using Kind = OutboxAction::Kind;
using State = OutboxEntry::State;

namespace {

DraftRepository::Kind draftKind(const OutboxAction &action)
{
    return action.kind == Kind::Note ? DraftRepository::Kind::Note : DraftRepository::Kind::Reply;
}

} // namespace

Outbox::Outbox(Database &db, api::IntercomClient &client, StoreChanges *changes,
               const OutboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_client(client)
    , m_changes(changes)
    , m_options(options)
    , m_sender(new OutboxSender(db, client, changes, options, this))
{
    connect(m_sender, &OutboxSender::entryChanged, this, &Outbox::entryChanged);
    connect(m_sender, &OutboxSender::idle, this, &Outbox::idle);
    connect(m_sender, &OutboxSender::authenticationRequired, this, &Outbox::authenticationRequired);
}

Outbox::~Outbox() = default;

void Outbox::start()
{
    m_sender->start();
}

void Outbox::setOnline(bool online)
{
    m_sender->setOnline(online);
}

bool Outbox::isOnline() const
{
    return m_sender->isOnline();
}

void Outbox::resume()
{
    m_sender->resume();
}

bool Outbox::isAuthenticationRequired() const
{
    return m_sender->isAuthenticationRequired();
}

qint64 Outbox::reply(const QString &conversationId, const QString &body,
                     const QList<MessageAttachment> &attachments)
{
    return enqueue(conversationId, OutboxAction::reply(body, attachments));
}

qint64 Outbox::note(const QString &conversationId, const QString &body,
                    const QList<MessageAttachment> &attachments)
{
    return enqueue(conversationId, OutboxAction::note(body, attachments));
}

qint64 Outbox::replyAndClose(const QString &conversationId, const QString &body,
                             const QList<MessageAttachment> &attachments)
{
    return enqueue(conversationId, OutboxAction::reply(body, attachments), true);
}

qint64 Outbox::assignAdmin(const QString &conversationId, const QString &adminId)
{
    return enqueue(conversationId,
                   OutboxAction::assign(OutboxAction::AssigneeType::Admin, adminId));
}

qint64 Outbox::assignTeam(const QString &conversationId, const QString &teamId)
{
    return enqueue(conversationId, OutboxAction::assign(OutboxAction::AssigneeType::Team, teamId));
}

qint64 Outbox::unassign(const QString &conversationId)
{
    return assignAdmin(conversationId, QString(api::Conversation::unassigned()));
}

qint64 Outbox::snooze(const QString &conversationId, qint64 untilSecs)
{
    return enqueue(conversationId, OutboxAction::snooze(untilSecs));
}

qint64 Outbox::open(const QString &conversationId)
{
    return enqueue(conversationId, OutboxAction::open());
}

qint64 Outbox::close(const QString &conversationId)
{
    return enqueue(conversationId, OutboxAction::close());
}

qint64 Outbox::addTag(const QString &conversationId, const QString &tagId)
{
    return enqueue(conversationId, OutboxAction::tag(tagId, true));
}

qint64 Outbox::removeTag(const QString &conversationId, const QString &tagId)
{
    return enqueue(conversationId, OutboxAction::tag(tagId, false));
}

qint64 Outbox::markRead(const QString &conversationId, bool read)
{
    return enqueue(conversationId, OutboxAction::markRead(read));
}

QString Outbox::validate(const OutboxAction &action)
{
    if (action.kind == Kind::Unknown)
        return tr("This action is not known to this version of Triage.");
    // A blank message is not refused here: it is queued and fails for good at the server,
    // keeping its entry for edit and retry like any other refused message.
    return action.isMessage() ? MessageAttachment::validate(action.attachments) : QString();
}

qint64 Outbox::enqueue(const QString &conversationId, OutboxAction action)
{
    return enqueue(conversationId, std::move(action), false);
}

qint64 Outbox::enqueue(const QString &conversationId, OutboxAction action, bool thenClose)
{
    m_lastError = conversationId.isEmpty() ? tr("No conversation is selected.") : validate(action);
    if (!m_lastError.isEmpty())
        return 0;
    const qint64 t = m_options.clock();
    Transaction transaction(m_db);
    const qint64 id = transaction.isActive() ? write(conversationId, action, t) : 0;
    bool ok = id > 0;
    if (ok && thenClose) {
        OutboxAction close = OutboxAction::close();
        close.follows = id;
        ok = write(conversationId, close, t) > 0;
    }
    if (!ok || !transaction.commit()) {
        m_lastError = tr("The action could not be saved in the local store.");
        return 0;
    }
    notify(conversationId, action.isMessage());
    m_sender->wake();
    return id;
}

qint64 Outbox::write(const QString &conversationId, OutboxAction action, qint64 nowMs)
{
    LocalEffects effects(m_db, m_options.adminId);
    effects.captureBefore(conversationId, action);
    OutboxEntry entry;
    entry.conversationId = conversationId;
    entry.kind = OutboxAction::kindName(action.kind);
    entry.payload = action.toPayload();
    entry.marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.createdAt = nowMs;
    entry.notBefore = action.isMessage() ? nowMs + m_options.undoWindowMs : nowMs;
    const qint64 id = OutboxRepository(m_db).enqueue(entry, nowMs);
    return id > 0 && effects.apply(conversationId, action, entry.marker, nowMs) ? id : 0;
}

QList<OutboxEntry> Outbox::followers(const OutboxEntry &message) const
{
    OutboxRepository outbox(m_db);
    QList<OutboxEntry> result;
    const QList<OutboxEntry> candidates = outbox.pending(message.conversationId) + outbox.failed();
    for (const OutboxEntry &entry : candidates) {
        if (entry.conversationId == message.conversationId
            && (entry.state == State::Queued || entry.state == State::Failed)
            && OutboxAction::fromEntry(entry).follows == message.id)
            result.append(entry);
    }
    return result;
}

bool Outbox::undo(qint64 id)
{
    OutboxRepository outbox(m_db);
    const std::optional<OutboxEntry> entry = outbox.entry(id);
    // attempts > 0: it may have reached the server already, too late to take back.
    if (!entry || entry->state != State::Queued || entry->attempts > 0)
        return false;
    const OutboxAction action = OutboxAction::fromEntry(*entry);
    LocalEffects effects(m_db, m_options.adminId);
    Transaction transaction(m_db);
    bool ok = transaction.isActive();
    // A close queued with the message goes back with it (reverted first: it came later).
    for (const OutboxEntry &close : followers(*entry)) {
        ok = ok && close.state == State::Queued && close.attempts == 0 && outbox.cancel(close.id)
             && effects.revert(close.conversationId, OutboxAction::fromEntry(close), close.marker);
    }
    if (!ok || !outbox.cancel(id) || !effects.revert(entry->conversationId, action, entry->marker))
        return false;
    if (action.isMessage())
        returnToDraft(entry->conversationId, action);
    if (!transaction.commit())
        return false;
    notify(entry->conversationId, action.isMessage());
    return true;
}

void Outbox::returnToDraft(const QString &conversationId, const OutboxAction &action)
{
    DraftRepository drafts(m_db);
    const std::optional<DraftRepository::Draft> current
        = drafts.load(conversationId, draftKind(action));
    QString text = action.body;
    // Something typed since the send stays, after the text that comes back.
    if (current && !current->text.isEmpty() && current->text != action.body)
        text += QLatin1String("\n\n") + current->text;
    QList<MessageAttachment> files = action.attachments;
    if (current) {
        for (const MessageAttachment &file : current->attachments) {
            if (!files.contains(file))
                files.append(file);
        }
    }
    if (!drafts.save(conversationId, draftKind(action), text, m_options.clock())
        || (!action.attachments.isEmpty()
            && !drafts.saveAttachments(conversationId, draftKind(action), files)))
        qWarning("outbox: the undone message could not be put back in the draft");
}

bool Outbox::retry(qint64 id, const QString &editedBody)
{
    return retryEntry(id, editedBody, std::nullopt);
}

bool Outbox::retry(qint64 id, const QString &editedBody,
                   const QList<MessageAttachment> &attachments)
{
    return retryEntry(id, editedBody, attachments);
}

bool Outbox::retryEntry(qint64 id, const QString &editedBody,
                        const std::optional<QList<MessageAttachment>> &attachments)
{
    m_lastError.clear();
    OutboxRepository outbox(m_db);
    const std::optional<OutboxEntry> entry = outbox.entry(id);
    if (!entry || entry->state != State::Failed)
        return false;
    OutboxAction action = OutboxAction::fromEntry(*entry);
    const bool edited = action.isMessage() && (!editedBody.isNull() || attachments);
    if (action.isMessage() && !editedBody.isNull())
        action.body = editedBody;
    if (action.isMessage() && attachments)
        action.attachments = *attachments;
    m_lastError = validate(action);
    if (!m_lastError.isEmpty())
        return false;
    const qint64 t = m_options.clock();
    Transaction transaction(m_db);
    LocalEffects effects(m_db, m_options.adminId);
    bool ok = transaction.isActive() && outbox.retry(id, action.toPayload(), t)
              && (!edited
                  || effects.apply(entry->conversationId, action, entry->marker, entry->createdAt));
    // A close that was held back because its message failed goes back in line after it.
    for (const OutboxEntry &close : followers(*entry)) {
        if (close.state == State::Failed)
            ok = ok && outbox.retry(close.id, close.payload, t);
    }
    if (!ok || !transaction.commit())
        return false;
    notify(entry->conversationId, edited);
    m_sender->wake();
    return true;
}

bool Outbox::discard(qint64 id)
{
    OutboxRepository outbox(m_db);
    const std::optional<OutboxEntry> entry = outbox.entry(id);
    if (!entry || entry->state != State::Failed)
        return false;
    const OutboxAction action = OutboxAction::fromEntry(*entry);
    LocalEffects effects(m_db, m_options.adminId);
    Transaction transaction(m_db);
    bool ok = transaction.isActive();
    // A close queued with the message goes with it; the latest is reverted first.
    QList<OutboxEntry> dropped = followers(*entry);
    dropped.prepend(*entry);
    for (auto it = dropped.crbegin(); it != dropped.crend(); ++it) {
        // The repository removes only queued entries: requeue, then cancel, atomically.
        ok = ok
             && (it->state != State::Failed || outbox.retry(it->id, it->payload, m_options.clock()))
             && outbox.cancel(it->id)
             && effects.revert(it->conversationId, OutboxAction::fromEntry(*it), it->marker);
    }
    // Later actions still pending keep their optimistic effects on top.
    const QList<OutboxEntry> later = outbox.pending(entry->conversationId);
    for (const OutboxEntry &next : later) {
        if (ok && next.id > id)
            ok = effects.apply(next.conversationId, OutboxAction::fromEntry(next), next.marker,
                               next.createdAt);
    }
    if (!ok || !transaction.commit())
        return false;
    notify(entry->conversationId, action.isMessage());
    if (later.isEmpty())
        refresh(entry->conversationId);
    return true;
}

void Outbox::refresh(const QString &conversationId)
{
    api::ConversationJob *job = m_client.getConversation(conversationId);
    connect(job, &api::ApiJob::finished, this, [this, job, conversationId] {
        // Only when nothing was queued meanwhile: a pending effect must not be overwritten.
        if (job->error() || !pending(conversationId).isEmpty())
            return;
        if (ConversationRepository(m_db).upsertThread(job->result(), m_options.clock()))
            notify(conversationId, true);
    });
}

void Outbox::notify(const QString &conversationId, bool message)
{
    if (!m_changes)
        return;
    m_changes->notifyOutboxChanged(conversationId);
    m_changes->notifyConversationsChanged({conversationId});
    if (message) {
        m_changes->notifyPartsChanged(conversationId);
        m_changes->notifyDraftChanged(conversationId);
    }
}

QList<OutboxEntry> Outbox::failed() const
{
    return OutboxRepository(m_db).failed();
}

std::optional<OutboxEntry> Outbox::entry(qint64 id) const
{
    return OutboxRepository(m_db).entry(id);
}

bool Outbox::isUndoable(qint64 id) const
{
    const std::optional<OutboxEntry> queued = entry(id);
    return queued && queued->state == State::Queued && queued->attempts == 0;
}

QList<OutboxEntry> Outbox::pending(const QString &conversationId) const
{
    return OutboxRepository(m_db).pending(conversationId);
}

} // namespace models
