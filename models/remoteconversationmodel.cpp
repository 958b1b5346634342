#include "remoteconversationmodel.h"

#include "conversationroles.h"
#include "htmltext.h"
#include "summaryroles.h"

#include "api/intercomclient.h"

#include <QDateTime>

namespace models {

namespace {

constexpr int snippetLength = 140;

QString stateName(api::Conversation::State state)
{
    switch (state) {
    case api::Conversation::State::Open:
        return QStringLiteral("open");
    case api::Conversation::State::Snoozed:
        return QStringLiteral("snoozed");
    case api::Conversation::State::Closed:
        return QStringLiteral("closed");
    case api::Conversation::State::Unknown:
        break;
    }
    return {};
}

QString contactName(const api::Conversation &conversation)
{
    const api::ObjectRef &author = conversation.source.author;
    if (!author.name.isEmpty())
        return author.name;
    if (!author.email.isEmpty())
        return author.email;
    return RemoteConversationModel::tr("Unknown contact");
}

} // namespace

RemoteConversationModel::RemoteConversationModel(api::IntercomClient *client,
                                                 const api::SearchRequest &request,
                                                 QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
    , m_request(request)
{
}

RemoteConversationModel::~RemoteConversationModel()
{
    if (m_job)
        m_job->disconnect(this);
}

api::SearchRequest RemoteConversationModel::openConversations()
{
    api::SearchRequest request;
    request.query = api::SearchQuery::filter(QStringLiteral("state"), QStringLiteral("="),
                                             QStringLiteral("open"));
    request.perPage = api::SearchRequest::MaxPerPage;
    return request;
}

int RemoteConversationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RemoteConversationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::Conversation &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return c.title.isEmpty() ? plainTextFromHtml(c.source.body, snippetLength) : c.title;
    case Qt::ToolTipRole:
        return plainTextFromHtml(c.source.body, 500);
    case ConversationIdRole:
        return c.id;
    case SnippetRole:
        return plainTextFromHtml(c.source.body, snippetLength);
    case ContactNameRole:
        return contactName(c);
    case UpdatedAtRole:
        return utcFromSeconds(c.updatedAt);
    case WaitingSinceRole:
        return utcFromSeconds(c.waitingSince);
    case StateRole:
        return stateName(c.state);
    case PriorityRole:
        return api::Conversation::priorityToString(c.priority);
    case AdminAssigneeIdRole:
        return c.adminAssigneeId;
    case TeamAssigneeIdRole:
        return c.teamAssigneeId;
    case TagNamesRole: {
        QStringList names;
        for (const api::Tag &tag : c.tags)
            names << tag.name;
        return names;
    }
    case IsReadRole:
        return c.read;
    case IsPendingRole:
    case IsStaleRole:
        return false; // nothing is local yet: every row is exactly what the server sent
    default:
        return {};
    }
}

QHash<int, QByteArray> RemoteConversationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(conversationRoleNames());
    names.insert(TagNamesRole, "tagNames");
    return names;
}

bool RemoteConversationModel::canFetchMore(const QModelIndex &parent) const
{
    // After an error the view must not hammer the server by scrolling: retry() is explicit.
    return !parent.isValid() && m_hasMore && m_job.isNull() && !m_lastError;
}

void RemoteConversationModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

void RemoteConversationModel::reload()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
        m_job.clear();
    }
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_nextCursor.clear();
    m_hasMore = true;
    m_lastError = {};
    endResetModel();
    requestPage();
}

void RemoteConversationModel::retry()
{
    m_lastError = {};
    if (m_hasMore && m_job.isNull())
        requestPage();
}

void RemoteConversationModel::requestPage()
{
    api::SearchRequest request = m_request;
    request.startingAfter = m_nextCursor;
    // A search is read-only, so the client may retry it like a GET.
    api::ConversationPageJob *job = m_client->searchConversations(request);
    m_job = job;
    connect(job, &api::ApiJob::finished, this, [this, job] { handlePage(job); });
    Q_EMIT loadingChanged(true);
}

void RemoteConversationModel::handlePage(api::ApiJob *job)
{
    if (job != m_job)
        return;
    m_job.clear();
    auto *pageJob = static_cast<api::ConversationPageJob *>(job);
    if (pageJob->error()) {
        if (pageJob->error().category != api::ApiError::Category::Cancelled) {
            m_lastError = pageJob->error();
            Q_EMIT errorOccurred(m_lastError);
        }
        Q_EMIT loadingChanged(false);
        return;
    }

    const api::Page<api::Conversation> &page = pageJob->result();
    QList<api::Conversation> fresh;
    fresh.reserve(page.items.size());
    for (const api::Conversation &conversation : page.items) {
        if (!m_rowById.contains(conversation.id)) {
            m_rowById.insert(conversation.id, int(m_rows.size() + fresh.size()));
            fresh.append(conversation);
        }
    }
    if (!fresh.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
        m_rows.append(fresh);
        endInsertRows();
    }
    m_nextCursor = page.pages.nextCursor;
    m_hasMore = page.pages.hasNextCursor();
    if (m_totalCount != page.totalCount) {
        m_totalCount = page.totalCount;
        Q_EMIT totalCountChanged(m_totalCount);
    }
    Q_EMIT loadingChanged(false);
}

} // namespace models
