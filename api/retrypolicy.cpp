#include "retrypolicy.h"

#include <QtGlobal>

#include <cmath>

namespace api {

namespace {

bool neverReachedServer(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ConnectionRefusedError
           || error == QNetworkReply::HostNotFoundError;
}

bool isRetryable(const RetryInput &input)
{
    using Category = ApiError::Category;
    switch (input.error.category) {
    case Category::RateLimited:
        return true;
    case Category::ServerError:
    case Category::Unavailable:
    case Category::Timeout:
        return input.idempotent;
    case Category::Connection:
        return input.idempotent || neverReachedServer(input.error.networkError);
    default:
        return false;
    }
}

} // namespace

std::optional<qint64> retryDelayMs(const RetryPolicy &policy, const RetryInput &input)
{
    if (input.attempt >= policy.maxAttempts || !isRetryable(input))
        return std::nullopt;
    const double unit = qBound(0.0, input.randomUnit, 0.999999);

    if (input.error.retryAfterMs >= 0) {
        if (input.error.retryAfterMs > policy.maxRetryAfterMs)
            return std::nullopt;
        // Spread the clients that all waited for the same reset.
        return input.error.retryAfterMs
               + qint64(unit * 0.1 * qMax<qint64>(input.error.retryAfterMs, 1000));
    }

    // std::ldexp, not `2 ^ n`: in C++ ^ is XOR (libkgapi's back-off bug).
    const int exponent = qBound(0, input.attempt - 1, 30);
    const double uncapped = std::ldexp(double(policy.baseDelayMs), exponent);
    const qint64 capped = qint64(qMin(uncapped, double(policy.maxDelayMs)));
    return capped / 2 + qint64(unit * double(capped - capped / 2));
}

} // namespace api
