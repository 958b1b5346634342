#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QAbstractItemView;

namespace app {

/// The clock `--measure-startup` reads: started first thing in main(), so start-up figures
/// cover everything Triage itself does (not the dynamic loader, which a bare Qt program pays
/// alike).
QElapsedTimer &startupClock();

/// `triage --measure-startup`: waits until \a list has painted with rows, then prints one JSON
/// line {"first_paint_ms","rows","rss_kb"} and quits the application. Gives up with exit code
/// 1 after \a timeoutMs. Watches the view's viewport; owned by the caller.
class StartupProbe : public QObject
{
    Q_OBJECT
public:
    explicit StartupProbe(QAbstractItemView *list, int timeoutMs = 60000, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report();

    QPointer<QAbstractItemView> m_list;
    bool m_reported = false;
};

} // namespace app
