#pragma once

#include "inboxservices.h"

#include <QMainWindow>
#include <QStringList>

#include <memory>

class QListView;
class QNetworkAccessManager;
class QSplitter;

namespace models {
class ContactConversationsModel;
class ContactDetailsModel;
class SavedSearchesModel;
class SearchResultsModel;
class TagsModel;
class TeammatesModel;
class TeamsModel;
class ThreadModel;
class ViewCountsModel;
} // namespace models

namespace ui {

class ActionErrorBar;
class CommandRegistry;
class Composer;
class ContactPanel;
class ConversationActions;
class ConversationListPane;
class InboxCommands;
class SearchField;
class StatusArea;
class ThreadView;
class ViewSidebar;

/// The inbox window: views with live counts on the left, the conversation list (or search
/// results) in the middle, the thread with the composer on the right and the collapsible
/// contact panel at the right edge; failed actions in a bar on top, sync, connection and
/// unsent actions in the status bar. Every action is a named command of commands()
/// (InboxCommands binds them). Splitter sizes, the selected view, the contact panel and the
/// geometry are restored from InboxServices::settings.
///
/// Selecting one row opens it in the thread (a reading pane): J/K move and open, Enter
/// moves the focus into the thread. Actions apply to the selected rows, which is the open
/// conversation unless several are selected. Owns its item models and widgets; the services
/// outlive it. GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const InboxServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setWorkspaceName(const QString &name);
    /// Builds the thread, the composer and the contact panel (with their models) and the bar
    /// of failed actions when InboxServices::deferPanes left them out of the first frame; does
    /// nothing the second time. Until then their accessors return null and a selected
    /// conversation waits to be opened.
    void completeWindow();

    /// The conversation shown in the thread, empty when none.
    QString openConversationId() const { return m_openId; }
    /// What actions apply to: the selected rows, else the open conversation.
    QStringList targetIds() const;
    /// The key of the selected sidebar view, or empty during a search.
    QString currentViewKey() const { return m_viewKey; }

    QListView *conversationList() const;
    ConversationListPane *listPane() const { return m_listPane; }
    ViewSidebar *sidebar() const { return m_sidebar; }
    SearchField *searchField() const { return m_search; }
    // Null before completeWindow().
    ThreadView *threadView() const { return m_threadView; }
    Composer *composer() const { return m_composer; }
    ContactPanel *contactPanel() const { return m_contactPanel; }
    StatusArea *statusArea() const { return m_status; }
    ActionErrorBar *errorBar() const { return m_errorBar; }
    CommandRegistry *commands() const { return m_commands; }
    ConversationActions *actions() const { return m_actions; }
    models::SyncEngine *sync() const { return m_services.sync; }
    models::ThreadModel *threadModel() const { return m_thread.get(); }
    models::ViewCountsModel *viewCounts() const { return m_viewCounts.get(); }
    // The pickers' and the search completion's lists: made on first use (at the latest by
    // completeWindow()), as nothing in the first frame shows them.
    models::TeammatesModel *teammates();
    models::TeamsModel *teams();
    models::TagsModel *tags();
    models::SearchResultsModel *searchResults() const { return m_searchResults.get(); }
    models::SavedSearchesModel *savedSearches() const { return m_savedSearches.get(); }

public Q_SLOTS:
    /// Shows \a conversationId in the thread, composer and contact panel, fetches its newest
    /// parts and marks it read.
    void openConversation(const QString &conversationId);
    /// Shows a sidebar view ("mine", "all", "team:<id>"…) or a saved search ("saved:<id>").
    void showView(const QString &key);
    /// Shows the results of a search text; an empty text goes back to the selected view.
    void showSearch(const QString &text);
    void saveState() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createModels();
    /// The thread's and the contact panel's models, made with their panes.
    void createPaneModels();
    QWidget *createListColumn();
    QWidget *createThreadColumn();
    void connectParts();
    void connectPanes();
    /// The view the agent looked at last ("window/view"), or the first view.
    QString restoredViewKey() const;
    /// Reads the first page of the view \a key before the list shows it (start-up).
    void preloadView(const QString &key);
    void restoreState();
    void updateTeams();
    void followSelection(const QStringList &ids);

    InboxServices m_services;
    std::unique_ptr<models::ThreadModel> m_thread;
    std::unique_ptr<models::TeammatesModel> m_teammates;
    std::unique_ptr<models::TeamsModel> m_teams;
    std::unique_ptr<models::TagsModel> m_tags;
    std::unique_ptr<models::ViewCountsModel> m_viewCounts;
    std::unique_ptr<models::SavedSearchesModel> m_savedSearches;
    std::unique_ptr<models::SearchResultsModel> m_searchResults;
    std::unique_ptr<models::ContactDetailsModel> m_contactDetails;
    std::unique_ptr<models::ContactConversationsModel> m_contactConversations;
    QNetworkAccessManager *m_imageNetwork = nullptr; ///< remote images only: no token, no cookies
    ConversationActions *m_actions = nullptr;

    QSplitter *m_columns = nullptr;
    QSplitter *m_threadSplit = nullptr;
    ViewSidebar *m_sidebar = nullptr;
    SearchField *m_search = nullptr;
    ConversationListPane *m_listPane = nullptr;
    ThreadView *m_threadView = nullptr;
    Composer *m_composer = nullptr;
    ContactPanel *m_contactPanel = nullptr;
    ActionErrorBar *m_errorBar = nullptr;
    StatusArea *m_status = nullptr;
    CommandRegistry *m_commands = nullptr;
    InboxCommands *m_inboxCommands = nullptr;

    QString m_openId;
    QString m_viewKey;
    QString m_preloadedViewKey; ///< loaded by preloadView(), not yet shown
};

} // namespace ui
