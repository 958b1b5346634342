#pragma once

#include <QtGlobal>

#include <functional>

namespace sandbox {

/// Intercom-style rate limiting: a fixed number of requests per fixed window (Intercom spreads
/// its per-minute limit over 10-second windows). Windows are aligned to multiples of the window
/// length on the UNIX clock, so X-RateLimit-Reset is the same for every caller in a window.
/// Pure and single-threaded; the clock is injectable so tests never sleep.
class RateLimiter
{
public:
    /// Returns the current time in UNIX seconds.
    using Clock = std::function<qint64()>;

    /// What one request sees; maps 1:1 onto the X-RateLimit-* headers.
    struct Decision
    {
        bool allowed = true;
        int limit = 0;      ///< X-RateLimit-Limit: requests per window
        int remaining = 0;  ///< X-RateLimit-Remaining: after this request
        qint64 resetAt = 0; ///< X-RateLimit-Reset: UNIX seconds when the window ends
    };

    static constexpr int DefaultWindowSeconds = 10;
    /// Intercom's default for private apps, 10,000 per minute, spread over 10-second windows.
    static constexpr int DefaultLimit = 10000 / 6;

    explicit RateLimiter(int limit = DefaultLimit, int windowSeconds = DefaultWindowSeconds,
                         Clock clock = {});

    /// Counts one request against the current window.
    Decision take();
    /// The state without counting anything (for answers that must not cost quota, e.g. 401).
    Decision peek() const;

    int limit() const { return m_limit; }
    void setLimit(int limit);
    void setClock(Clock clock);

private:
    qint64 windowStart(qint64 now) const;

    int m_limit;
    int m_windowSeconds;
    Clock m_clock;
    qint64 m_currentWindow = -1;
    int m_used = 0;
};

} // namespace sandbox
