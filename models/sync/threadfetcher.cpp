#include "threadfetcher.h"

#include "syncworker.h"

#include "api/intercomclient.h"
#include "api/requestbuilder.h"

#include <QDateTime>

namespace models {

ThreadFetcher::ThreadFetcher(api::IntercomClient *client, SyncWorker *worker, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_worker(worker)
    , m_wallClock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    connect(m_worker, &SyncWorker::threadStored, this, &ThreadFetcher::threadFetched);
}

ThreadFetcher::~ThreadFetcher()
{
    if (api::ApiJob *job = m_job.data()) {
        job->disconnect(this);
        job->abort();
    }
}

void ThreadFetcher::fetch(const QString &conversationId)
{
    if (conversationId.isEmpty())
        return;
    m_prefetch.removeAll(conversationId);
    m_urgent.removeAll(conversationId);
    m_urgent.prepend(conversationId); // the one opened last matters most
    pump();
}

void ThreadFetcher::prefetch(const QStringList &conversationIds)
{
    for (const QString &id : conversationIds) {
        if (!id.isEmpty() && !m_prefetch.contains(id) && !m_urgent.contains(id))
            m_prefetch.append(id);
    }
    pump();
}

void ThreadFetcher::setPrefetchHeld(bool held)
{
    m_prefetchHeld = held;
    pump();
}

void ThreadFetcher::pump()
{
    if (m_job)
        return;
    QString id;
    if (!m_urgent.isEmpty())
        id = m_urgent.takeFirst();
    else if (!m_prefetchHeld && !m_prefetch.isEmpty())
        id = m_prefetch.takeFirst();
    if (id.isEmpty())
        return;
    m_job = m_client->call("GET",
                           QLatin1String("/conversations/") + api::RequestBuilder::segment(id));
    connect(m_job, &api::ApiJob::finished, this,
            [this, job = m_job.data(), id] { handleAnswer(job, id); });
}

void ThreadFetcher::handleAnswer(api::ApiJob *job, const QString &conversationId)
{
    if (job != m_job)
        return;
    m_job.clear();
    Q_EMIT requestsSent(job->attempts());
    if (job->error()) {
        Q_EMIT threadFetched(conversationId, false, job->error().displayText());
    } else {
        const QJsonObject json = job->json();
        const qint64 now = m_wallClock();
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, json, now] { worker->storeThread(json, now); },
            Qt::QueuedConnection);
    }
    pump();
}

} // namespace models
