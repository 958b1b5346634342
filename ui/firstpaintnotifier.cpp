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
        QMetaObject::invokeMethod(this, &FirstPaintNotifier::painted, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ui
