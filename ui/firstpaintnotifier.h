#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace ui {

/// Emits painted() once, after \a widget has handled its first paint event: two turns of the
/// event loop later, so the frame has been drawn and flushed, and what its paint posted has
/// run. Start-up defers work the first frame does not need (the sync engine's first cycle,
/// network calls, counts) until this fires, so it does not compete with the first paint for
/// the CPU. Watches the widget through an event filter and stops watching
/// after firing. GUI thread; parented or owned by the caller.
class FirstPaintNotifier : public QObject
{
    Q_OBJECT
public:
    explicit FirstPaintNotifier(QWidget *widget, QObject *parent = nullptr);

    bool hasFired() const { return m_fired; }

Q_SIGNALS:
    void painted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_widget;
    bool m_fired = false;
};

} // namespace ui
