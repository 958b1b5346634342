#pragma once

#include "contactfetchstatus.h"

#include "models/diffinglistmodel.h"
#include "models/store/conversationsummary.h"

#include "api/apierror.h"

#include <QPointer>
#include <QSet>
#include <QTimer>

namespace api {
class ApiJob;
class IntercomClient;
} // namespace api

namespace models {

class Database;
class StoreChanges;

/// A contact's conversations, newest first (by updated_at), without the one open in the
/// thread: the "Other conversations" of the contact panel, and the conversation list of a
/// contact in the contact browser.
///
/// Offline first: the rows are read from the store at once (conversations whose contact is
/// this one), then completed by a server search `contact_ids = <id>` whose results are written
/// to the store the way the sync engine writes a search page (ConversationRepository::
/// upsertConversations, then StoreChanges::notifyConversationsChanged), so every other list
/// sees them too. Conversations the search found where the contact is not the first contact
/// (the store keys on the first one) stay listed for as long as the contact is selected.
/// The server search pages under Qt's canFetchMore()/fetchMore() contract (never blocking);
/// the store is never paged (at most StoredLimit rows from it).
///
/// Rows answer the roles of conversationroles.h, and Qt::AccessibleTextRole ("title, state"). Keeps
/// itself current from StoreChanges (refreshed by difference, shortly after a burst of changes).
/// Answers for a contact no longer selected are ignored. GUI thread; \a db is the GUI thread's
/// connection; \a changes and \a client may be null (no live updates; store only); both must
/// outlive the model.
class ContactConversationsModel final : public DiffingListModel
{
    Q_OBJECT
    Q_PROPERTY(QString contactId READ contactId NOTIFY contactIdChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY statusChanged)
public:
    static constexpr int StoredLimit = 200;
    static constexpr int SearchPageSize = 50;

    ContactConversationsModel(Database &db, StoreChanges *changes, api::IntercomClient *client,
                              QObject *parent = nullptr);
    ~ContactConversationsModel() override;

    /// The conversation open in the thread: shows the other conversations of its contact
    /// (looked up in the store; found later if the conversation is not stored yet). Empty:
    /// nothing open, no rows.
    void setOpenConversation(const QString &conversationId);
    QString openConversationId() const { return m_openId; }
    /// Shows the conversations of \a contactId, all but \a excludedConversationId.
    void setContact(const QString &contactId, const QString &excludedConversationId = {});
    QString contactId() const { return m_contactId; }
    /// Runs the server search again from its first page (the Retry of a status line).
    void refresh();

    ContactFetchStatus status() const { return m_state.status; }
    bool isLoading() const { return m_state.status == ContactFetchStatus::Loading; }
    const api::ApiError &lastError() const { return m_state.error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const ConversationSummary &summaryAt(int row) const { return m_rows.at(row); }
    /// "Open", "Snoozed", "Closed" (translated) for a StateRole value.
    static QString stateText(const QString &state);
    /// The row of a conversation, -1 when it is not listed.
    int rowOf(const QString &conversationId) const;

Q_SIGNALS:
    /// The contact changed (setContact(), or the open conversation's contact became known).
    void contactIdChanged(const QString &contactId);
    void statusChanged();

private:
    void selectContact(const QString &contactId);
    void resolveOpenContact();
    void reload();
    void search(const QString &cursor);
    void handlePage(api::ApiJob *job, quint64 generation);
    void setStatus(ContactFetchStatus status, const api::ApiError &error = {});
    void abortSearch();

    Database &m_db;
    StoreChanges *m_changes;
    api::IntercomClient *m_client;
    QString m_openId;
    QString m_contactId;
    QString m_excludedId;
    QList<ConversationSummary> m_rows;
    QSet<QString> m_foundIds; ///< found by the server search for this contact
    QPointer<api::ApiJob> m_job;
    QString m_nextCursor;
    quint64 m_generation = 0;
    ContactFetchState m_state;
    QTimer m_reloadTimer; ///< one re-read per burst of store changes
};

} // namespace models
