#include "contactconversationsmodel.h"

#include "models/conversationroles.h"
#include "models/store/conversationfiltersql.h"
#include "models/store/conversationrepository.h"
#include "models/storechanges.h"
#include "models/summaryroles.h"

#include "api/intercomclient.h"

#include <QDateTime>

#include <algorithm>

namespace models {

namespace {

bool sameRow(const ConversationSummary &a, const ConversationSummary &b)
{
    return a.title == b.title && a.snippet == b.snippet && a.state == b.state
           && a.updatedAt == b.updatedAt && a.waitingSince == b.waitingSince && a.read == b.read
           && a.priority == b.priority && a.contactName == b.contactName
           && a.contactEmail == b.contactEmail && a.adminAssigneeId == b.adminAssigneeId
           && a.teamAssigneeId == b.teamAssigneeId;
}

QString idOf(const ConversationSummary &summary)
{
    return summary.id;
}

} // namespace

ContactConversationsModel::ContactConversationsModel(Database &db, StoreChanges *changes,
                                                     api::IntercomClient *client, QObject *parent)
    : DiffingListModel(parent)
    , m_db(db)
    , m_changes(changes)
    , m_client(client)
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(50);
    connect(&m_reloadTimer, &QTimer::timeout, this, [this] {
        resolveOpenContact();
        reload();
    });
    if (changes) {
        // Any changed conversation may be a new one of this contact: the re-read is one
        // indexed query, and a burst of sync pages costs one.
        auto scheduleReload = [this] {
            if (!m_contactId.isEmpty() || !m_openId.isEmpty())
                m_reloadTimer.start();
        };
        connect(changes, &StoreChanges::conversationsChanged, this, scheduleReload);
        connect(changes, &StoreChanges::conversationsRemoved, this, scheduleReload);
    }
}

ContactConversationsModel::~ContactConversationsModel()
{
    abortSearch();
}

void ContactConversationsModel::setOpenConversation(const QString &conversationId)
{
    if (!conversationId.isEmpty() && conversationId == m_openId)
        return;
    m_openId = conversationId;
    m_excludedId = conversationId;
    const std::optional<ConversationSummary> open
        = conversationId.isEmpty() ? std::nullopt
                                   : ConversationRepository(m_db).summary(conversationId);
    selectContact(open ? open->contactId : QString());
}

void ContactConversationsModel::setContact(const QString &contactId,
                                           const QString &excludedConversationId)
{
    m_openId.clear();
    m_excludedId = excludedConversationId;
    selectContact(contactId);
}

void ContactConversationsModel::resolveOpenContact()
{
    if (m_openId.isEmpty() || !m_contactId.isEmpty())
        return;
    const std::optional<ConversationSummary> open = ConversationRepository(m_db).summary(m_openId);
    if (open && !open->contactId.isEmpty())
        selectContact(open->contactId);
}

void ContactConversationsModel::selectContact(const QString &contactId)
{
    if (contactId == m_contactId) {
        reload(); // the excluded conversation may have changed
        return;
    }
    abortSearch();
    ++m_generation;
    m_contactId = contactId;
    m_foundIds.clear();
    m_nextCursor.clear();
    Q_EMIT contactIdChanged(m_contactId);
    reload();
    if (m_contactId.isEmpty())
        setStatus(ContactFetchStatus::Idle);
    else
        search({});
}

void ContactConversationsModel::refresh()
{
    if (m_contactId.isEmpty())
        return;
    abortSearch();
    ++m_generation;
    m_nextCursor.clear();
    search({});
}

int ContactConversationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ContactConversationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConversationSummary &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        if (!row.title.isEmpty())
            return row.title;
        if (!row.snippet.isEmpty())
            return row.snippet;
        return tr("Conversation %1").arg(row.id);
    case Qt::ToolTipRole:
        return row.snippet.isEmpty() ? row.title : row.snippet;
    case Qt::AccessibleTextRole:
        return tr("%1, %2", "conversation title, state")
            .arg(data(index, TitleRole).toString(),
                 stateText(ConversationFilterSql::stateName(row.state)));
    case ContactNameRole:
        return row.contactName.isEmpty() ? row.contactEmail : row.contactName;
    case IsPendingRole:
    case IsStaleRole:
        return false;
    default:
        return summaryRoleData(row, role);
    }
}

QHash<int, QByteArray> ContactConversationsModel::roleNames() const
{
    QHash<int, QByteArray> names = DiffingListModel::roleNames();
    names.insert(conversationRoleNames());
    return names;
}

QString ContactConversationsModel::stateText(const QString &state)
{
    if (state == QLatin1String("open"))
        return tr("Open");
    if (state == QLatin1String("snoozed"))
        return tr("Snoozed");
    if (state == QLatin1String("closed"))
        return tr("Closed");
    return state;
}

bool ContactConversationsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_client && !m_contactId.isEmpty() && !m_nextCursor.isEmpty()
           && !m_job;
}

void ContactConversationsModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        search(m_nextCursor);
}

int ContactConversationsModel::rowOf(const QString &conversationId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == conversationId)
            return row;
    }
    return -1;
}

void ContactConversationsModel::reload()
{
    QList<ConversationSummary> fresh;
    if (!m_contactId.isEmpty()) {
        ConversationRepository repository(m_db);
        fresh = repository.contactConversations(m_contactId, StoredLimit);
        QSet<QString> listed;
        for (const ConversationSummary &row : std::as_const(fresh))
            listed.insert(row.id);
        for (const QString &id : std::as_const(m_foundIds)) {
            if (listed.contains(id))
                continue;
            if (const std::optional<ConversationSummary> found = repository.summary(id))
                fresh.append(*found);
        }
        fresh.erase(std::remove_if(
                        fresh.begin(), fresh.end(),
                        [this](const ConversationSummary &row) { return row.id == m_excludedId; }),
                    fresh.end());
        std::sort(fresh.begin(), fresh.end(),
                  [](const ConversationSummary &a, const ConversationSummary &b) {
                      return a.updatedAt != b.updatedAt ? a.updatedAt > b.updatedAt
                                                        : a.docId > b.docId;
                  });
    }
    applyRows(m_rows, fresh, idOf, sameRow);
}

void ContactConversationsModel::search(const QString &cursor)
{
    if (!m_client) {
        setStatus(ContactFetchStatus::Offline,
                  api::ApiError::make(api::ApiError::Category::Connection));
        return;
    }
    api::SearchRequest request;
    request.query
        = api::SearchQuery::filter(QStringLiteral("contact_ids"), QStringLiteral("="), m_contactId);
    request.perPage = SearchPageSize;
    request.startingAfter = cursor;
    api::ConversationPageJob *job = m_client->searchConversations(request);
    m_job = job;
    const quint64 generation = m_generation;
    connect(job, &api::ApiJob::finished, this,
            [this, job, generation] { handlePage(job, generation); });
    setStatus(ContactFetchStatus::Loading);
}

void ContactConversationsModel::handlePage(api::ApiJob *job, quint64 generation)
{
    if (generation != m_generation)
        return;
    m_job.clear();
    if (const api::ApiError &error = job->error()) {
        setStatus(ContactFetchText::statusFor(error), error);
        return;
    }
    const api::Page<api::Conversation> &page
        = static_cast<api::ConversationPageJob *>(job)->result();
    QStringList ids;
    for (const api::Conversation &conversation : page.items) {
        if (!conversation.id.isEmpty())
            ids.append(conversation.id);
    }
    if (!ConversationRepository(m_db).upsertConversations(page.items))
        qWarning("could not store the conversations of contact %s", qPrintable(m_contactId));
    else if (m_changes)
        m_changes->notifyConversationsChanged(ids);
    for (const QString &id : std::as_const(ids))
        m_foundIds.insert(id);
    m_nextCursor = page.pages.nextCursor;
    reload();
    setStatus(ContactFetchStatus::Ok);
}

void ContactConversationsModel::setStatus(ContactFetchStatus status, const api::ApiError &error)
{
    if (m_state.set(status, error))
        Q_EMIT statusChanged();
}

void ContactConversationsModel::abortSearch()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
    m_job.clear();
}

} // namespace models
