#include "undobanner.h"

#include "models/outbox/outbox.h"

#include <QPushButton>

#include <cmath>

namespace ui {

UndoBanner::UndoBanner(models::Outbox &outbox, QWidget *parent)
    : NoticeBar(Tone::Info, parent)
    , m_outbox(outbox)
    , m_undo(addButton(tr("&Undo"), QStringLiteral("composerUndo"), tr("Undo sending")))
{
    setObjectName(QStringLiteral("composerUndoBanner"));
    setAccessibleName(tr("Sending"));
    setVisible(false);
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &UndoBanner::tick);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        if (m_id > 0)
            Q_EMIT undoRequested(m_id);
    });
    connect(&m_outbox, &models::Outbox::entryChanged, this, [this](qint64 id) {
        if (id == m_id)
            stop();
    });
}

void UndoBanner::track(qint64 id, const QString &conversationId, bool note)
{
    const std::optional<models::OutboxEntry> entry = m_outbox.entry(id);
    m_id = id;
    m_conversationId = conversationId;
    m_note = note;
    m_notBefore = entry ? entry->notBefore : 0;
    m_tick.start();
    tick();
}

void UndoBanner::setConversation(const QString &conversationId)
{
    m_shownConversationId = conversationId;
    tick();
}

void UndoBanner::stop()
{
    m_id = 0;
    m_tick.stop();
    setVisible(false);
}

void UndoBanner::tick()
{
    if (m_id == 0)
        return;
    const qint64 remainingMs = m_notBefore - m_outbox.options().clock();
    if (remainingMs <= 0 && !m_outbox.isUndoable(m_id)) {
        stop();
        return;
    }
    if (remainingMs > 0) {
        const int seconds = int(std::ceil(double(remainingMs) / 1000.0));
        setText(m_note ? tr("Adding note in %n s…", nullptr, seconds)
                       : tr("Sending in %n s…", nullptr, seconds));
    } else {
        setText(m_outbox.isOnline() ? tr("Sending…") : tr("Waiting for the network…"));
    }
    setVisible(m_conversationId == m_shownConversationId);
}

} // namespace ui
