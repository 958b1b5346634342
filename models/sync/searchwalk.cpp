#include "searchwalk.h"

#include "syncqueries.h"

#include "api/intercomclient.h"
#include "api/jsonvalue.h"
#include "api/page.h"

#include <algorithm>

namespace models {

SearchWalk::SearchWalk(api::IntercomClient *client, const api::SearchQuery &query, int perPage,
                       int maxPending, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_query(query)
    , m_perPage(perPage)
    , m_maxPending(std::max(1, maxPending))
{}

SearchWalk::~SearchWalk()
{
    if (api::ApiJob *job = m_job.data()) {
        job->disconnect(this);
        job->abort();
    }
}

void SearchWalk::start(const QString &cursor)
{
    if (m_started)
        return;
    m_started = true;
    m_resumed = !cursor.isEmpty();
    m_nextCursor = cursor;
    fetchNext();
}

void SearchWalk::fetchNext()
{
    if (m_finished || m_job || !m_hasNext || m_pending >= m_maxPending)
        return;
    const api::SearchRequest request = SyncQueries::request(m_query, m_perPage, m_nextCursor);
    if (const QString problem = request.validate(); !problem.isEmpty()) {
        finish(api::ApiError::make(api::ApiError::Category::InvalidRequest, problem));
        return;
    }
    // Raw JSON: the typed parse happens in the writer thread, not here.
    m_job = m_client->call("POST", QStringLiteral("/conversations/search"), request.toJson(), {},
                           true);
    connect(m_job, &api::ApiJob::finished, this,
            [this, job = m_job.data(), cursor = m_nextCursor] { handleAnswer(job, cursor); });
}

void SearchWalk::handleAnswer(api::ApiJob *job, const QString &cursor)
{
    if (job != m_job)
        return;
    m_job.clear();
    m_requests += job->attempts();
    if (m_finished)
        return;
    if (job->error()) {
        finish(job->error());
        return;
    }
    const QJsonObject page = job->json();
    const api::PageInfo info
        = api::PageInfo::fromJson(api::json::object(page.value(QLatin1String("pages"))));
    m_hasNext = info.hasNextCursor();
    if (m_hasNext) {
        if (m_seenCursors.contains(info.nextCursor)) {
            finish(api::ApiError::make(api::ApiError::Category::InvalidResponse,
                                       QStringLiteral("repeated cursor %1").arg(info.nextCursor)));
            return;
        }
        m_seenCursors.insert(info.nextCursor);
        m_nextCursor = info.nextCursor;
    }
    ++m_pages;
    ++m_pending;
    fetchNext();
    Q_EMIT pageReceived(page, cursor, m_hasNext ? info.nextCursor : QString());
}

void SearchWalk::pageConsumed()
{
    if (m_finished || m_pending == 0)
        return;
    --m_pending;
    fetchNext();
    finishIfDone();
}

void SearchWalk::finishIfDone()
{
    if (!m_hasNext && !m_job && m_pending == 0)
        finish({});
}

void SearchWalk::abort()
{
    finish(api::ApiError::make(api::ApiError::Category::Cancelled));
}

void SearchWalk::finish(const api::ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (api::ApiJob *job = m_job.data()) {
        m_job.clear();
        job->disconnect(this);
        job->abort();
    }
    Q_EMIT finished();
}

} // namespace models
