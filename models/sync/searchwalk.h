#pragma once

#include "api/apierror.h"
#include "api/searchquery.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace api {
class ApiJob;
class IntercomClient;
} // namespace api

namespace models {

/// Walks POST /conversations/search to the last page, handing each page's raw JSON over as it
/// arrives. Unlike api::PageWalker it applies back-pressure: the next page is requested
/// (before the current one is handed over, so the server works while the receiver parses)
/// only while fewer than \a maxPending pages await pageConsumed(). So at most one request
/// is in flight and a slow writer never lets pages pile up.
///
/// finished() is emitted exactly once: on the first error (pages already handed over stay
/// valid), or when the last page was received and every page was consumed. GUI-thread object.
class SearchWalk : public QObject
{
    Q_OBJECT
public:
    SearchWalk(api::IntercomClient *client, const api::SearchQuery &query, int perPage,
               int maxPending, QObject *parent = nullptr);
    ~SearchWalk() override;

    /// Starts at \a cursor (empty: the first page).
    void start(const QString &cursor = {});
    /// The receiver is done with one page handed over by pageReceived().
    void pageConsumed();
    /// Ends the walk with a Cancelled error.
    void abort();

    bool isFinished() const { return m_finished; }
    const api::ApiError &error() const { return m_error; }
    /// Whether start() was given a cursor (a resumed walk).
    bool isResumed() const { return m_resumed; }
    int pageCount() const { return m_pages; }
    /// HTTP requests sent so far, retries included.
    int requestCount() const { return m_requests; }
    int pendingCount() const { return m_pending; }

Q_SIGNALS:
    /// \a cursor fetched this page (empty for the first); \a nextCursor is empty on the last.
    void pageReceived(const QJsonObject &page, const QString &cursor, const QString &nextCursor);
    void finished();

private:
    void fetchNext();
    void handleAnswer(api::ApiJob *job, const QString &cursor);
    void finishIfDone();
    void finish(const api::ApiError &error);

    api::IntercomClient *m_client;
    api::SearchQuery m_query;
    int m_perPage;
    int m_maxPending;
    QPointer<api::ApiJob> m_job;
    QString m_nextCursor;
    QSet<QString> m_seenCursors;
    bool m_hasNext = true;
    bool m_started = false;
    bool m_resumed = false;
    bool m_finished = false;
    int m_pending = 0;
    int m_pages = 0;
    int m_requests = 0;
    api::ApiError m_error;
};

} // namespace models
