#pragma once

#include "noticebar.h"

#include "api/conversationpart.h"

#include <QList>

class QPushButton;

namespace ui {

/// "2 new messages arrived while you were typing", with a short line per message and
/// [Send anyway] [Review]. Shown when the StaleReplyGuard holds a message back.
/// GUI-thread widget.
class StalePanel : public NoticeBar
{
    Q_OBJECT
public:
    explicit StalePanel(QWidget *parent = nullptr);

    void showParts(const QList<api::ConversationPart> &parts);
    const QList<api::ConversationPart> &parts() const { return m_parts; }
    void clear();

    QPushButton *sendAnywayButton() const { return m_sendAnyway; }
    QPushButton *reviewButton() const { return m_review; }

    /// One line for a part: "Author: first words…" (plain text).
    static QString summary(const api::ConversationPart &part);

Q_SIGNALS:
    void sendAnywayRequested();
    void reviewRequested();

private:
    QPushButton *m_sendAnyway;
    QPushButton *m_review;
    QList<api::ConversationPart> m_parts;
};

} // namespace ui
