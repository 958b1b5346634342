#pragma once

#include <QApplication>
#include <QPointer>
#include <QWidget>

namespace ui {

/// Remembers which widget had focus before a popup or dialog opened and gives focus back when
/// it closes, so keyboard users continue where they were. A value held by the popup.
class FocusReturn
{
public:
    /// Call just before \a popup shows; focus inside the popup itself is not remembered.
    void remember(const QWidget *popup)
    {
        QWidget *focus = QApplication::focusWidget();
        if (focus && focus != popup && !popup->isAncestorOf(focus))
            m_widget = focus;
    }

    /// Call when the popup hides.
    void restore()
    {
        if (m_widget && m_widget->isVisible()) {
            m_widget->activateWindow();
            m_widget->setFocus(Qt::PopupFocusReason);
        }
        m_widget.clear();
    }

private:
    QPointer<QWidget> m_widget;
};

} // namespace ui
