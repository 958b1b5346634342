#pragma once

#include "rawheaders.h"

#include <QMetaType>

#include <optional>

namespace api {

/// What the last answer said about the rate limit (X-RateLimit-Limit/-Remaining/-Reset).
/// Plain value; the client exposes the latest one and signals changes.
struct RateLimitState
{
    int limit = -1;         ///< requests per window; -1 when unknown
    int remaining = -1;     ///< requests left in the window; -1 when unknown
    qint64 resetAtSecs = 0; ///< UNIX seconds when the window resets; 0 when unknown

    bool isKnown() const { return limit >= 0 && remaining >= 0; }
    /// The state carried by response headers; nullopt when they carry none.
    static std::optional<RateLimitState> fromHeaders(const RawHeaders &headers);

    bool operator==(const RateLimitState &other) const
    {
        return limit == other.limit && remaining == other.remaining
               && resetAtSecs == other.resetAtSecs;
    }
    bool operator!=(const RateLimitState &other) const { return !(*this == other); }
};

/// Tuning of pacingDelayMs().
struct PacingOptions
{
    double reserveFraction = 0.1; ///< start pacing when remaining <= limit * fraction …
    int minimumReserve = 2;       ///< … or when remaining <= this
    qint64 maxDelayMs = 60000;    ///< never hold a request longer than this
    qint64 resetMarginMs = 200;   ///< extra wait past the reset for clock skew
};

/// How long to hold the next request so that we stay under the limit instead of hitting 429:
/// 0 while plenty is left; when little is left, the remaining window is spread over the
/// remaining requests (one every window/(slots+1) ms after \a lastSendMs); when none is left
/// (counting those in flight), wait for the reset. Pure function of its inputs.
qint64 pacingDelayMs(const RateLimitState &state, qint64 nowMs, qint64 lastSendMs, int inFlight,
                     const PacingOptions &options = {});

} // namespace api

Q_DECLARE_METATYPE(api::RateLimitState)
