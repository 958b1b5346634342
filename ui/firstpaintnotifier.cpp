#include "firstpaintnotifier.h"

#include <QEvent>
#include <QWidget>

namespace ui {

FirstPaintNotifier::FirstPaintNotifier(QWidget *widget, QObject *parent)
    : QObject(parent)
    , m_widget(widget)
{
    widget->installEventFilter(this);
}

bool FirstPaintNotifier::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_fired && watched == m_widget && event->type() == QEvent::Paint) {
        m_fired = true;
        m_widget->removeEventFilter(this);
        // Two turns of the event loop: the first runs once the frame has been flushed, by when
        // everything the paint itself posted (the children's paint events, a start-up probe)
        // is queued ahead of the second, which starts the deferred work.
        QMetaObject::invokeMethod(
            this,
            [this] {
                QMetaObject::invokeMethod(this, &FirstPaintNotifier::painted,
                                          Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ui
