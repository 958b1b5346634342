#include "richtexteditor.h"

#include <QScrollBar>

#include "composerhtml.h"

#include <QImage>
#include <QKeyEvent>
#include <QMimeData>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextList>

namespace ui {

RichTextEditor::RichTextEditor(QWidget *parent)
    : QTextEdit(parent)
{
    setAcceptRichText(true);
    setTabChangesFocus(true); // Tab moves on to the buttons: keyboard users are not trapped
    setAutoFormatting(QTextEdit::AutoNone);
    // Screen readers list the scroll bars as controls: they need names too.
    verticalScrollBar()->setAccessibleName(tr("Scroll the message up or down"));
    horizontalScrollBar()->setAccessibleName(tr("Scroll the message sideways"));
}

QString RichTextEditor::html() const
{
    return ComposerHtml::fromDocument(*document());
}

bool RichTextEditor::isBlank() const
{
    return document()->toPlainText().trimmed().isEmpty();
}

bool RichTextEditor::isBold() const
{
    return currentCharFormat().fontWeight() >= QFont::DemiBold;
}

bool RichTextEditor::isItalic() const
{
    return currentCharFormat().fontItalic();
}

bool RichTextEditor::isCode() const
{
    return ComposerHtml::isCode(currentCharFormat());
}

bool RichTextEditor::isInList(bool ordered) const
{
    const QTextList *list = textCursor().currentList();
    if (!list)
        return false;
    return (list->format().style() == QTextListFormat::ListDecimal) == ordered;
}

void RichTextEditor::mergeFormat(const QTextCharFormat &format)
{
    // The selection changes; without one, what is typed next does.
    QTextCursor cursor = textCursor();
    if (cursor.hasSelection())
        cursor.mergeCharFormat(format);
    mergeCurrentCharFormat(format);
}

void RichTextEditor::setBold(bool on)
{
    QTextCharFormat format;
    format.setFontWeight(on ? QFont::Bold : QFont::Normal);
    mergeFormat(format);
}

void RichTextEditor::setItalic(bool on)
{
    QTextCharFormat format;
    format.setFontItalic(on);
    mergeFormat(format);
}

void RichTextEditor::setCode(bool on)
{
    QTextCharFormat format;
    format.setFontFixedPitch(on);
    format.setFontFamilies(on ? QStringList{QStringLiteral("monospace")}
                              : QStringList{font().family()});
    mergeFormat(format);
}

void RichTextEditor::toggleList(bool ordered)
{
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    const bool remove = isInList(ordered);
    if (cursor.currentList() && remove) {
        // Back to paragraphs: each selected block leaves the list.
        const int start = cursor.selectionStart();
        const int end = cursor.selectionEnd();
        QTextBlock block = document()->findBlock(start);
        while (block.isValid() && block.position() <= end) {
            if (QTextList *blockList = block.textList())
                blockList->remove(block);
            QTextBlockFormat format = block.blockFormat();
            format.setIndent(0);
            QTextCursor(block).setBlockFormat(format);
            block = block.next();
        }
    } else {
        QTextListFormat format;
        format.setStyle(ordered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc);
        if (QTextList *list = cursor.currentList())
            list->setFormat(format); // switch bullets <-> numbers
        else
            cursor.createList(format);
    }
    cursor.endEditBlock();
}

bool RichTextEditor::insertLink(const QString &url, const QString &text)
{
    if (!ComposerHtml::isAllowedLink(url))
        return false;
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    if (!cursor.hasSelection() && cursor.charFormat().isAnchor()) {
        // On an existing link: it is the link that changes.
        const QString href = cursor.charFormat().anchorHref();
        for (auto it = cursor.block().begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            const int end = f.position() + f.length();
            if (f.charFormat().anchorHref() == href && f.position() <= cursor.position()
                && cursor.position() <= end) {
                cursor.setPosition(f.position());
                cursor.setPosition(end, QTextCursor::KeepAnchor);
                break;
            }
        }
    }
    QTextCharFormat format;
    format.setAnchor(true);
    format.setAnchorHref(url);
    format.setFontUnderline(true);
    format.setForeground(palette().link());
    const QString shown = text.isEmpty() ? (cursor.hasSelection() ? QString() : url) : text;
    if (!shown.isEmpty()) {
        cursor.insertText(shown, format);
    } else {
        cursor.mergeCharFormat(format);
    }
    cursor.clearSelection();
    cursor.endEditBlock();
    setTextCursor(cursor);
    // Typing after the link is plain text again.
    QTextCharFormat after = currentCharFormat();
    after.setAnchor(false);
    after.setAnchorHref(QString());
    after.setFontUnderline(false);
    after.clearForeground();
    setCurrentCharFormat(after);
    return true;
}

void RichTextEditor::removeLink()
{
    QTextCharFormat plain;
    plain.setAnchor(false);
    plain.setAnchorHref(QString());
    plain.setFontUnderline(false);
    plain.setForeground(palette().text());
    mergeFormat(plain);
}

QString RichTextEditor::selectedLinkText() const
{
    return textCursor().selectedText();
}

QString RichTextEditor::currentLinkUrl() const
{
    return textCursor().charFormat().anchorHref();
}

void RichTextEditor::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (enter
        && (mods == Qt::ControlModifier || mods == (Qt::ControlModifier | Qt::ShiftModifier))) {
        if (mods & Qt::ShiftModifier)
            Q_EMIT sendAndCloseRequested();
        else
            Q_EMIT sendRequested();
        event->accept();
        return;
    }
    if (event->matches(QKeySequence::Bold)) {
        setBold(!isBold());
        return;
    }
    if (event->matches(QKeySequence::Italic)) {
        setItalic(!isItalic());
        return;
    }
    if (mods == Qt::ControlModifier && event->key() == Qt::Key_K) {
        Q_EMIT linkRequested();
        return;
    }
    QTextEdit::keyPressEvent(event);
}

QStringList RichTextEditor::localFiles(const QMimeData *source)
{
    QStringList paths;
    if (!source->hasUrls())
        return paths;
    const QList<QUrl> urls = source->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

bool RichTextEditor::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasImage() || !localFiles(source).isEmpty()
           || QTextEdit::canInsertFromMimeData(source);
}

void RichTextEditor::insertFromMimeData(const QMimeData *source)
{
    const QStringList files = localFiles(source);
    if (!files.isEmpty()) {
        Q_EMIT filesDropped(files);
        return;
    }
    if (source->hasImage()) {
        const QImage image = qvariant_cast<QImage>(source->imageData());
        if (!image.isNull()) {
            Q_EMIT imagePasted(image);
            return;
        }
    }
    if (source->hasHtml()) {
        const QString clean = ComposerHtml::clean(source->html());
        if (!clean.isEmpty()) {
            textCursor().insertHtml(clean);
            return;
        }
    }
    if (source->hasText())
        textCursor().insertText(source->text());
}

} // namespace ui
