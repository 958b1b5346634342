#pragma once

#include "apierror.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

namespace api {

class ApiJob;
class IntercomClient;

/// Walks a paginated list to its end (or a limit), one page request at a time, emitting each
/// page's raw JSON as it arrives so that callers can stream (and parse off the GUI thread).
/// Cursor style follows pages.next.starting_after; page-number style follows page/total_pages.
/// finished() is emitted exactly once; error() tells whether the walk was complete.
/// A repeated cursor ends the walk with InvalidResponse instead of looping. The next page is
/// requested before the current one is handed to receivers (on the next event-loop turn), so
/// the server works while receivers parse. GUI-thread object.
class PageWalker : public QObject
{
    Q_OBJECT
public:
    enum class Style { Cursor, PageNumber };
    /// Sends the request for one page: \a cursor (Cursor style, empty for the first page) or
    /// \a page (PageNumber style, 1-based).
    using Fetch = std::function<ApiJob *(const QString &cursor, int page)>;

    PageWalker(Style style, const QString &listKey, Fetch fetch, QObject *parent = nullptr);

    /// Walkers of the main lists; \a perPage 0 = the server's default.
    static PageWalker *conversations(IntercomClient *client, int perPage = 0);
    static PageWalker *contacts(IntercomClient *client, int perPage = 0);
    static PageWalker *companies(IntercomClient *client, int perPage = 0);
    static PageWalker *articles(IntercomClient *client, int perPage = 0);
    static PageWalker *collections(IntercomClient *client, int perPage = 0);

    /// Stop after this many pages / items (0 = no limit). The last page is emitted whole.
    void setMaxPages(int pages) { m_maxPages = pages; }
    void setMaxItems(int items) { m_maxItems = items; }

    void start();
    void abort();

    const ApiError &error() const { return m_error; }
    int pageCount() const { return m_pages; }
    int itemCount() const { return m_items; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void pageReceived(const QJsonObject &page);
    void finished();

private:
    void fetch(const QString &cursor, int page);
    void handlePage(ApiJob *job, int page);
    void deliverPendingPage();
    void finish(const ApiError &error);

    Style m_style;
    QString m_listKey;
    Fetch m_fetch;
    QPointer<ApiJob> m_job;
    std::optional<QJsonObject> m_pendingPage; ///< received, not yet handed to receivers
    QSet<QString> m_seenCursors;
    int m_maxPages = 0;
    int m_maxItems = 0;
    int m_pages = 0;
    int m_items = 0;
    bool m_finished = false;
    ApiError m_error;
};

} // namespace api
