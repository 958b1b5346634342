#pragma once

#include "noticebar.h"

#include <QTimer>

class QPushButton;

namespace models {
class Outbox;
}

namespace ui {

/// "Sending in 5 s… [Undo]" after a reply or note is queued, counting down the outbox's undo
/// window. It stays while the message can still be taken back (offline the window may be
/// over and the message still waiting: "Waiting for the network… [Undo]") and goes away
/// once the outbox starts sending it or reports on it. Shown only while its conversation is
/// the composer's. GUI-thread widget; the Outbox must outlive it.
class UndoBanner : public NoticeBar
{
    Q_OBJECT
public:
    UndoBanner(models::Outbox &outbox, QWidget *parent = nullptr);

    /// Starts the countdown for entry \a id (a reply when \a note is false) of \a conversationId.
    void track(qint64 id, const QString &conversationId, bool note);
    void setConversation(const QString &conversationId);
    qint64 entryId() const { return m_id; }
    QPushButton *undoButton() const { return m_undo; }
    /// Stops tracking (after an undo, or when the entry left the window).
    void stop();

Q_SIGNALS:
    void undoRequested(qint64 id);

private:
    void tick();

    models::Outbox &m_outbox;
    QPushButton *m_undo;
    QTimer m_tick;
    qint64 m_id = 0;
    qint64 m_notBefore = 0;
    QString m_conversationId;
    QString m_shownConversationId;
    bool m_note = false;
};

} // namespace ui
