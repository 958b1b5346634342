#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

namespace models {

/// Notices when the wall clock moved differently from the monotonic clock: the machine slept
/// (the monotonic clock stops, the wall clock does not) or the clock was set. The sync engine
/// then catches up at once instead of waiting for its next cycle. GUI-thread object.
class ClockWatch : public QObject
{
    Q_OBJECT
public:
    explicit ClockWatch(QObject *parent = nullptr);

    /// For tests: the wall clock in ms since the epoch (default: QDateTime's).
    void setWallClock(std::function<qint64()> clock);
    /// Checks every \a intervalMs; a drift beyond \a thresholdMs is a jump.
    void start(int intervalMs, int thresholdMs);
    void stop();
    /// Compares both clocks now (the timer calls it); emits jumped() on a jump and rebases.
    void check();

Q_SIGNALS:
    /// \a driftMs: how far the wall clock moved beyond (or, negative, short of) the monotonic one.
    void jumped(qint64 driftMs);

private:
    void rebase();

    std::function<qint64()> m_wallClock;
    QTimer m_timer;
    QElapsedTimer m_monotonic;
    qint64 m_wallAtBase = 0;
    int m_thresholdMs = 20000;
};

} // namespace models
