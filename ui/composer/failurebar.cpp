#include "failurebar.h"

#include <QPushButton>

namespace ui {

FailureBar::FailureBar(QWidget *parent)
    : NoticeBar(Tone::Error, parent)
    , m_edit(addButton(tr("&Edit"), QStringLiteral("composerFailureEdit"),
                       tr("Edit the message that was not sent")))
    , m_retry(addButton(tr("Re&try"), QStringLiteral("composerFailureRetry"),
                        tr("Send the message again")))
    , m_discard(addButton(tr("&Discard"), QStringLiteral("composerFailureDiscard"),
                          tr("Discard the message that was not sent")))
{
    setObjectName(QStringLiteral("composerFailureBar"));
    setAccessibleName(tr("Message not sent"));
    setVisible(false);
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_id); });
    connect(m_retry, &QPushButton::clicked, this, [this] { Q_EMIT retryRequested(m_id); });
    connect(m_discard, &QPushButton::clicked, this, [this] { Q_EMIT discardRequested(m_id); });
}

void FailureBar::showEntry(const models::OutboxEntry &entry, bool editing)
{
    m_id = entry.id;
    const bool note = entry.kind == QLatin1String("note");
    const QString reason = entry.lastError.isEmpty() ? tr("unknown error") : entry.lastError;
    if (editing)
        setText(note ? tr("Editing the note that was not added. Retry adds the edited note.")
                     : tr("Editing the reply that was not sent. Retry sends the edited reply."));
    else
        setText(note ? tr("Note not added: %1").arg(reason) : tr("Reply not sent: %1").arg(reason));
    m_edit->setVisible(!editing);
    setVisible(true);
}

void FailureBar::clear()
{
    m_id = 0;
    setVisible(false);
}

} // namespace ui
