#pragma once

#include "apierror.h"

#include <optional>

namespace api {

/// Limits of the automatic retries of one request.
struct RetryPolicy
{
    int maxAttempts = 4;            ///< including the first one; 1 disables retries
    qint64 baseDelayMs = 500;       ///< delay before the 2nd attempt, doubled each time
    qint64 maxDelayMs = 30000;      ///< cap of the exponential back-off
    qint64 maxRetryAfterMs = 60000; ///< a server asking to wait longer is not retried

    static RetryPolicy none() { return RetryPolicy{1, 0, 0, 0}; }
};

/// The facts about one failed attempt that decide whether to try again.
struct RetryInput
{
    int attempt = 1;         ///< the attempt that just failed, 1-based
    ApiError error;          ///< its error (category, network error, retryAfterMs)
    bool idempotent = true;  ///< GET/PUT/DELETE, or a POST marked safe (search)
    double randomUnit = 0.0; ///< a random number in [0, 1) for the jitter
};

/// Decides whether and when to try again: nullopt means give up, a value is the delay in ms.
///
/// - 429 is retried for every method (the server did not process it), after Retry-After /
///   X-RateLimit-Reset when given (plus up to 10% jitter), else after the back-off.
/// - 5xx, timeouts and dropped connections are retried only for idempotent requests: a POST
///   that may have been processed is never resent blindly. A connection refused (or a host not
///   found) never reached the server and is retried for every method.
/// - The back-off is base * 2^(attempt-1), capped, with "equal jitter": [d/2, d).
/// Pure function.
std::optional<qint64> retryDelayMs(const RetryPolicy &policy, const RetryInput &input);

} // namespace api
