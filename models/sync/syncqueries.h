#pragma once

#include "api/searchquery.h"

namespace models::SyncQueries {

// The conversation searches of the sync engine. Each is a single filter or one AND group of
// filters, so it stays inside what Intercom accepts (no group mixing filters and groups).

/// Every open or snoozed conversation: state IN [open, snoozed].
api::SearchQuery openAndSnoozed();
/// Closed conversations updated after \a cutoffSecs: state = closed AND updated_at > cutoff.
api::SearchQuery closedSince(qint64 cutoffSecs);
/// Everything updated after \a sinceSecs: updated_at > since.
api::SearchQuery updatedSince(qint64 sinceSecs);

/// \a query with \a perPage (capped at Intercom's 150) and the cursor of the page to fetch.
api::SearchRequest request(const api::SearchQuery &query, int perPage, const QString &cursor);

} // namespace models::SyncQueries
