#pragma once

#include <QStringList>
#include <QTextEdit>

class QImage;

namespace ui {

/// The composer's text field: rich text limited to what ComposerHtml writes (bold, italic,
/// link, lists, inline code). Keys that belong to the composer are handled here, so they work
/// only while the editor has focus: Ctrl+Enter sends, Ctrl+Shift+Enter sends and closes,
/// Ctrl+B / Ctrl+I / Ctrl+K format. A pasted image and dropped or pasted files are not
/// inserted into the text: they are handed over as attachments (imagePasted(),
/// filesDropped()). Pasted rich text keeps only the supported formats.
/// GUI-thread widget.
class RichTextEditor : public QTextEdit
{
    Q_OBJECT
public:
    explicit RichTextEditor(QWidget *parent = nullptr);

    /// The text as clean HTML (ComposerHtml), empty when there is nothing but white space.
    QString html() const;
    bool isBlank() const;

    bool isBold() const;
    bool isItalic() const;
    bool isCode() const;
    bool isInList(bool ordered) const;

public Q_SLOTS:
    void setBold(bool on);
    void setItalic(bool on);
    void setCode(bool on);
    /// Turns the current paragraphs into a list item or back into paragraphs.
    void toggleList(bool ordered);
    /// Links the selection (or inserts \a text when nothing is selected) to \a url. Refuses
    /// links other than http, https and mailto; returns whether it linked.
    bool insertLink(const QString &url, const QString &text = QString());
    void removeLink();
    /// The text of the selection, or of the link under the cursor (for the link dialog).
    QString selectedLinkText() const;
    QString currentLinkUrl() const;

Q_SIGNALS:
    void sendRequested();
    void sendAndCloseRequested();
    void linkRequested();
    void imagePasted(const QImage &image);
    void filesDropped(const QStringList &paths);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    void mergeFormat(const QTextCharFormat &format);
    static QStringList localFiles(const QMimeData *source);
};

} // namespace ui
