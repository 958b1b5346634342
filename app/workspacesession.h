#pragma once

#include "launchoptions.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

namespace api {
class IntercomClient;
}
namespace models {
class RemoteConversationModel;
}
namespace ui {
class MainWindow;
}

namespace app {

class WorkspaceConnection;

/// One workspace, wired end to end: (in demo mode, the in-process sandbox) → API client →
/// conversation model → main window. Owns all of them; destroys them in reverse order.
/// GUI thread.
class WorkspaceSession : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceSession(QObject *parent = nullptr);
    ~WorkspaceSession() override;

    /// Starts the sandbox (demo) or reads the token from INTERCOM_ACCESS_TOKEN (server mode),
    /// creates the client and the model and starts loading. False with a translated \a error
    /// when it cannot start.
    bool start(const LaunchOptions &options, QString *error);
    /// Creates and shows the main window.
    void showWindow();

    api::IntercomClient *client() const { return m_client.get(); }
    models::RemoteConversationModel *conversations() const { return m_conversations.get(); }
    ui::MainWindow *window() const { return m_window.get(); }

private:
    void askWorkspaceName();

    std::unique_ptr<WorkspaceConnection> m_connection;
    std::unique_ptr<api::IntercomClient> m_client;
    std::unique_ptr<models::RemoteConversationModel> m_conversations;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace app
