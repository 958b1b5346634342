#pragma once

#include "launchoptions.h"
#include "workspaces/workspaceprofile.h"

#include "ui/signin/signindialog.h"
#include "ui/signin/workspacemenu.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <memory>


namespace app {

class SessionTokens;
class TokenVault;
class WorkspaceRegistry;
class WorkspaceSession;
struct VaultResult;

/// Which workspace is open, and everything around signing in: opens the workspace the command
/// line names (--demo, --base-url) or the one used last, whose token it reads from the keychain
/// while the window already shows the local copy; runs the sign-in dialog on a first start, to
/// add a workspace, and when the server refuses the token while running (sync and the outbox
/// hold, nothing is dropped, and both go on with the new token); switches workspaces (the
/// Workspace menu, Ctrl+1…9); signs out (the keychain entry goes, and on request the local
/// store too).
///
/// Tokens pass through here only in memory: to the keychain (TokenVault), or to SessionTokens
/// when there is no keychain or the token came from INTERCOM_ACCESS_TOKEN. The registry, the
/// vault and the session tokens are the caller's and outlive the controller. GUI thread.
class WorkspaceController : public QObject
{
    Q_OBJECT
public:
    WorkspaceController(WorkspaceRegistry &registry, TokenVault &vault, SessionTokens &tokens,
                        QObject *parent = nullptr);
    ~WorkspaceController() override;

    /// Opens what \a options ask for. Ends in sessionReady(), or failed() when nothing can
    /// open.
    void start(const LaunchOptions &options);

    WorkspaceSession *session() const { return m_session.get(); }
    /// The open workspace: a registry entry, or a transient one (demo, --base-url).
    WorkspaceProfile currentProfile() const { return m_profile; }
    /// The sign-in dialog while one is open (tests drive it).
    ui::SignInDialog *signInDialog() const { return m_dialog; }
    ui::WorkspaceMenu *workspaceMenu() const { return m_menu; }

public Q_SLOTS:
    void switchTo(const QString &workspaceId);
    /// Ctrl+1…9: the workspace at \a index of the Workspace menu.
    void switchToIndex(int index);
    void addWorkspace();
    /// Asks for a new token for the open workspace (also what a 401 does by itself).
    void signInAgain();
    void signOut(const QString &workspaceId, bool forgetLocalData);

Q_SIGNALS:
    /// A workspace's window is built (shown right after).
    void sessionReady(app::WorkspaceSession *session);
    /// Nothing could be opened; translated. The caller ends the app.
    void failed(const QString &message);
    /// A sign-in dialog opened (tests).
    void signInShown(ui::SignInDialog *dialog);

private:
    enum class SignInPurpose { FirstStart, AddWorkspace, SignInAgain };

    void openSession(const LaunchOptions &options, const WorkspaceProfile &profile);
    void openSaved(const WorkspaceProfile &profile, const QByteArray &knownToken = {});
    void openDemo();
    void closeSession();
    void readToken(const WorkspaceProfile &profile);
    void showSignIn(SignInPurpose purpose, const QString &problem = {});
    void signedIn(SignInPurpose purpose, const ui::SignInResult &result);
    void storeToken(const WorkspaceProfile &profile, const QByteArray &token, bool runOnly,
                    const std::function<void()> &then);
    void attachToWindow();
    void refreshMenu();
    void afterSignOut();
    void showStatus(const QString &text);

    WorkspaceRegistry &m_registry;
    TokenVault &m_vault;
    SessionTokens &m_tokens;
    LaunchOptions m_options;
    WorkspaceProfile m_profile;
    std::unique_ptr<WorkspaceSession> m_session;
    QPointer<ui::SignInDialog> m_dialog;
    QPointer<ui::WorkspaceMenu> m_menu;
    QString m_pendingStatus; ///< for the window that is not built yet
};

} // namespace app
