#pragma once

#include <QMetaType>
#include <QString>

namespace models {

/// Tuning of the sync engine. Plain value; the defaults are what the app uses.
struct SyncOptions
{
    int horizonDays = 90;             ///< closed conversations updated within this many days
    int perPage = 150;                ///< search page size (Intercom's maximum)
    int safetyMarginSecs = 60;        ///< incremental searches start this long before the watermark
    int activeIntervalMs = 10000;     ///< between incremental cycles while the window is active
    int backgroundIntervalMs = 60000; ///< … and while it is not
    int prefetchPerView = 20; ///< threads prefetched from the top of "mine" and "unassigned"
    int maxPendingPages = 2;  ///< received pages not yet stored before the walk waits
    int clockCheckMs = 5000;  ///< how often a wall-clock jump (sleep, clock change) is looked for
    int clockJumpMs = 20000;  ///< wall vs monotonic drift that counts as a jump
};

/// What the engine is doing. The initial sync goes ReferenceData → Open → Closed; then it
/// alternates Incremental (one cycle) and Idle.
enum class SyncPhase { Idle, ReferenceData, Open, Closed, Incremental };

/// Observable figures of a sync engine since it was created. Plain value.
struct SyncProgress
{
    SyncPhase phase = SyncPhase::Idle;
    int pagesDone = 0;           ///< conversation pages stored
    int conversationsStored = 0; ///< conversations written (an update counts again)
    int requests = 0;            ///< HTTP requests sent, retries included
    int threadsFetched = 0;      ///< conversations stored with their parts
    bool initialSyncDone = false;
    QString lastError; ///< translated; empty once a later cycle succeeded
    /// False after a request got no HTTP answer (connection refused, reset, DNS, TLS, timeout)
    /// until a later cycle succeeds: the window shows "Offline" and the outbox waits.
    bool reachable = true;
    /// Intercom refused the access token (401): the engine holds until the client gets a new
    /// one (IntercomClient::setToken()) or resume() is called.
    bool authenticationRequired = false;
};

QString syncPhaseName(SyncPhase phase);

} // namespace models

Q_DECLARE_METATYPE(models::SyncProgress)
