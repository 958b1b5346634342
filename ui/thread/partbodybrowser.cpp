#include "partbodybrowser.h"

#include <QKeyEvent>
#include <QScrollBar>
#include <QTextDocument>
#include <QWheelEvent>

#include <cmath>

namespace ui {

PartBodyBrowser::PartBodyBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("threadPartBody"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setUndoRedoEnabled(false);
    // Never shown (the card grows instead), but still in the accessibility tree.
    verticalScrollBar()->setAccessibleName(tr("Message text vertical scroll bar"));
    horizontalScrollBar()->setAccessibleName(tr("Message text horizontal scroll bar"));
    setLineWrapMode(QTextEdit::FixedPixelWidth);
    // The card behind paints the background (note tint, teammate accent).
    setAutoFillBackground(false);
    viewport()->setAutoFillBackground(false);
    QPalette transparent = palette();
    transparent.setColor(QPalette::Base, Qt::transparent);
    setPalette(transparent);
    document()->setDocumentMargin(0);
    document()->setUndoRedoEnabled(false);
}

void PartBodyBrowser::setBodyHtml(const QString &html)
{
    setHtml(html);
    m_hasLinks = html.contains(QLatin1String("<a "), Qt::CaseInsensitive);
    // A body without links is no Tab stop, but a click still focuses it for selection + copy.
    setFocusPolicy(m_hasLinks ? Qt::StrongFocus : Qt::ClickFocus);
}

int PartBodyBrowser::documentHeightForWidth(int width)
{
    // A fixed wrap width: QTextEdit would otherwise lay the document out again at its own
    // (possibly stale, while hidden) viewport width whenever the document size changes.
    if (lineWrapColumnOrWidth() != width)
        setLineWrapColumnOrWidth(width);
    return int(std::ceil(document()->size().height()));
}

QVariant PartBodyBrowser::loadResource(int type, const QUrl &name)
{
    // Never QTextBrowser's own loading (local files, relative paths): only what we were given.
    if (type == QTextDocument::ImageResource && m_imageSource)
        return m_imageSource(name);
    return {};
}

void PartBodyBrowser::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
    case Qt::Key_Home:
    case Qt::Key_End:
        if (!(event->modifiers() & Qt::ShiftModifier)) {
            event->ignore(); // the thread view scrolls
            return;
        }
        break;
    default:
        break;
    }
    QTextBrowser::keyPressEvent(event);
}

void PartBodyBrowser::wheelEvent(QWheelEvent *event)
{
    event->ignore();
}

} // namespace ui
