#pragma once

#include "parsedsearch.h"
#include "searchparser.h"

#include "models/diffinglistmodel.h"
#include "models/store/conversationsummary.h"

#include "api/apierror.h"

#include <QHash>
#include <QSet>
#include <QTimer>

#include <memory>

namespace api {
class IntercomClient;
}

namespace models {

class ConversationListModel;
class Database;
class RemoteConversationModel;
class StoreChanges;

/// The results of a search typed by the agent (see SearchParser for the syntax): first the
/// local store's matches (a ConversationListModel over the parsed filter, narrowed by the
/// conditions the filter cannot hold), at once; then the server search (within Intercom's
/// limits) completes them. The server's conversations are written to the store as the sync
/// writes them (ConversationRepository::upsertConversations, announced on StoreChanges), and
/// those the local search did not find are appended after the local rows, marked
/// IsServerResultRole, never moving the rows already shown. Offline, or when the search
/// cannot be expressed for the server, the local results stand alone and serverState() /
/// statusText() say why.
///
/// Rows answer the ConversationRole roles (plus Qt::DisplayRole, ToolTipRole and
/// AccessibleTextRole) with the values of the model they come from, cached per row so that
/// the row signals are exact (DiffingListModel). Typing is debounced: setQuery() applies the
/// local search after localDelay (default 0: the search field already debounces) and starts
/// the server search after serverDelay (default 250 ms); a new query cancels the previous
/// server search. commitQuery() does both at once. An empty query shows no rows.
/// GUI thread; \a db, \a changes and \a client (may be null: local only) outlive the model.
class SearchResultsModel final : public DiffingListModel
{
    Q_OBJECT
public:
    enum class ServerState {
        Idle,      ///< no query
        Waiting,   ///< the server search starts when typing pauses
        Searching, ///< a server request is in flight
        Done,      ///< the server's results are in
        Failed,    ///< the server search failed: statusText() says why; retryServer()
        Offline,   ///< local results only until setOnline(true)
        LocalOnly, ///< the query cannot run on the server (statusText() says why)
    };
    Q_ENUM(ServerState)

    SearchResultsModel(Database &db, StoreChanges *changes, api::IntercomClient *client,
                       QObject *parent = nullptr);
    ~SearchResultsModel() override;

    void setMeAdminId(const QString &adminId);
    void setSort(ConversationSort sort);
    void setDelays(int localMs, int serverMs);
    /// Server results per page (default 50, at most 150).
    void setServerPageSize(int perPage);
    /// For tests: the moment relative dates count from.
    void setNow(const QDateTime &now) { m_parser.setNow(now); }

    QString query() const { return m_query; }
    const ParsedSearch &parsed() const { return m_parsed; }
    /// The parse errors of the last text given (its results stay until a valid text).
    const QList<SearchError> &errors() const { return m_errors; }
    ServerState serverState() const { return m_state; }
    /// A translated line for a status bar ("Offline: showing local results").
    QString statusText() const;
    bool isOnline() const { return m_online; }
    /// How many rows came from the server only.
    int serverResultCount() const;
    /// The roles whose values rows carry.
    static QList<int> rowRoles();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

public Q_SLOTS:
    void setQuery(const QString &text);
    void commitQuery(const QString &text);
    void setOnline(bool online);
    void retryServer();

Q_SIGNALS:
    void serverStateChanged(models::SearchResultsModel::ServerState state);
    void statusTextChanged(const QString &text);
    void errorsChanged(const QList<models::SearchError> &errors);

private:
    struct Row
    {
        QString id;
        bool server = false;
        QHash<int, QVariant> values;
    };

    void applyQuery();
    void planServerSearch();
    void startServerSearch();
    void cancelServerSearch();
    void handleServerRows(int first, int last);
    void handleServerError(const api::ApiError &error);
    void setState(ServerState state, const QString &detail = {});
    /// Which of \a ids the local search matches now.
    QSet<QString> localMatches(const QStringList &ids);
    void storeServerHits(int first, int last);
    void scheduleRebuild();
    void rebuild();
    static Row rowFrom(const QAbstractItemModel &model, int row, const QString &id, bool server);

    Database &m_db;
    StoreChanges *m_changes;
    api::IntercomClient *m_client;
    ConversationListModel *m_local;
    std::unique_ptr<RemoteConversationModel> m_remote;
    SearchParser m_parser;
    QString m_meAdminId;
    bool m_vocabularyStale = true;
    ConversationSort m_sort = ConversationSort::UpdatedNewest;
    QString m_pendingText;
    QString m_query;
    ParsedSearch m_parsed;
    QList<SearchError> m_errors;
    bool m_active = false;      ///< a valid, non-empty query is applied
    QSet<QString> m_serverOnly; ///< server hits the local search did not match
    int m_perPage = 50;
    bool m_online = true;
    ServerState m_state = ServerState::Idle;
    QString m_detail; ///< the failure or the reason for LocalOnly
    QList<Row> m_rows;
    bool m_rebuilding = false;
    QTimer m_localTimer;
    QTimer m_serverTimer;
    QTimer m_rebuildTimer;
};

} // namespace models
