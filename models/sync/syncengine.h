#pragma once

#include "clockwatch.h"
#include "syncoptions.h"
#include "synctasks.h"
#include "syncworker.h"

#include "api/apierror.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <functional>

namespace api {
class IntercomClient;
class SearchQuery;
} // namespace api

namespace models {

class SearchWalk;
class StoreChanges;
class ThreadFetcher;

/// Fills a workspace's store from the API and keeps it current.
///
/// start() opens the store in a worker thread (its own connection), refreshes admins, teams
/// and tags, then runs (or resumes) the initial sync: every open and snoozed conversation,
/// then the closed ones updated within the horizon, 150 per search. After that an incremental
/// cycle searches `updated_at > watermark − margin` on an adaptive interval, walking every page;
/// the watermark advances only in the transaction of a walk's last page, so a failed cycle
/// (network loss, sleep) is simply repeated from the same point by the next one. A wall-clock
/// jump (resume from sleep) starts a cycle at once. Threads are fetched on demand and
/// prefetched for the top of "mine" and "unassigned".
///
/// Network requests run here (the client's thread) one walk at a time, at most one page ahead
/// of the writer; parsing and writing happen in the worker thread, which announces changes
/// through \a changes (may be null). Errors are kept in progress() and retried on the next
/// cycle; none is fatal. A refused token (401, from any request of \a client) is the exception:
/// the engine holds (no cycles, no prefetches, no retries) with progress().authenticationRequired
/// set and authenticationRequired() emitted once, until the client gets a new token
/// (IntercomClient::setToken()) or resume() is called; then it goes on from the stored watermark
/// and cursor, so nothing is skipped. GUI-thread object; \a client must outlive it.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(api::IntercomClient *client, const QString &databasePath,
               StoreChanges *changes = nullptr, QObject *parent = nullptr);
    ~SyncEngine() override;

    /// Before start().
    void setOptions(const SyncOptions &options) { m_options = options; }
    const SyncOptions &options() const { return m_options; }
    /// For tests: the wall clock in ms since the epoch (horizon, thread times, jump detection).
    void setWallClock(std::function<qint64()> clock);

    void start();
    /// No new cycles or prefetches (a walk in progress runs to its end).
    void pause();
    /// Cycles again, the first one right away; also ends a hold for authentication.
    void resume();
    /// Paused, or holding because the token was refused.
    bool isPaused() const { return m_paused || m_authenticationHeld; }
    bool isAuthenticationRequired() const { return m_authenticationHeld; }
    /// The window is active (cycles every activeIntervalMs) or not (backgroundIntervalMs).
    void setActive(bool active);
    bool isActive() const { return m_active; }
    int cycleIntervalMs() const;
    /// An incremental cycle as soon as nothing else runs.
    void syncNow();
    /// Fetches and stores a conversation with its parts, ahead of any prefetch.
    void fetchThread(const QString &conversationId);

    SyncPhase phase() const { return m_progress.phase; }
    const SyncProgress &progress() const { return m_progress; }
    bool isInitialSyncDone() const { return m_progress.initialSyncDone; }
    /// Whether the writer opened the store (false before, or when it could not).
    bool isStoreOpen() const { return m_opened; }
    /// Whether a walk or the reference refresh is under way.
    bool isBusy() const;
    /// The stored watermark (UNIX seconds of the newest update synced; 0 before any).
    qint64 watermark() const { return m_watermark; }
    /// Closed conversations updated after this (UNIX seconds) are part of the initial sync.
    qint64 horizonCutoff() const { return m_horizonCutoff; }
    QString meAdminId() const { return m_meAdminId; }
    /// The thread that parses and writes.
    QThread *writerThread() { return &m_thread; }
    ClockWatch *clockWatch() { return &m_clockWatch; }

Q_SIGNALS:
    void phaseChanged(models::SyncPhase phase);
    void progressChanged(const models::SyncProgress &progress);
    /// Each conversation page as stored (or refused) by the writer.
    void pageStored(const models::PageResult &result);
    void initialSyncFinished();
    /// An incremental cycle ended; \a ok when it walked every page and stored them.
    void cycleFinished(bool ok);
    void threadFetched(const QString &conversationId, bool ok);
    /// Kept in progress().lastError; the work is retried on the next cycle.
    void errorOccurred(const QString &message);
    /// The token was refused: sync holds until a new token (see the class comment).
    void authenticationRequired();

private:
    qint64 nowSecs() const { return m_wallClock() / 1000; }
    void handleOpened(const SyncSnapshot &snapshot);
    void runCycle();
    void syncConversations();
    void refreshReferenceData();
    void fetchReference(SyncWorker::Reference kind, const QString &path);
    void continueInitialSync();
    void startWalk(const api::SearchQuery &query, PageTask::Kind kind, const QString &stage,
                   const QString &cursor);
    void handlePage(const QJsonObject &page, const QString &cursor, const QString &nextCursor);
    void handlePageStored(const PageResult &result);
    void handleWalkFinished();
    void finishInitialStage();
    void finishWork(bool ok);
    void scheduleCycle(int delayMs);
    void fail(const QString &message);
    void fail(const api::ApiError &error);
    void holdForAuthentication();
    void endAuthenticationHold();
    void setPhase(SyncPhase phase);
    void updateHolds();
    void emitProgress() { Q_EMIT progressChanged(m_progress); }

    api::IntercomClient *m_client;
    QString m_databasePath;
    SyncOptions m_options;
    std::function<qint64()> m_wallClock;
    QThread m_thread;
    SyncWorker *m_worker = nullptr; ///< lives in m_thread; deleted after it stopped
    ThreadFetcher *m_threads = nullptr;
    ClockWatch m_clockWatch;
    QTimer m_cycleTimer;
    QElapsedTimer m_sinceLastWork; ///< since the last cycle (or initial stage) ended
    QPointer<SearchWalk> m_walk;
    quint64 m_walkId = 0;
    PageTask::Kind m_walkKind = PageTask::Kind::Initial;
    QString m_walkStage;
    SyncProgress m_progress;
    QString m_stage; ///< initial-sync stage ("", open, closed, done)
    QString m_cursor;
    qint64 m_watermark = 0;
    qint64 m_horizonCutoff = 0;
    QString m_meAdminId;
    int m_pagesInWriter = 0; ///< handed to the writer, not yet answered
    int m_referencePending = 0;
    bool m_referenceFailed = false;
    bool m_referenceStale = true;
    bool m_started = false;
    bool m_opened = false;
    bool m_paused = false;
    bool m_authenticationHeld = false;
    bool m_active = true;
    bool m_cycleRequested = false;
};

} // namespace models
