#pragma once

#include "api/apierror.h"
#include "api/conversation.h"
#include "api/searchquery.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>

namespace api {
class ApiJob;
class IntercomClient;
} // namespace api

namespace models {

/// A conversation list read page by page straight from the API (a server search such as
/// "state = open"): what completes a local search with the server's results, and what a
/// client without a store can show. The inbox lists read the store (ConversationListModel). Follows Qt's lazy-loading contract: canFetchMore() is true while the server
/// has more and no page is in flight; fetchMore() asks for the next page and never blocks.
/// Rows are appended in server order; a conversation already listed is not listed twice
/// (the list can shift while paging). GUI-thread object; the client must outlive it.
class RemoteConversationModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    RemoteConversationModel(api::IntercomClient *client, const api::SearchRequest &request,
                            QObject *parent = nullptr);
    ~RemoteConversationModel() override;

    /// "state = open" ordered as the server orders it, 150 a page.
    static api::SearchRequest openConversations();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// Forgets every row and loads the first page again.
    void reload();
    /// After an error: asks again for the page that failed.
    void retry();

    bool isLoading() const { return !m_job.isNull(); }
    /// The server's total for the query (0 until the first page arrives).
    int totalCount() const { return m_totalCount; }
    const api::ApiError &lastError() const { return m_lastError; }
    const api::Conversation &conversationAt(int row) const { return m_rows.at(row); }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void totalCountChanged(int total);
    /// A page could not be loaded; the rows loaded so far stay. retry() asks again.
    void errorOccurred(const api::ApiError &error);

private:
    void requestPage();
    void handlePage(api::ApiJob *job);

    api::IntercomClient *m_client;
    api::SearchRequest m_request;
    QList<api::Conversation> m_rows;
    QHash<QString, int> m_rowById;
    QPointer<api::ApiJob> m_job;
    QString m_nextCursor;
    bool m_hasMore = true;
    int m_totalCount = 0;
    api::ApiError m_lastError;
};

} // namespace models
