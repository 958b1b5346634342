#include "searchresultsmodel.h"

#include "models/conversationfiltermatch.h"
#include "models/conversationlistmodel.h"
#include "models/conversationroles.h"
#include "models/remoteconversationmodel.h"
#include "models/store/conversationfiltersql.h"
#include "models/store/conversationrepository.h"
#include "models/store/database.h"
#include "models/store/schema.h"
#include "models/storechanges.h"

#include "api/intercomclient.h"

#include <QLoggingCategory>

namespace models {

namespace {
Q_LOGGING_CATEGORY(lcSearchResults, "triage.search")
} // namespace

SearchResultsModel::SearchResultsModel(Database &db, StoreChanges *changes,
                                       api::IntercomClient *client, QObject *parent)
    : DiffingListModel(parent)
    , m_db(db)
    , m_changes(changes)
    , m_client(client)
    , m_local(new ConversationListModel(db, changes, this))
{
    m_localTimer.setSingleShot(true);
    m_localTimer.setInterval(0);
    m_serverTimer.setSingleShot(true);
    m_serverTimer.setInterval(250);
    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(0);
    connect(&m_localTimer, &QTimer::timeout, this, &SearchResultsModel::applyQuery);
    connect(&m_serverTimer, &QTimer::timeout, this, &SearchResultsModel::startServerSearch);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &SearchResultsModel::rebuild);

    // The local list changes in several steps (a reset, then its first page): the rows are
    // compared once it has settled.
    connect(m_local, &QAbstractItemModel::rowsInserted, this, &SearchResultsModel::scheduleRebuild);
    connect(m_local, &QAbstractItemModel::rowsRemoved, this, &SearchResultsModel::scheduleRebuild);
    connect(m_local, &QAbstractItemModel::rowsMoved, this, &SearchResultsModel::scheduleRebuild);
    connect(m_local, &QAbstractItemModel::modelReset, this, &SearchResultsModel::scheduleRebuild);
    connect(m_local, &QAbstractItemModel::layoutChanged, this,
            &SearchResultsModel::scheduleRebuild);
    connect(m_local, &QAbstractItemModel::dataChanged, this, &SearchResultsModel::scheduleRebuild);
    if (changes) {
        connect(changes, &StoreChanges::referenceDataChanged, this, [this] {
            m_vocabularyStale = true;
            // A name typed before the lists were synced may resolve now.
            if (!m_errors.isEmpty())
                applyQuery();
        });
    }
}

SearchResultsModel::~SearchResultsModel() = default;

void SearchResultsModel::setMeAdminId(const QString &adminId)
{
    m_meAdminId = adminId;
    m_vocabularyStale = true;
}

void SearchResultsModel::setSort(ConversationSort sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    if (m_active)
        m_local->setView(m_parsed.filter, m_sort);
}

void SearchResultsModel::setDelays(int localMs, int serverMs)
{
    m_localTimer.setInterval(localMs);
    m_serverTimer.setInterval(serverMs);
}

void SearchResultsModel::setServerPageSize(int perPage)
{
    m_perPage = qBound(1, perPage, int(api::SearchRequest::MaxPerPage));
}

QList<int> SearchResultsModel::rowRoles()
{
    QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole};
    for (int role = ConversationIdRole; role < IsServerResultRole; ++role)
        roles.append(role);
    return roles;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == IsServerResultRole)
        return row.server;
    return row.values.value(role);
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    QHash<int, QByteArray> names = m_local->roleNames();
    names.insert(IsServerResultRole, "isServerResult");
    return names;
}

bool SearchResultsModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_active || m_rebuilding)
        return false;
    if (m_local->canFetchMore({}))
        return true;
    // Further server pages only once the first one is in: the first is the debounced search.
    return m_remote && m_remote->rowCount() > 0 && m_remote->canFetchMore({});
}

void SearchResultsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (!m_local->canFetchMore({})) {
        m_remote->fetchMore({});
        setState(ServerState::Searching);
        return;
    }
    // The in-memory conditions may hide a whole page: read on until a row shows (bounded).
    const qsizetype before = m_rows.size();
    for (int page = 0; page < 20 && m_local->canFetchMore({}); ++page) {
        m_local->fetchMore({});
        rebuild();
        if (m_rows.size() > before)
            break;
    }
}

void SearchResultsModel::setQuery(const QString &text)
{
    m_pendingText = text;
    if (m_localTimer.interval() == 0)
        applyQuery();
    else
        m_localTimer.start();
}

void SearchResultsModel::commitQuery(const QString &text)
{
    m_localTimer.stop();
    m_pendingText = text;
    applyQuery();
    if (m_serverTimer.isActive()) {
        m_serverTimer.stop();
        startServerSearch();
    }
}

void SearchResultsModel::applyQuery()
{
    m_localTimer.stop();
    if (m_vocabularyStale) {
        m_parser.setVocabulary(SearchVocabulary::fromStore(m_db, m_meAdminId));
        m_vocabularyStale = false;
    }
    const ParsedSearch parsed = m_parser.parse(m_pendingText);
    if (parsed.errors != m_errors) {
        m_errors = parsed.errors;
        Q_EMIT errorsChanged(m_errors);
    }
    if (!parsed.isValid())
        return; // the last valid results stay while the agent fixes the text
    const bool sameLocal = m_active && parsed.sameLocalSearch(m_parsed);
    const bool sameServer = sameLocal && parsed.hasServerQuery == m_parsed.hasServerQuery
                            && parsed.serverQuery.toJson() == m_parsed.serverQuery.toJson();
    m_query = m_pendingText;
    if (sameServer && m_state != ServerState::Failed)
        return; // e.g. a trailing space: nothing to do again
    m_parsed = parsed;
    cancelServerSearch();
    m_active = !parsed.isEmpty();
    if (m_active && !sameLocal)
        m_local->setView(parsed.filter, m_sort);
    m_rebuildTimer.stop();
    rebuild();
    planServerSearch();
}

void SearchResultsModel::planServerSearch()
{
    if (!m_active)
        setState(ServerState::Idle);
    else if (!m_parsed.hasServerQuery)
        setState(ServerState::LocalOnly, m_parsed.serverProblem);
    else if (!m_client)
        setState(ServerState::LocalOnly, tr("Server search is not available."));
    else if (!m_online)
        setState(ServerState::Offline);
    else {
        setState(ServerState::Waiting);
        m_serverTimer.start();
    }
}

void SearchResultsModel::startServerSearch()
{
    m_serverTimer.stop();
    if (!m_active || !m_parsed.hasServerQuery || !m_client || !m_online)
        return;
    cancelServerSearch();
    api::SearchRequest request;
    request.query = m_parsed.serverQuery;
    request.perPage = m_perPage;
    m_remote = std::make_unique<RemoteConversationModel>(m_client, request);
    RemoteConversationModel *remote = m_remote.get();
    connect(remote, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { handleServerRows(first, last); });
    connect(remote, &RemoteConversationModel::loadingChanged, this, [this](bool loading) {
        if (!loading && m_remote && !m_remote->lastError())
            setState(ServerState::Done);
    });
    connect(remote, &RemoteConversationModel::errorOccurred, this,
            &SearchResultsModel::handleServerError);
    setState(ServerState::Searching);
    remote->fetchMore({});
}

void SearchResultsModel::cancelServerSearch()
{
    m_serverTimer.stop();
    m_serverOnly.clear();
    if (!m_remote)
        return;
    // Destroying the model disconnects it from its request: a late answer is ignored.
    m_remote->disconnect(this);
    m_remote.reset();
}

void SearchResultsModel::retryServer()
{
    if (m_remote && m_remote->lastError()) {
        setState(ServerState::Searching);
        m_remote->retry();
        return;
    }
    if (m_active)
        startServerSearch();
}

void SearchResultsModel::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    if (!online) {
        if (m_remote && m_remote->isLoading())
            cancelServerSearch();
        if (m_active && m_parsed.hasServerQuery && m_client)
            setState(ServerState::Offline);
        rebuild();
        return;
    }
    if (m_state == ServerState::Offline || m_state == ServerState::Failed)
        planServerSearch();
}

void SearchResultsModel::handleServerError(const api::ApiError &error)
{
    if (error.category == api::ApiError::Category::Cancelled)
        return;
    if (error.category == api::ApiError::Category::Connection
        || error.category == api::ApiError::Category::Timeout) {
        setState(ServerState::Offline);
        return;
    }
    setState(ServerState::Failed, error.displayText());
}

void SearchResultsModel::handleServerRows(int first, int last)
{
    QStringList ids;
    for (int row = first; row <= last; ++row)
        ids.append(m_remote->conversationAt(row).id);
    // Decided before the store learns of them: a hit that was not in the local results is
    // appended, even if storing it would make the local list show it among earlier rows.
    const QSet<QString> matched = localMatches(ids);
    for (const QString &id : std::as_const(ids)) {
        if (!matched.contains(id))
            m_serverOnly.insert(id);
    }
    storeServerHits(first, last);
    // The local list took the store's news synchronously: the rows can be compared now, so
    // they are in before serverStateChanged(Done).
    rebuild();
}

QSet<QString> SearchResultsModel::localMatches(const QStringList &ids)
{
    QSet<QString> matched;
    ConversationRepository repository(m_db);
    const QString match = ConversationFilterSql::matchExpression(m_parsed.filter.text);
    const QString textSql = QLatin1String("SELECT COUNT(*) FROM ") + Schema::searchTable()
                            + QLatin1String(" WHERE rowid = ? AND ") + Schema::searchTable()
                            + QLatin1String(" MATCH ?");
    for (const QString &id : ids) {
        const std::optional<ConversationSummary> summary = repository.summary(id);
        if (!summary || !matchesIgnoringText(m_parsed.filter, *summary)
            || !m_parsed.acceptsLocally(*summary)) {
            continue;
        }
        if (!match.isEmpty() && m_db.scalar(textSql, {summary->docId, match}).toInt() == 0)
            continue;
        matched.insert(id);
    }
    return matched;
}

void SearchResultsModel::storeServerHits(int first, int last)
{
    ConversationRepository repository(m_db);
    QList<api::Conversation> newer;
    QStringList ids;
    for (int row = first; row <= last; ++row) {
        const api::Conversation &conversation = m_remote->conversationAt(row);
        const std::optional<ConversationSummary> stored = repository.summary(conversation.id);
        if (stored && stored->updatedAt >= conversation.updatedAt)
            continue; // the sync got there first: nothing to write
        newer.append(conversation);
        ids.append(conversation.id);
    }
    if (newer.isEmpty())
        return;
    if (!repository.upsertConversations(newer)) {
        qCWarning(lcSearchResults)
            << "could not store server search results:" << m_db.lastError().displayText();
        return;
    }
    if (m_changes)
        m_changes->notifyConversationsChanged(ids);
}

void SearchResultsModel::setState(ServerState state, const QString &detail)
{
    const QString before = statusText();
    const bool changed = state != m_state;
    m_state = state;
    m_detail = detail;
    if (changed)
        Q_EMIT serverStateChanged(state);
    if (statusText() != before)
        Q_EMIT statusTextChanged(statusText());
}

QString SearchResultsModel::statusText() const
{
    switch (m_state) {
    case ServerState::Idle:
        return {};
    case ServerState::Waiting:
    case ServerState::Searching:
        return tr("Searching the server…");
    case ServerState::Done:
        return tr("Server search done: %n more result(s)", nullptr, serverResultCount());
    case ServerState::Failed:
        return tr("Server search failed: %1").arg(m_detail);
    case ServerState::Offline:
        return tr("Offline: showing local results");
    case ServerState::LocalOnly:
        return m_detail.isEmpty() ? tr("Showing local results only.") : m_detail;
    }
    return {};
}

int SearchResultsModel::serverResultCount() const
{
    int count = 0;
    for (const Row &row : m_rows)
        count += row.server ? 1 : 0;
    return count;
}

void SearchResultsModel::scheduleRebuild()
{
    m_rebuildTimer.start();
}

SearchResultsModel::Row SearchResultsModel::rowFrom(const QAbstractItemModel &model, int row,
                                                    const QString &id, bool server)
{
    Row result;
    result.id = id;
    result.server = server;
    const QModelIndex index = model.index(row, 0);
    for (int role : rowRoles())
        result.values.insert(role, index.data(role));
    return result;
}

void SearchResultsModel::rebuild()
{
    m_rebuildTimer.stop();
    QList<Row> fresh;
    if (m_active) {
        for (int row = 0; row < m_local->rowCount(); ++row) {
            const ConversationSummary &summary = m_local->summaryAt(row);
            if (!m_serverOnly.contains(summary.id) && m_parsed.acceptsLocally(summary))
                fresh.append(rowFrom(*m_local, row, summary.id, false));
        }
        const int serverRows = m_remote ? m_remote->rowCount() : 0;
        for (int row = 0; row < serverRows; ++row) {
            const QString &id = m_remote->conversationAt(row).id;
            if (!m_serverOnly.contains(id))
                continue;
            // The store's copy once the local list holds it: it carries pending marks.
            const int local = m_local->rowOf(id);
            fresh.append(local >= 0 ? rowFrom(*m_local, local, id, true)
                                    : rowFrom(*m_remote, row, id, true));
        }
    }
    const int serverBefore = serverResultCount();
    m_rebuilding = true;
    applyRows(
        m_rows, fresh, [](const Row &row) { return row.id; },
        [](const Row &a, const Row &b) { return a.server == b.server && a.values == b.values; });
    m_rebuilding = false;
    if (m_state == ServerState::Done && serverResultCount() != serverBefore)
        Q_EMIT statusTextChanged(statusText());
}

} // namespace models
