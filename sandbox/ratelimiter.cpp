#include "ratelimiter.h"

#include <QDateTime>

#include <algorithm>

namespace sandbox {

static qint64 systemClock()
{
    return QDateTime::currentSecsSinceEpoch();
}

RateLimiter::RateLimiter(int limit, int windowSeconds, Clock clock)
    : m_limit(std::max(1, limit))
    , m_windowSeconds(std::max(1, windowSeconds))
    , m_clock(clock ? std::move(clock) : Clock(systemClock))
{}

void RateLimiter::setLimit(int limit)
{
    m_limit = std::max(1, limit);
}

void RateLimiter::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock(systemClock);
}

qint64 RateLimiter::windowStart(qint64 now) const
{
    // Floor division that also holds for (unlikely) negative clocks.
    qint64 index = now / m_windowSeconds;
    if (now % m_windowSeconds < 0)
        --index;
    return index * m_windowSeconds;
}

RateLimiter::Decision RateLimiter::peek() const
{
    const qint64 start = windowStart(m_clock());
    const int used = start == m_currentWindow ? m_used : 0;
    return Decision{used < m_limit, m_limit, std::max(0, m_limit - used), start + m_windowSeconds};
}

RateLimiter::Decision RateLimiter::take()
{
    const qint64 start = windowStart(m_clock());
    if (start != m_currentWindow) {
        m_currentWindow = start;
        m_used = 0;
    }
    const bool allowed = m_used < m_limit;
    if (allowed)
        ++m_used;
    return Decision{allowed, m_limit, m_limit - m_used, start + m_windowSeconds};
}

} // namespace sandbox
