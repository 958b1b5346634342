#pragma once

#include "syncoptions.h"

#include "api/clientconfig.h"

#include <QJsonObject>
#include <QString>

namespace models {

/// The figures of one headless initial sync (what `triage --sync-and-exit` prints).
struct SyncFigures
{
    bool ok = false;
    QString error;         ///< why it stopped early, when !ok
    int conversations = 0; ///< conversations in the store at the end
    int requests = 0;      ///< HTTP requests sent, retries included
    qint64 wallMs = 0;
    qint64 cpuMs = -1; ///< user + system CPU time of the whole process; -1 if unknown
    qint64 rssKb = -1; ///< peak resident set size of the process; -1 if unknown

    /// {"conversations","requests","wall_ms","cpu_ms","rss_kb"} plus "error" when !ok.
    QJsonObject toJson() const;
};

/// Runs the initial sync of the workspace at \a config into the store at \a databasePath
/// (created if needed; a sync interrupted earlier is resumed) without any window, and returns
/// when it is done, when \a maxFailures cycles in a row failed, or after \a timeoutMs.
/// Spins a local event loop: call it on a thread with a QCoreApplication (the GUI thread),
/// with no other SyncEngine writing the same store.
SyncFigures runInitialSync(const api::ClientConfig &config, const QString &databasePath,
                           const SyncOptions &options = {}, int maxFailures = 3,
                           int timeoutMs = 30 * 60 * 1000);

/// This process's CPU time (user + system) in ms, and its peak RSS in kB; -1 where the
/// platform does not tell.
qint64 processCpuMs();
qint64 processPeakRssKb();

} // namespace models
