#pragma once

#include <QDateTime>
#include <QVariant>

namespace models {

struct ConversationSummary;

/// A stored time (seconds since the epoch, 0 for none) as the UTC QDateTime the roles carry;
/// invalid for none.
QDateTime utcFromSeconds(qint64 seconds);

/// The roles every list of stored conversations answers alike from its ConversationSummary:
/// id, snippet, updated and waiting times, state, priority, the assignees' ids and read. An
/// invalid QVariant for any other role: titles, contact names, pending and stale marks differ
/// between the lists, and each model answers those itself first.
QVariant summaryRoleData(const ConversationSummary &row, int role);

} // namespace models
