#include "ratelimitstate.h"

#include <QtGlobal>

#include <climits>
#include <cmath>

namespace api {

namespace {

std::optional<qint64> number(const RawHeaders &headers, const QByteArray &name)
{
    bool ok = false;
    const qint64 value = headerValue(headers, name).trimmed().toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

} // namespace

std::optional<RateLimitState> RateLimitState::fromHeaders(const RawHeaders &headers)
{
    const auto limit = number(headers, "X-RateLimit-Limit");
    const auto remaining = number(headers, "X-RateLimit-Remaining");
    if (!limit || !remaining)
        return std::nullopt;
    RateLimitState state;
    state.limit = int(qMin<qint64>(*limit, INT_MAX));
    state.remaining = int(qMin<qint64>(*remaining, INT_MAX));
    state.resetAtSecs = number(headers, "X-RateLimit-Reset").value_or(0);
    return state;
}

qint64 pacingDelayMs(const RateLimitState &state, qint64 nowMs, qint64 lastSendMs, int inFlight,
                     const PacingOptions &options)
{
    if (!state.isKnown() || state.resetAtSecs <= 0)
        return 0;
    // Clamped: the reset comes from a header and may be any number; the product must not overflow.
    const qint64 resetAtSecs = qMin<qint64>(state.resetAtSecs, LLONG_MAX / 1000);
    const qint64 untilResetMs = resetAtSecs * 1000 - nowMs;
    if (untilResetMs <= 0)
        return 0; // the window is over; the counts are stale
    const int reserve
        = qMax(options.minimumReserve, int(std::ceil(state.limit * options.reserveFraction)));
    if (state.remaining > reserve)
        return 0;
    const int slots = state.remaining - qMax(0, inFlight);
    const qint64 delay = slots <= 0 ? untilResetMs + options.resetMarginMs
                                    : lastSendMs + untilResetMs / (slots + 1) - nowMs;
    return qBound<qint64>(0, delay, options.maxDelayMs);
}

} // namespace api
