#include "pagewalker.h"

#include "intercomclient.h"
#include "jsonvalue.h"

namespace api {

namespace {

PageWalker *walker(IntercomClient *client, PageWalker::Style style, const QString &path,
                   const QString &listKey, int perPage)
{
    auto fetch = [client, style, path, perPage](const QString &cursor, int page) -> ApiJob * {
        const QUrlQuery query = style == PageWalker::Style::Cursor
                                    ? RequestBuilder::cursorQuery(perPage, cursor)
                                    : RequestBuilder::pageQuery(page, perPage);
        return client->call("GET", path, {}, query);
    };
    return new PageWalker(style, listKey, fetch, client);
}

} // namespace

PageWalker::PageWalker(Style style, const QString &listKey, Fetch fetch, QObject *parent)
    : QObject(parent)
    , m_style(style)
    , m_listKey(listKey)
    , m_fetch(std::move(fetch))
{}

PageWalker *PageWalker::conversations(IntercomClient *client, int perPage)
{
    return walker(client, Style::Cursor, QStringLiteral("/conversations"),
                  QStringLiteral("conversations"), perPage);
}

PageWalker *PageWalker::contacts(IntercomClient *client, int perPage)
{
    return walker(client, Style::Cursor, QStringLiteral("/contacts"), QStringLiteral("data"),
                  perPage);
}

PageWalker *PageWalker::companies(IntercomClient *client, int perPage)
{
    return walker(client, Style::PageNumber, QStringLiteral("/companies"), QStringLiteral("data"),
                  perPage);
}

PageWalker *PageWalker::articles(IntercomClient *client, int perPage)
{
    return walker(client, Style::PageNumber, QStringLiteral("/articles"), QStringLiteral("data"),
                  perPage);
}

PageWalker *PageWalker::collections(IntercomClient *client, int perPage)
{
    return walker(client, Style::PageNumber, QStringLiteral("/help_center/collections"),
                  QStringLiteral("data"), perPage);
}

void PageWalker::start()
{
    if (m_job || m_finished)
        return;
    fetch({}, 1);
}

void PageWalker::abort()
{
    finish(ApiError::make(ApiError::Category::Cancelled));
}

void PageWalker::fetch(const QString &cursor, int page)
{
    m_job = m_fetch(cursor, page);
    connect(m_job, &ApiJob::finished, this,
            [this, job = m_job.data(), page] { handlePage(job, page); });
}

void PageWalker::handlePage(ApiJob *job, int page)
{
    if (job != m_job || m_finished)
        return;
    m_job.clear();
    // Pages reach receivers in order: the previous one first, even if this answer beat it.
    deliverPendingPage();
    if (m_finished) // a receiver aborted
        return;
    if (job->error()) {
        finish(job->error());
        return;
    }
    const QJsonObject body = job->json();
    ++m_pages;
    m_items += int(json::array(body.value(m_listKey)).size());

    const bool limitReached
        = (m_maxPages > 0 && m_pages >= m_maxPages) || (m_maxItems > 0 && m_items >= m_maxItems);
    const PageInfo info = PageInfo::fromJson(json::object(body.value(QLatin1String("pages"))));
    bool more = false;
    if (!limitReached && m_style == Style::Cursor && info.hasNextCursor()) {
        if (m_seenCursors.contains(info.nextCursor)) {
            Q_EMIT pageReceived(body);
            finish(ApiError::make(ApiError::Category::InvalidResponse,
                                  QStringLiteral("repeated cursor %1").arg(info.nextCursor)));
            return;
        }
        m_seenCursors.insert(info.nextCursor);
        fetch(info.nextCursor, page + 1);
        more = true;
    } else if (!limitReached && m_style == Style::PageNumber && info.hasNextPageNumber()) {
        fetch({}, info.page + 1);
        more = true;
    }

    // The next request was queued first, so the client sends it before this page is handed
    // over: the server prepares page N+1 while receivers parse page N.
    m_pendingPage = body;
    QMetaObject::invokeMethod(
        this,
        [this, more] {
            deliverPendingPage();
            if (!more && !m_finished)
                finish({});
        },
        Qt::QueuedConnection);
}

void PageWalker::deliverPendingPage()
{
    if (!m_pendingPage || m_finished)
        return;
    const QJsonObject body = std::move(*m_pendingPage);
    m_pendingPage.reset();
    Q_EMIT pageReceived(body);
}

void PageWalker::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_pendingPage.reset(); // not handed over before an abort: receivers asked for no more
    if (ApiJob *job = m_job.data()) {
        m_job.clear();
        job->disconnect(this);
        job->abort();
    }
    Q_EMIT finished();
}

} // namespace api
