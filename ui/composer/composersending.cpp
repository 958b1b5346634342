// The composer's way out: the stale-reply check, queuing, undo and failed messages.

#include "composer.h"

#include "attachmentchips.h"
#include "failurebar.h"
#include "richtexteditor.h"
#include "stalepanel.h"
#include "undobanner.h"

#include "models/drafts/draftkeeper.h"
#include "models/outbox/outbox.h"
#include "models/outbox/stalereplyguard.h"

#include <QPushButton>

namespace ui {

using models::OutboxAction;
using models::OutboxEntry;

namespace {

bool isMessageKind(const QString &kind)
{
    return kind == QLatin1String("reply") || kind == QLatin1String("note");
}

} // namespace

void Composer::connectSending()
{
    connect(&m_guard, &models::StaleReplyGuard::queued, this, &Composer::onQueued);
    connect(&m_guard, &models::StaleReplyGuard::newPartsFound, this, &Composer::onNewParts);
    connect(&m_guard, &models::StaleReplyGuard::queueFailed, this, &Composer::onQueueFailed);
    connect(m_stale, &StalePanel::sendAnywayRequested, this, &Composer::sendAnyway);
    connect(m_stale, &StalePanel::reviewRequested, this, &Composer::review);
    connect(m_undo, &UndoBanner::undoRequested, this, &Composer::undo);
    connect(m_failure, &FailureBar::editRequested, this, &Composer::editFailed);
    connect(m_failure, &FailureBar::retryRequested, this, &Composer::retryFailed);
    connect(m_failure, &FailureBar::discardRequested, this, &Composer::discardFailed);
    connect(&m_outbox, &models::Outbox::entryChanged, this,
            [this](qint64 id, OutboxEntry::State state) {
                if (state == OutboxEntry::State::Failed)
                    onEntryFailed(id);
            });
}

void Composer::send()
{
    submit(false);
}

void Composer::sendAndClose()
{
    submit(true);
}

void Composer::submit(bool thenClose)
{
    if (m_conversationId.isEmpty() || isChecking())
        return;
    if (m_editingFailed) {
        retryFailed(m_editingFailed);
        return;
    }
    const QString body = m_editor->isBlank() ? QString() : html();
    const OutboxAction action = mode() == Mode::Note ? OutboxAction::note(body, attachments())
                                                     : OutboxAction::reply(body, attachments());
    const QString invalid = models::Outbox::validate(action);
    if (!invalid.isEmpty()) {
        showMessage(invalid);
        return;
    }
    m_drafts.flush(); // the text is safe in the draft until the outbox holds it
    m_pending.insert(m_conversationId,
                     Pending{m_conversationId, mode(), body, attachments(), thenClose});
    m_checking.insert(m_conversationId);
    m_stale->clear();
    // Read-only while the guard looks: what is queued is exactly what the agent saw.
    m_editor->setReadOnly(true);
    showMessage(tr("Checking for new messages…"));
    updateActions();
    m_guard.checkBeforeSend(m_conversationId, action, thenClose);
}

void Composer::endCheck(const QString &conversationId)
{
    m_checking.remove(conversationId);
    if (conversationId != m_conversationId)
        return;
    m_editor->setReadOnly(false);
    showMessage(QString());
    updateActions();
}

void Composer::onQueued(const QString &conversationId, qint64 id)
{
    if (!m_pending.contains(conversationId))
        return;
    const Pending sent = m_pending.take(conversationId);
    endCheck(conversationId);
    m_stale->clear();
    // The outbox holds the message now: the draft it came from is emptied.
    const auto sentKind = sent.mode == Mode::Note ? models::DraftRepository::Kind::Note
                                                  : models::DraftRepository::Kind::Reply;
    m_drafts.edit(conversationId, sentKind, QString());
    m_drafts.setAttachments(conversationId, sentKind, {});
    if (conversationId == m_conversationId && sent.mode == mode())
        load(QString(), {});
    m_undo->track(id, conversationId, sent.mode == Mode::Note);
    m_undo->setConversation(m_conversationId);
    Q_EMIT queued(conversationId, id);
    if (sent.thenClose)
        Q_EMIT closeQueued(conversationId);
}

void Composer::onNewParts(const QString &conversationId, const QList<api::ConversationPart> &parts)
{
    if (!m_pending.contains(conversationId))
        return;
    endCheck(conversationId);
    if (conversationId != m_conversationId) {
        // The agent has moved on; the text waits in that conversation's draft.
        m_guard.cancel(conversationId);
        m_pending.remove(conversationId);
        return;
    }
    m_stale->showParts(parts);
}

void Composer::onQueueFailed(const QString &conversationId)
{
    if (!m_pending.contains(conversationId))
        return;
    m_pending.remove(conversationId);
    endCheck(conversationId);
    if (conversationId != m_conversationId)
        return; // its text is still in its draft
    const QString reason = m_outbox.lastError();
    showMessage(reason.isEmpty() ? tr("The message could not be queued; it is kept here.")
                                 : tr("The message could not be queued: %1").arg(reason));
}

void Composer::sendAnyway()
{
    const auto pending = m_pending.constFind(m_conversationId);
    if (pending == m_pending.constEnd())
        return;
    const QString conversationId = m_conversationId;
    const bool unchanged = pending->mode == mode()
                           && pending->html == (m_editor->isBlank() ? QString() : html())
                           && pending->attachments == attachments();
    const QList<api::ConversationPart> reported = m_stale->parts();
    m_stale->clear();
    if (unchanged) {
        m_guard.sendAnyway(conversationId); // queued() follows at once
        return;
    }
    // Edited since: what is in the editor now goes, after a fresh look.
    const bool thenClose = pending->thenClose;
    m_guard.markSeen(conversationId, reported);
    m_guard.cancel(conversationId);
    m_pending.remove(conversationId);
    submit(thenClose);
}

void Composer::review()
{
    if (!m_pending.contains(m_conversationId))
        return;
    QStringList ids;
    for (const api::ConversationPart &part : m_stale->parts())
        ids.append(part.id);
    // Seen now; the text stays in the editor for another Send.
    const QString conversationId = m_conversationId;
    m_guard.markSeen(conversationId, m_stale->parts());
    m_guard.cancel(conversationId);
    m_pending.remove(conversationId);
    m_stale->clear();
    Q_EMIT reviewRequested(conversationId, ids);
}

void Composer::undo(qint64 id)
{
    const std::optional<OutboxEntry> entry = m_outbox.entry(id);
    // Unsaved edits first, so the outbox appends the returning text to what is really there.
    m_drafts.flush();
    if (!entry || !m_outbox.undo(id)) {
        m_undo->stop();
        showMessage(tr("Too late to undo: the message is already on its way."));
        return;
    }
    m_undo->stop();
    if (entry->conversationId != m_conversationId)
        return;
    setMode(entry->kind == QLatin1String("note") ? Mode::Note : Mode::Reply);
    loadDraft();
    showMessage(QString());
}

void Composer::showFailures()
{
    if (m_editingFailed)
        return;
    m_failure->clear();
    if (m_conversationId.isEmpty())
        return;
    const QList<OutboxEntry> failed = m_outbox.failed();
    for (const OutboxEntry &entry : failed) {
        if (entry.conversationId == m_conversationId && isMessageKind(entry.kind)) {
            m_failure->showEntry(entry, false);
            return;
        }
    }
}

void Composer::onEntryFailed(qint64 id)
{
    const std::optional<OutboxEntry> entry = m_outbox.entry(id);
    if (entry && entry->conversationId == m_conversationId && isMessageKind(entry->kind)
        && !m_editingFailed)
        m_failure->showEntry(*entry, false);
}

void Composer::editFailed(qint64 id)
{
    const std::optional<OutboxEntry> entry = m_outbox.entry(id);
    if (!entry || entry->state != OutboxEntry::State::Failed)
        return;
    m_drafts.flush(); // the draft keeps what was in the editor; it comes back afterwards
    const OutboxAction action = OutboxAction::fromEntry(*entry);
    {
        const QSignalBlocker blocker(m_modeSwitch);
        setMode(action.kind == OutboxAction::Kind::Note ? Mode::Note : Mode::Reply);
    }
    m_editingFailed = id;
    load(action.body, action.attachments);
    m_failure->showEntry(*entry, true);
    updateActions();
    focusEditor();
}

void Composer::retryFailed(qint64 id)
{
    const bool edited = m_editingFailed == id;
    const bool ok
        = edited ? m_outbox.retry(id, m_editor->isBlank() ? QString() : html(), attachments())
                 : m_outbox.retry(id);
    if (!ok) {
        const QString reason = m_outbox.lastError();
        showMessage(reason.isEmpty() ? tr("The message could not be sent again.") : reason);
        return;
    }
    m_failure->clear();
    if (edited) {
        stopEditingFailed();
        loadDraft();
    }
    showMessage(QString());
    showFailures();
}

void Composer::discardFailed(qint64 id)
{
    if (!m_outbox.discard(id)) {
        showMessage(tr("The message could not be discarded."));
        return;
    }
    m_failure->clear();
    if (m_editingFailed == id) {
        stopEditingFailed();
        loadDraft();
    }
    showFailures();
}

void Composer::stopEditingFailed()
{
    if (!m_editingFailed)
        return;
    m_editingFailed = 0;
    showFailures();
    updateActions();
}

} // namespace ui
