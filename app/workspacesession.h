#pragma once

#include "launchoptions.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

class QSettings;

namespace api {
class IntercomClient;
}
namespace models {
class ConversationListModel;
class Database;
class DraftKeeper;
class Outbox;
class StaleReplyGuard;
class StoreChanges;
class SyncEngine;
} // namespace models
namespace ui {
class MainWindow;
}

namespace app {

class WorkspaceConnection;

/// One workspace, wired end to end: connection (in demo mode, the sandbox) → API client →
/// local store → sync engine, outbox, drafts → the inbox window. The window reads the store,
/// so it shows the local copy at once and the sync engine fills it in the background.
/// Owns all of them and destroys them in reverse order. GUI thread.
///
/// The window needs to know who the agent is (their inbox, the admin id of every action).
/// The store remembers it from the last sync; on the very first start it is asked from the
/// server (GET /me) before the window is built, and failed() reports when that is impossible.
class WorkspaceSession : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceSession(QObject *parent = nullptr);
    ~WorkspaceSession() override;

    /// Opens the connection and the store and creates the client and the engine; builds the
    /// window when the agent is known (else after GET /me: ready() or failed()). False with a
    /// translated \a error when it cannot start.
    bool start(const LaunchOptions &options, QString *error);
    /// Saved mode: the teammate the workspace was signed in as, so the window needs no GET /me
    /// before it can show. Call before start().
    void setKnownAgent(const QString &adminId) { m_knownAgent = adminId; }
    /// The access token, when it arrives after start() (from the keychain) or after signing in
    /// again (a 401 holds the client, the engine and the outbox until then). Syncing and sending
    /// start once the window has painted and a token is known.
    void setToken(const QByteArray &token);
    bool hasToken() const { return m_hasToken; }

    /// Shows the main window once it is built. Syncing, sending and the first network call
    /// start once the window has painted: the local copy is on screen first, and the
    /// engine's thread does not compete with the first frame for the CPU.
    void showWindow();

    api::IntercomClient *client() const { return m_client.get(); }
    models::ConversationListModel *conversations() const { return m_conversations.get(); }
    models::SyncEngine *sync() const { return m_sync.get(); }
    models::Outbox *outbox() const { return m_outbox.get(); }
    ui::MainWindow *window() const { return m_window.get(); }

Q_SIGNALS:
    /// The window is built (showWindow() shows it).
    void ready();
    /// The agent could not be identified on a first start; translated.
    void failed(const QString &message);

private:
    void identifyAgent();
    void buildWindow(const QString &meAdminId);
    void startBackgroundWork();
    void askWorkspaceName();

    std::unique_ptr<WorkspaceConnection> m_connection;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<models::Database> m_database; ///< the GUI thread's connection
    std::unique_ptr<models::StoreChanges> m_changes;
    std::unique_ptr<api::IntercomClient> m_client;
    std::unique_ptr<models::SyncEngine> m_sync;
    std::unique_ptr<models::Outbox> m_outbox;
    std::unique_ptr<models::DraftKeeper> m_drafts;
    std::unique_ptr<models::StaleReplyGuard> m_guard;
    std::unique_ptr<models::ConversationListModel> m_conversations;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_knownAgent;
    bool m_showRequested = false;
    bool m_hasToken = false;
    bool m_painted = false;
    bool m_backgroundStarted = false;
};

} // namespace app
