#pragma once

#include "noticebar.h"

#include "models/store/outboxentry.h"

class QPushButton;

namespace ui {

/// "Reply not sent: <reason> [Edit] [Retry] [Discard]" for a message that failed for good.
/// While its text is being edited in the composer the bar says so and offers the same
/// buttons (Retry then sends the edited text). The composer decides what the buttons do.
/// GUI-thread widget.
class FailureBar : public NoticeBar
{
    Q_OBJECT
public:
    explicit FailureBar(QWidget *parent = nullptr);

    void showEntry(const models::OutboxEntry &entry, bool editing);
    qint64 entryId() const { return m_id; }
    void clear();

    QPushButton *editButton() const { return m_edit; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *discardButton() const { return m_discard; }

Q_SIGNALS:
    void editRequested(qint64 id);
    void retryRequested(qint64 id);
    void discardRequested(qint64 id);

private:
    QPushButton *m_edit;
    QPushButton *m_retry;
    QPushButton *m_discard;
    qint64 m_id = 0;
};

} // namespace ui
