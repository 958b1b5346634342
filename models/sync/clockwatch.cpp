#include "clockwatch.h"

#include <QDateTime>

#include <cstdlib>

namespace models {

ClockWatch::ClockWatch(QObject *parent)
    : QObject(parent)
    , m_wallClock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    connect(&m_timer, &QTimer::timeout, this, &ClockWatch::check);
    rebase();
}

void ClockWatch::setWallClock(std::function<qint64()> clock)
{
    m_wallClock = std::move(clock);
    rebase();
}

void ClockWatch::start(int intervalMs, int thresholdMs)
{
    m_thresholdMs = thresholdMs;
    rebase();
    m_timer.start(intervalMs);
}

void ClockWatch::stop()
{
    m_timer.stop();
}

void ClockWatch::check()
{
    const qint64 drift = (m_wallClock() - m_wallAtBase) - m_monotonic.elapsed();
    rebase();
    if (std::llabs(drift) > m_thresholdMs)
        Q_EMIT jumped(drift);
}

void ClockWatch::rebase()
{
    m_monotonic.start();
    m_wallAtBase = m_wallClock();
}

} // namespace models
