#pragma once

#include "api/retrypolicy.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace models {

/// How the outbox sends. Plain value.
struct OutboxOptions
{
    QString adminId;            ///< the teammate acting (admin_id of every request)
    qint64 undoWindowMs = 5000; ///< replies and notes wait this long before sending; 0 allowed
    int maxParallel = 3;        ///< conversations sent at the same time
    /// Back-off between the outbox's own attempts (the client's retries come first). The
    /// outbox never gives up on a transient failure: maxAttempts is ignored.
    api::RetryPolicy retryPolicy{4, 1000, 60000, 300000};
    int transferTimeoutMs = -1; ///< per request; -1: the client's
    std::function<qint64()> clock = [] {
        return QDateTime::currentMSecsSinceEpoch();
    };
    std::function<double()> random; ///< [0, 1) for the jitter; empty: QRandomGenerator
};

} // namespace models
