#pragma once

#include "launchoptions.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

namespace api {
class IntercomClient;
}
namespace models {
class ConversationListModel;
class Database;
class StoreChanges;
class SyncEngine;
} // namespace models
namespace ui {
class MainWindow;
}

namespace app {

class StoreWarmUp;
class WorkspaceConnection;

/// One workspace, wired end to end: connection (in demo mode, the sandbox) → API client →
/// local store → sync engine → conversation list → main window. The list reads the store,
/// so the window shows the local copy at once and the sync engine fills it in the background.
/// Owns all of them and destroys them in reverse order. GUI thread.
class WorkspaceSession : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceSession(QObject *parent = nullptr);
    ~WorkspaceSession() override;

    /// Opens the connection and the store and creates the client, the engine, the list (its
    /// first page read from the store) and the window. False with a translated \a error when
    /// it cannot start. \a warmUp (may be null) is the store's warm-up, waited for before the GUI
    /// thread opens its own connection.
    bool start(const LaunchOptions &options, StoreWarmUp *warmUp, QString *error);
    /// Shows the main window. Syncing and the first network call start once the
    /// window has painted: the local copy is on screen first, and the engine's thread does not
    /// compete with the first frame for the CPU.
    void showWindow();

    api::IntercomClient *client() const { return m_client.get(); }
    models::ConversationListModel *conversations() const { return m_conversations.get(); }
    models::SyncEngine *sync() const { return m_sync.get(); }
    ui::MainWindow *window() const { return m_window.get(); }

private:
    void startBackgroundWork();
    void askWorkspaceName();

    std::unique_ptr<WorkspaceConnection> m_connection;
    std::unique_ptr<models::Database> m_database; ///< the GUI thread's connection
    std::unique_ptr<models::StoreChanges> m_changes;
    std::unique_ptr<api::IntercomClient> m_client;
    std::unique_ptr<models::SyncEngine> m_sync;
    std::unique_ptr<models::ConversationListModel> m_conversations;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace app
