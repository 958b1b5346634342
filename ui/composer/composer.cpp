#include "composer.h"

#include "attachmentchips.h"
#include "failurebar.h"
#include "formatbar.h"
#include "linkdialog.h"
#include "noticebar.h"
#include "richtexteditor.h"
#include "stalepanel.h"
#include "undobanner.h"

#include "models/drafts/draftkeeper.h"
#include "models/outbox/stalereplyguard.h"
#include "ui/inbox/palettecolors.h"

#include <QBuffer>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <iterator>

namespace ui {

using models::MessageAttachment;

Composer::Composer(models::Outbox &outbox, models::StaleReplyGuard &guard,
                   models::DraftKeeper &drafts, QWidget *parent)
    : QWidget(parent)
    , m_outbox(outbox)
    , m_guard(guard)
    , m_drafts(drafts)
{
    setObjectName(QStringLiteral("composer"));
    setAccessibleName(tr("Composer"));
    setAcceptDrops(true);
    buildLayout();
    connectModels();
    applyModeStyle();
    setConversation(QString());
}

Composer::~Composer()
{
    m_drafts.flush();
}

void Composer::buildLayout()
{
    m_modeSwitch = new ModeSwitch(this);
    m_noteHint = new QLabel(tr("Note — only teammates see this"), this);
    m_noteHint->setObjectName(QStringLiteral("composerNoteHint"));
    m_stale = new StalePanel(this);
    m_failure = new FailureBar(this);
    m_undo = new UndoBanner(m_outbox, this);
    m_editor = new RichTextEditor(this);
    m_editor->setObjectName(QStringLiteral("composerEditor"));
    m_editor->setAccessibleName(tr("Message"));
    m_format = new FormatBar(m_editor, this);
    m_chips = new AttachmentChips(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("composerMessage"));
    m_message->setAccessibleName(tr("Composer notice"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setVisible(false);
    m_attach = new QPushButton(tr("Attac&h files…"), this);
    m_attach->setObjectName(QStringLiteral("composerAttach"));
    m_attach->setAccessibleName(tr("Attach files"));
    m_sendClose = new QPushButton(this);
    m_sendClose->setObjectName(QStringLiteral("composerSendAndClose"));
    m_send = new QPushButton(this);
    m_send->setObjectName(QStringLiteral("composerSend"));
    m_send->setDefault(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_modeSwitch);
    top->addWidget(m_noteHint);
    // The switch stays at the left when the hint is hidden (Reply mode).
    top->addStretch(1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_attach);
    bottom->addStretch(1);
    bottom->addWidget(m_sendClose);
    bottom->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stale);
    layout->addWidget(m_failure);
    layout->addWidget(m_undo);
    layout->addWidget(m_format);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_chips);
    layout->addWidget(m_message);
    layout->addLayout(bottom);

    // Tab: mode → formatting → text → files → send, whatever order they were made in.
    QWidget *order[] = {m_modeSwitch->replyButton(),
                        m_modeSwitch->noteButton(),
                        m_format,
                        m_editor,
                        m_chips,
                        m_attach,
                        m_sendClose,
                        m_send};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
}

void Composer::connectModels()
{
    connect(m_modeSwitch, &ModeSwitch::modeChanged, this, &Composer::setMode);
    connect(m_editor, &QTextEdit::textChanged, this, &Composer::saveText);
    connect(m_chips, &AttachmentChips::changed, this, &Composer::saveAttachments);
    connect(m_editor, &RichTextEditor::sendRequested, this, &Composer::send);
    connect(m_editor, &RichTextEditor::sendAndCloseRequested, this, &Composer::sendAndClose);
    connect(m_editor, &RichTextEditor::imagePasted, this, &Composer::addImage);
    connect(m_editor, &RichTextEditor::filesDropped, this, &Composer::addFiles);
    connect(m_send, &QPushButton::clicked, this, &Composer::send);
    connect(m_sendClose, &QPushButton::clicked, this, &Composer::sendAndClose);
    connect(m_attach, &QPushButton::clicked, this, &Composer::chooseFiles);
    const auto askLink = [this] {
        LinkDialog dialog(this);
        dialog.setUrl(m_editor->currentLinkUrl());
        dialog.setLinkText(m_editor->selectedLinkText());
        if (dialog.exec() == QDialog::Accepted)
            m_editor->insertLink(dialog.url(), dialog.linkText());
        m_editor->setFocus();
    };
    connect(m_format, &FormatBar::linkRequested, this, askLink);
    connect(m_editor, &RichTextEditor::linkRequested, this, askLink);
    connectSending();
}

Composer::Mode Composer::mode() const
{
    return m_modeSwitch->mode();
}

models::DraftRepository::Kind Composer::kind() const
{
    return mode() == Mode::Note ? models::DraftRepository::Kind::Note
                                : models::DraftRepository::Kind::Reply;
}

QString Composer::html() const
{
    return m_editor->html();
}

QList<MessageAttachment> Composer::attachments() const
{
    return m_chips->attachments();
}

QString Composer::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void Composer::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void Composer::focusEditor()
{
    m_editor->setFocus(Qt::OtherFocusReason);
}

void Composer::setConversation(const QString &conversationId)
{
    m_drafts.flush();
    if (m_conversationId != conversationId && m_pending.contains(m_conversationId)
        && !isChecking()) {
        // New parts were being shown for the one we leave: its text is still in its draft.
        m_guard.cancel(m_conversationId);
        m_pending.remove(m_conversationId);
    }
    stopEditingFailed();
    m_conversationId = conversationId;
    m_stale->clear();
    showMessage(QString());
    setEnabled(!conversationId.isEmpty());
    // The reply by default; the note when only a note was being written.
    using Kind = models::DraftRepository::Kind;
    const bool noteOnly = !conversationId.isEmpty()
                          && m_drafts.restore(conversationId, Kind::Reply).isEmpty()
                          && m_drafts.restoreAttachments(conversationId, Kind::Reply).isEmpty()
                          && !m_drafts.restore(conversationId, Kind::Note).isEmpty();
    const QSignalBlocker blocker(m_modeSwitch);
    m_modeSwitch->setMode(noteOnly ? Mode::Note : Mode::Reply);
    applyModeStyle();
    loadDraft();
    m_editor->setReadOnly(isChecking());
    if (!conversationId.isEmpty())
        m_guard.markSeen(conversationId);
    m_undo->setConversation(conversationId);
    showFailures();
}

void Composer::setMode(Mode mode)
{
    if (m_modeSwitch->mode() != mode) {
        const QSignalBlocker blocker(m_modeSwitch);
        m_modeSwitch->setMode(mode);
    }
    m_drafts.flush();
    stopEditingFailed();
    applyModeStyle();
    loadDraft();
    focusEditor();
}

void Composer::applyModeStyle()
{
    const bool note = mode() == Mode::Note;
    m_noteHint->setVisible(note);
    // The note's tint is the palette's base moved towards a note yellow: readable in both
    // light and dark themes, and unmistakably different from a reply.
    QPalette p = palette();
    if (note)
        p.setColor(QPalette::Base,
                   PaletteColors::mix(p.color(QPalette::Base),
                                      NoticeBar::hueOf(NoticeBar::Tone::Note), 0.22));
    m_editor->setPalette(p);
    m_editor->setPlaceholderText(note ? tr("Write an internal note…")
                                      : tr("Write a reply to the customer…"));
    m_send->setText(note ? tr("&Add note") : tr("&Send"));
    m_send->setAccessibleName(note ? tr("Add note") : tr("Send reply"));
    m_send->setToolTip(note ? tr("Add note (Ctrl+Enter)") : tr("Send reply (Ctrl+Enter)"));
    m_sendClose->setText(note ? tr("Add note and &close") : tr("Send and &close"));
    m_sendClose->setAccessibleName(note ? tr("Add note and close") : tr("Send and close"));
    m_sendClose->setToolTip(tr("Ctrl+Shift+Enter"));
    updateActions();
}

void Composer::load(const QString &html, const QList<MessageAttachment> &attachments)
{
    m_loading = true;
    if (Qt::mightBeRichText(html))
        m_editor->setHtml(html);
    else
        m_editor->setPlainText(html); // drafts written before the composer kept HTML
    m_chips->setAttachments(attachments);
    m_loading = false;
    updateActions();
}

void Composer::loadDraft()
{
    if (m_conversationId.isEmpty()) {
        load(QString(), {});
        return;
    }
    load(m_drafts.restore(m_conversationId, kind()),
         m_drafts.restoreAttachments(m_conversationId, kind()));
}

void Composer::saveText()
{
    updateActions();
    // Text being edited for a failed message lives in the outbox, not in the draft.
    if (m_loading || m_conversationId.isEmpty() || m_editingFailed)
        return;
    m_drafts.edit(m_conversationId, kind(), m_editor->isBlank() ? QString() : html());
}

void Composer::saveAttachments()
{
    updateActions();
    showMessage(QString());
    if (m_loading || m_conversationId.isEmpty() || m_editingFailed)
        return;
    m_drafts.setAttachments(m_conversationId, kind(), m_chips->attachments());
}

void Composer::updateActions()
{
    const bool empty = m_editor->isBlank() && m_chips->attachments().isEmpty();
    const bool ready = !empty && !m_conversationId.isEmpty() && !isChecking();
    m_send->setEnabled(ready);
    m_sendClose->setEnabled(ready && !m_editingFailed);
}

int Composer::addFiles(const QStringList &paths)
{
    int added = 0;
    QMimeDatabase mimes;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        QString refusal;
        MessageAttachment file{info.fileName(), mimes.mimeTypeForFile(info).name(), {}};
        if (info.size() > MessageAttachment::MaxFileBytes) {
            // Refused before reading it: the size is all the check needs.
            file.data = QByteArray(1, '\0');
            refusal = tr("“%1” is too large (%2): files can be at most %3.")
                          .arg(file.name, MessageAttachment::sizeText(info.size()),
                               MessageAttachment::sizeText(MessageAttachment::MaxFileBytes));
        } else {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                refusal = tr("“%1” could not be read: %2").arg(file.name, f.errorString());
            else
                file.data = f.readAll();
        }
        if (refusal.isEmpty())
            refusal = m_chips->add(file);
        if (!refusal.isEmpty()) {
            showMessage(refusal);
            break;
        }
        ++added;
    }
    return added;
}

bool Composer::addImage(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    if (image.isNull() || !buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG")) {
        showMessage(tr("The pasted image could not be attached."));
        return false;
    }
    QStringList names;
    for (const MessageAttachment &file : m_chips->attachments())
        names.append(file.name);
    int n = 1;
    while (names.contains(QStringLiteral("pasted-image-%1.png").arg(n)))
        ++n;
    const QString refusal = m_chips->add(
        {QStringLiteral("pasted-image-%1.png").arg(n), QStringLiteral("image/png"), png});
    showMessage(refusal);
    return refusal.isEmpty();
}

void Composer::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach Files"));
    if (!paths.isEmpty())
        addFiles(paths);
    focusEditor();
}

void Composer::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && !m_conversationId.isEmpty())
        event->acceptProposedAction();
}

void Composer::dropEvent(QDropEvent *event)
{
    QStringList paths;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(paths);
}

} // namespace ui
