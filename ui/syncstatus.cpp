#include "syncstatus.h"

#include <QLocale>

namespace ui {

QString SyncStatus::text(const models::SyncProgress &progress)
{
    if (progress.authenticationRequired) {
        return tr("Paused: the server refused the access token. Sign in again to go on; "
                  "queued actions are kept.");
    }
    if (!progress.lastError.isEmpty()) {
        // The local copy stays usable: say what failed and that it will be tried again.
        return tr("Showing the local copy. Sync failed: %1 Trying again shortly.")
            .arg(progress.lastError);
    }
    const QString stored = QLocale().toString(progress.conversationsStored);
    switch (progress.phase) {
    case models::SyncPhase::ReferenceData:
        return tr("Syncing teammates, teams and tags…");
    case models::SyncPhase::Open:
        return tr("Syncing open and snoozed conversations… %1 stored").arg(stored);
    case models::SyncPhase::Closed:
        return tr("Syncing recently closed conversations… %1 stored").arg(stored);
    case models::SyncPhase::Incremental:
        return tr("Checking for updates…");
    case models::SyncPhase::Idle:
        break;
    }
    return progress.initialSyncDone ? tr("Up to date.") : tr("Starting sync…");
}

} // namespace ui
