#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace api {
class ApiJob;
class IntercomClient;
} // namespace api

namespace models {

class SyncWorker;

/// Fetches conversations with their parts (GET /conversations/{id}) and hands the raw JSON to
/// the writer. One request at a time: conversations the agent opens go first; prefetches wait
/// while prefetching is held (the engine holds it while a sync walk runs), so they never take
/// the rate limit from the agent or the sync. GUI-thread object; the worker lives elsewhere.
class ThreadFetcher : public QObject
{
    Q_OBJECT
public:
    ThreadFetcher(api::IntercomClient *client, SyncWorker *worker, QObject *parent = nullptr);
    ~ThreadFetcher() override;

    /// For tests: the wall clock in ms since the epoch (stored as the thread's sync time).
    void setWallClock(std::function<qint64()> clock) { m_wallClock = std::move(clock); }

    /// High priority: ahead of every prefetch.
    void fetch(const QString &conversationId);
    /// Low priority, in order, skipping those already queued.
    void prefetch(const QStringList &conversationIds);
    void setPrefetchHeld(bool held);
    int queuedCount() const { return int(m_urgent.size() + m_prefetch.size()); }
    bool isFetching() const { return !m_job.isNull(); }

Q_SIGNALS:
    /// The thread was stored (\a ok) or could not be fetched or stored (\a error).
    void threadFetched(const QString &conversationId, bool ok, const QString &error);
    /// \a count HTTP requests were sent (retries included).
    void requestsSent(int count);

private:
    void pump();
    void handleAnswer(api::ApiJob *job, const QString &conversationId);

    api::IntercomClient *m_client;
    SyncWorker *m_worker;
    std::function<qint64()> m_wallClock;
    QStringList m_urgent;
    QStringList m_prefetch;
    QPointer<api::ApiJob> m_job;
    bool m_prefetchHeld = false;
};

} // namespace models
