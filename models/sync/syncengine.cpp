#include "syncengine.h"

#include "searchwalk.h"
#include "syncqueries.h"
#include "threadfetcher.h"

#include "models/store/syncstaterepository.h"

#include "api/intercomclient.h"
#include "api/jsonvalue.h"

#include <QDateTime>

#include <algorithm>

namespace models {

namespace {

constexpr qint64 SecsPerDay = 24 * 60 * 60;

/// Runs \a call in \a worker's thread, after everything queued there before.
template<typename Call> void post(SyncWorker *worker, Call call)
{
    QMetaObject::invokeMethod(
        worker, [worker, call] { call(worker); }, Qt::QueuedConnection);
}

} // namespace

QString syncPhaseName(SyncPhase phase)
{
    switch (phase) {
    case SyncPhase::Idle:
        return QStringLiteral("idle");
    case SyncPhase::ReferenceData:
        return QStringLiteral("reference");
    case SyncPhase::Open:
        return QStringLiteral("open");
    case SyncPhase::Closed:
        return QStringLiteral("closed");
    case SyncPhase::Incremental:
        return QStringLiteral("incremental");
    }
    return {};
}

SyncEngine::SyncEngine(api::IntercomClient *client, const QString &databasePath,
                       StoreChanges *changes, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_databasePath(databasePath)
    , m_wallClock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    qRegisterMetaType<PageResult>();
    qRegisterMetaType<SyncSnapshot>();
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncWorker::Reference>();
    m_thread.setObjectName(QStringLiteral("triage-sync-writer"));
    m_worker = new SyncWorker(changes);
    m_worker->moveToThread(&m_thread);
    m_threads = new ThreadFetcher(client, m_worker, this);

    connect(m_worker, &SyncWorker::opened, this, &SyncEngine::handleOpened);
    connect(m_worker, &SyncWorker::pageStored, this, &SyncEngine::handlePageStored);
    connect(m_worker, &SyncWorker::referenceStored, this,
            [this](SyncWorker::Reference, bool ok, const QString &error) {
                if (!ok)
                    fail(error);
            });
    connect(m_worker, &SyncWorker::stateWritten, this, [this](bool ok, const QString &error) {
        if (!ok)
            fail(error);
    });
    connect(m_worker, &SyncWorker::prefetchCandidatesFound, m_threads, &ThreadFetcher::prefetch);
    connect(m_threads, &ThreadFetcher::requestsSent, this,
            [this](int count) { m_progress.requests += count; });
    connect(m_threads, &ThreadFetcher::threadFetched, this,
            [this](const QString &id, bool ok, const QString &error) {
                if (ok)
                    ++m_progress.threadsFetched;
                else if (!m_client->isAuthenticationRequired()) // reported once, by the hold
                    fail(error);
                Q_EMIT threadFetched(id, ok);
                emitProgress();
            });

    connect(client, &api::IntercomClient::authenticationFailed, this,
            &SyncEngine::holdForAuthentication);
    connect(client, &api::IntercomClient::tokenChanged, this, [this] {
        if (!m_authenticationHeld)
            return;
        endAuthenticationHold(); // a pause() of the app's own stays
        updateHolds();
        runCycle();
    });

    m_cycleTimer.setSingleShot(true);
    connect(&m_cycleTimer, &QTimer::timeout, this, &SyncEngine::runCycle);
    connect(&m_clockWatch, &ClockWatch::jumped, this, [this] {
        // After a sleep the teammates may have changed too.
        m_referenceStale = true;
        syncNow();
    });
}

SyncEngine::~SyncEngine()
{
    m_cycleTimer.stop();
    delete m_walk.data();
    delete m_threads;
    if (m_thread.isRunning()) {
        // Pages already handed over are written first: they are in the queue before close().
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    delete m_worker;
}

void SyncEngine::setWallClock(std::function<qint64()> clock)
{
    m_wallClock = clock;
    m_clockWatch.setWallClock(clock);
    m_threads->setWallClock(std::move(clock));
}

void SyncEngine::start()
{
    if (m_started)
        return;
    m_started = true;
    m_thread.start();
    post(m_worker, [path = m_databasePath](SyncWorker *worker) { worker->open(path); });
    m_clockWatch.start(m_options.clockCheckMs, m_options.clockJumpMs);
}

void SyncEngine::handleOpened(const SyncSnapshot &snapshot)
{
    if (!snapshot.ok) {
        fail(snapshot.error); // without a store there is nothing to sync into
        return;
    }
    m_opened = true;
    m_stage = snapshot.stage;
    m_cursor = snapshot.cursor;
    m_watermark = snapshot.watermark;
    m_horizonCutoff = snapshot.horizonCutoff;
    m_meAdminId = snapshot.meAdminId;
    m_progress.initialSyncDone = m_stage == SyncKeys::stageDone();
    if (m_progress.initialSyncDone)
        post(m_worker, [me = m_meAdminId, n = m_options.prefetchPerView](SyncWorker *worker) {
            worker->findPrefetchCandidates(me, n);
        });
    runCycle();
}

bool SyncEngine::isBusy() const
{
    return m_walk || m_referencePending > 0 || m_pagesInWriter > 0;
}

int SyncEngine::cycleIntervalMs() const
{
    return m_active ? m_options.activeIntervalMs : m_options.backgroundIntervalMs;
}

void SyncEngine::pause()
{
    m_paused = true;
    m_cycleTimer.stop();
    updateHolds();
}

void SyncEngine::resume()
{
    m_paused = false;
    endAuthenticationHold();
    updateHolds();
    runCycle();
}

void SyncEngine::holdForAuthentication()
{
    if (m_authenticationHeld)
        return;
    // No retry loop: every request would be refused until the agent signs in again.
    m_authenticationHeld = true;
    m_cycleTimer.stop();
    m_progress.authenticationRequired = true;
    m_progress.lastError
        = api::ApiError::make(api::ApiError::Category::Authentication).displayText();
    updateHolds();
    emitProgress();
    Q_EMIT authenticationRequired();
}

void SyncEngine::endAuthenticationHold()
{
    if (!m_authenticationHeld)
        return;
    m_authenticationHeld = false;
    m_progress.authenticationRequired = false;
    m_progress.lastError.clear();
    emitProgress();
}

void SyncEngine::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    // The next cycle comes one (new) interval after the last one ended.
    if (m_cycleTimer.isActive() && m_sinceLastWork.isValid()) {
        m_cycleTimer.start(int(std::max<qint64>(0, cycleIntervalMs() - m_sinceLastWork.elapsed())));
    }
}

void SyncEngine::syncNow()
{
    if (isBusy())
        m_cycleRequested = true;
    else
        scheduleCycle(0);
}

void SyncEngine::fetchThread(const QString &conversationId)
{
    m_threads->fetch(conversationId);
}

void SyncEngine::runCycle()
{
    m_cycleTimer.stop();
    if (!m_opened || isPaused())
        return;
    if (isBusy()) {
        m_cycleRequested = true;
        return;
    }
    m_cycleRequested = false;
    if (m_referenceStale)
        refreshReferenceData();
    else
        syncConversations();
}

void SyncEngine::syncConversations()
{
    if (!m_progress.initialSyncDone) {
        continueInitialSync();
        return;
    }
    setPhase(SyncPhase::Incremental);
    startWalk(SyncQueries::updatedSince(m_watermark - m_options.safetyMarginSecs),
              PageTask::Kind::Incremental, {}, {});
}

void SyncEngine::refreshReferenceData()
{
    setPhase(SyncPhase::ReferenceData);
    m_referenceFailed = false;
    const QList<std::pair<SyncWorker::Reference, QString>> lists{
        {SyncWorker::Reference::Me, QStringLiteral("/me")},
        {SyncWorker::Reference::Admins, QStringLiteral("/admins")},
        {SyncWorker::Reference::Teams, QStringLiteral("/teams")},
        {SyncWorker::Reference::Tags, QStringLiteral("/tags")},
    };
    m_referencePending = int(lists.size());
    updateHolds();
    for (const auto &[kind, path] : lists)
        fetchReference(kind, path);
}

void SyncEngine::fetchReference(SyncWorker::Reference kind, const QString &path)
{
    api::ApiJob *job = m_client->call("GET", path);
    connect(job, &api::ApiJob::finished, this, [this, job, kind] {
        m_progress.requests += job->attempts();
        --m_referencePending;
        if (job->error()) {
            m_referenceFailed = true;
            fail(job->error());
        } else {
            const QJsonObject json = job->json();
            if (kind == SyncWorker::Reference::Me)
                m_meAdminId = api::json::id(json.value(QLatin1String("id")));
            post(m_worker,
                 [kind, json](SyncWorker *worker) { worker->storeReference(kind, json); });
        }
        if (m_referencePending > 0)
            return;
        // Conversations go on even without the lists; the lists are retried next cycle.
        m_referenceStale = m_referenceFailed;
        if (m_authenticationHeld)
            finishWork(false); // the walk would only be refused
        else
            syncConversations();
    });
}

void SyncEngine::continueInitialSync()
{
    QHash<QString, QString> state;
    if (m_stage.isEmpty()) {
        m_stage = SyncKeys::stageOpen();
        m_cursor.clear();
        state.insert(SyncKeys::initialStage(), m_stage);
    }
    if (m_horizonCutoff == 0) {
        // Fixed once, so that a resumed walk keeps asking the same question.
        m_horizonCutoff = nowSecs() - qint64(m_options.horizonDays) * SecsPerDay;
        state.insert(SyncStateRepository::closedHorizon(), QString::number(m_horizonCutoff));
    }
    if (!state.isEmpty())
        post(m_worker, [state](SyncWorker *worker) { worker->writeState(state); });
    if (m_stage == SyncKeys::stageOpen()) {
        setPhase(SyncPhase::Open);
        startWalk(SyncQueries::openAndSnoozed(), PageTask::Kind::Initial, m_stage, m_cursor);
    } else {
        setPhase(SyncPhase::Closed);
        startWalk(SyncQueries::closedSince(m_horizonCutoff), PageTask::Kind::Initial,
                  SyncKeys::stageClosed(), m_cursor);
    }
}

void SyncEngine::startWalk(const api::SearchQuery &query, PageTask::Kind kind, const QString &stage,
                           const QString &cursor)
{
    ++m_walkId;
    m_walkKind = kind;
    m_walkStage = stage;
    auto *walk
        = new SearchWalk(m_client, query, m_options.perPage, m_options.maxPendingPages, this);
    m_walk = walk;
    connect(walk, &SearchWalk::pageReceived, this, &SyncEngine::handlePage);
    connect(walk, &SearchWalk::finished, this, &SyncEngine::handleWalkFinished);
    updateHolds();
    walk->start(cursor);
}

void SyncEngine::handlePage(const QJsonObject &page, const QString &cursor,
                            const QString &nextCursor)
{
    PageTask task;
    task.walkId = m_walkId;
    task.kind = m_walkKind;
    task.page = page;
    task.firstPage = cursor.isEmpty();
    task.lastPage = nextCursor.isEmpty();
    task.stage = m_walkStage;
    task.nextCursor = nextCursor;
    task.nextStage
        = m_walkStage == SyncKeys::stageOpen() ? SyncKeys::stageClosed() : SyncKeys::stageDone();
    task.fallbackWatermark = m_horizonCutoff;
    ++m_pagesInWriter;
    post(m_worker, [task](SyncWorker *worker) { worker->storePage(task); });
}

void SyncEngine::handlePageStored(const PageResult &result)
{
    --m_pagesInWriter;
    if (result.ok) {
        ++m_progress.pagesDone;
        m_progress.conversationsStored += result.stored;
        if (result.watermark > 0)
            m_watermark = result.watermark;
        if (!result.stage.isEmpty()) {
            m_stage = result.stage;
            m_cursor = result.cursor;
        }
    } else {
        fail(result.error);
    }
    Q_EMIT pageStored(result);
    if (m_walk && result.walkId == m_walkId) {
        if (result.ok)
            m_walk->pageConsumed(); // may finish the walk
        else
            m_walk->abort();
    }
    emitProgress();
    if (!isBusy() && m_cycleRequested)
        scheduleCycle(0);
}

void SyncEngine::handleWalkFinished()
{
    SearchWalk *walk = m_walk.data();
    if (!walk || sender() != walk)
        return;
    m_walk.clear();
    walk->deleteLater();
    m_progress.requests += walk->requestCount();
    const api::ApiError error = walk->error();
    if (!error) {
        if (m_walkKind == PageTask::Kind::Initial)
            finishInitialStage();
        else
            finishWork(true);
        return;
    }
    post(m_worker, [id = m_walkId](SyncWorker *worker) { worker->forgetWalk(id); });
    if (error.category != api::ApiError::Category::Cancelled) // a store failure is reported
        fail(error);
    const bool staleCursor = m_walkKind == PageTask::Kind::Initial && walk->isResumed()
                             && walk->pageCount() == 0
                             && error.category == api::ApiError::Category::BadRequest;
    if (staleCursor) {
        // The server no longer knows the cursor saved before a restart: redo the stage.
        m_cursor.clear();
        post(m_worker, [](SyncWorker *worker) {
            worker->writeState({{SyncKeys::initialCursor(), QString()}});
        });
        m_cycleRequested = true;
    }
    finishWork(false);
}

void SyncEngine::finishInitialStage()
{
    if (m_stage != SyncKeys::stageDone()) {
        continueInitialSync(); // the open stage is stored: on to the closed one
        return;
    }
    m_progress.initialSyncDone = true;
    post(m_worker, [me = m_meAdminId, n = m_options.prefetchPerView](SyncWorker *worker) {
        worker->findPrefetchCandidates(me, n);
    });
    finishWork(true);
    Q_EMIT initialSyncFinished();
}

void SyncEngine::finishWork(bool ok)
{
    const bool incremental = m_progress.phase == SyncPhase::Incremental;
    if (ok) {
        m_progress.lastError.clear();
        m_progress.reachable = true;
    }
    setPhase(SyncPhase::Idle);
    m_sinceLastWork.start();
    updateHolds();
    emitProgress();
    if (incremental)
        Q_EMIT cycleFinished(ok);
    scheduleCycle(m_cycleRequested && !isBusy() ? 0 : cycleIntervalMs());
}

void SyncEngine::scheduleCycle(int delayMs)
{
    if (m_opened && !isPaused())
        m_cycleTimer.start(delayMs);
}

void SyncEngine::fail(const api::ApiError &error)
{
    using Category = api::ApiError::Category;
    if (error.category == Category::Authentication) {
        holdForAuthentication(); // reported once there, not once per refused request
        return;
    }
    // A failed TLS handshake counts as unreachable too: nothing can be sent there safely.
    m_progress.reachable = error.category != Category::Connection
                           && error.category != Category::Timeout
                           && error.category != Category::Tls;
    fail(error.displayText());
}

void SyncEngine::fail(const QString &message)
{
    m_progress.lastError = message;
    Q_EMIT errorOccurred(message);
    emitProgress();
}

void SyncEngine::setPhase(SyncPhase phase)
{
    if (m_progress.phase == phase)
        return;
    m_progress.phase = phase;
    Q_EMIT phaseChanged(phase);
    emitProgress();
}

void SyncEngine::updateHolds()
{
    m_threads->setPrefetchHeld(isPaused() || isBusy() || !m_progress.initialSyncDone);
}

} // namespace models
