#pragma once

#include "modeswitch.h"

#include "api/conversationpart.h"
#include "models/store/draftrepository.h"
#include "models/store/messageattachment.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QImage;
class QLabel;
class QPushButton;

namespace models {
class DraftKeeper;
class Outbox;
class StaleReplyGuard;
} // namespace models

namespace ui {

class AttachmentChips;
class FailureBar;
class FormatBar;
class RichTextEditor;
class StalePanel;
class UndoBanner;

/// Where the agent writes a reply or an internal note for the current conversation.
///
/// Reply / Note switch (note mode tinted, with a "only teammates see this" hint), rich text
/// sent as clean HTML (ComposerHtml), attachments by button, drop or pasted image (sent as
/// attachment_files, at most 10). Ctrl+Enter sends and Ctrl+Shift+Enter sends and closes
/// while the editor has focus; the same are the send() and sendAndClose() slots, and
/// setMode() switches, for the window's commands. Every edit goes to the DraftKeeper (text
/// and files, per conversation and mode) and setConversation() restores them.
/// A message goes through the StaleReplyGuard: new messages from others since the agent
/// opened the conversation are shown first ("Send anyway" / "Review"). After queuing, an undo
/// banner counts down the outbox's undo window; Undo puts the text and files back. A message
/// that failed for good shows a bar with Edit / Retry / Discard. Nothing typed is dropped:
/// text only leaves the editor once the outbox holds it.
/// GUI-thread widget; the Outbox, guard and DraftKeeper must outlive it.
class Composer : public QWidget
{
    Q_OBJECT
public:
    using Mode = ModeSwitch::Mode;

    Composer(models::Outbox &outbox, models::StaleReplyGuard &guard, models::DraftKeeper &drafts,
             QWidget *parent = nullptr);
    ~Composer() override;

    QString conversationId() const { return m_conversationId; }
    Mode mode() const;
    /// The editor's text as the HTML that would be sent.
    QString html() const;
    QList<models::MessageAttachment> attachments() const;
    /// The last notice or refusal shown under the editor (empty when none).
    QString message() const;
    RichTextEditor *editor() const { return m_editor; }

    /// Attaches files from disk; stops at the first refused one (its reason is shown).
    /// Returns how many were attached.
    int addFiles(const QStringList &paths);
    /// Attaches an image as "pasted-image-N.png".
    bool addImage(const QImage &image);

public Q_SLOTS:
    /// Saves the current drafts and shows \a conversationId's (empty: nothing selected).
    void setConversation(const QString &conversationId);
    void setMode(ui::Composer::Mode mode);
    void send();
    void sendAndClose();
    /// Opens the file dialog.
    void chooseFiles();
    void focusEditor();
    /// Takes back a message still in its undo window (as the banner's Undo does): its text
    /// and files come back into the editor.
    void undo(qint64 outboxId);

Q_SIGNALS:
    /// "Review" on the new-messages panel: the thread should show these parts.
    void reviewRequested(const QString &conversationId, const QStringList &partIds);
    void queued(const QString &conversationId, qint64 outboxId);
    /// Send and close was queued: the window may move on to the next conversation.
    void closeQueued(const QString &conversationId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Pending
    {
        QString conversationId;
        Mode mode = Mode::Reply;
        QString html;
        QList<models::MessageAttachment> attachments;
        bool thenClose = false;
    };

    void buildLayout();
    void connectModels();
    void connectSending();
    void submit(bool thenClose);
    void onQueued(const QString &conversationId, qint64 id);
    void onNewParts(const QString &conversationId, const QList<api::ConversationPart> &parts);
    void onQueueFailed(const QString &conversationId);
    void sendAnyway();
    void review();
    void onEntryFailed(qint64 id);
    void editFailed(qint64 id);
    void retryFailed(qint64 id);
    void discardFailed(qint64 id);
    void showFailures();
    void stopEditingFailed();
    void endCheck(const QString &conversationId);
    bool isChecking() const { return m_checking.contains(m_conversationId); }

    void load(const QString &html, const QList<models::MessageAttachment> &attachments);
    void loadDraft();
    void saveText();
    void saveAttachments();
    void applyModeStyle();
    void updateActions();
    void showMessage(const QString &text);
    models::DraftRepository::Kind kind() const;

    models::Outbox &m_outbox;
    models::StaleReplyGuard &m_guard;
    models::DraftKeeper &m_drafts;

    ModeSwitch *m_modeSwitch = nullptr;
    QLabel *m_noteHint = nullptr;
    StalePanel *m_stale = nullptr;
    FailureBar *m_failure = nullptr;
    UndoBanner *m_undo = nullptr;
    FormatBar *m_format = nullptr;
    RichTextEditor *m_editor = nullptr;
    AttachmentChips *m_chips = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_attach = nullptr;
    QPushButton *m_sendClose = nullptr;
    QPushButton *m_send = nullptr;

    QString m_conversationId;
    /// Messages held by the guard, per conversation (being checked, or new parts shown).
    QHash<QString, Pending> m_pending;
    QSet<QString> m_checking;   ///< conversations the guard is reading before a send
    qint64 m_editingFailed = 0; ///< failed entry whose text is in the editor
    bool m_loading = false;     ///< the editor is being filled: not an edit
};

} // namespace ui
