#include "workspacecontroller.h"

#include "workspaceconnection.h"
#include "workspaces/secretserviceprobe.h"
#include "workspaces/sessiontokens.h"
#include "workspaces/tokenvault.h"
#include "workspaces/vaultresult.h"
#include "workspaces/workspaceregistry.h"
#include "workspacesession.h"

#include "api/intercomclient.h"
#include "ui/commands/commandids.h"
#include "ui/commands/commandregistry.h"
#include "ui/mainwindow.h"
#include "ui/signin/signindialog.h"
#include "ui/signin/signinresult.h"
#include "ui/signin/workspacemenu.h"
#include "ui/statusarea.h"

#include <QAction>
#include <QMenuBar>

namespace app {

namespace {

WorkspaceProfile profileFrom(const ui::SignInResult &result)
{
    WorkspaceProfile profile;
    profile.workspaceName = result.workspaceName;
    profile.workspaceId = result.workspaceId;
    profile.teammateName = result.adminName;
    profile.adminId = result.adminId;
    profile.email = result.adminEmail;
    profile.region = result.region;
    profile.customBaseUrl = result.customBaseUrl;
    profile.id = profile.makeId();
    return profile;
}

/// The workspace a --demo or --base-url session shows in the menu: not in the registry.
WorkspaceProfile transientProfile(const LaunchOptions &options)
{
    WorkspaceProfile profile;
    profile.region = WorkspaceProfile::Region::Custom;
    if (options.mode == LaunchOptions::Mode::Demo) {
        profile.demo = true;
        profile.id = QStringLiteral("demo");
        profile.workspaceName = WorkspaceController::tr("Demo workspace");
    } else {
        profile.customBaseUrl = options.baseUrl;
        profile.id = options.baseUrl.toDisplayString();
        profile.workspaceName = options.baseUrl.host();
    }
    return profile;
}

} // namespace

WorkspaceController::WorkspaceController(WorkspaceRegistry &registry, TokenVault &vault,
                                         SessionTokens &tokens, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_vault(vault)
    , m_tokens(tokens)
{
    connect(&m_registry, &WorkspaceRegistry::workspacesChanged, this,
            &WorkspaceController::refreshMenu);
}

WorkspaceController::~WorkspaceController()
{
    closeSession();
}

void WorkspaceController::start(const LaunchOptions &options)
{
    m_options = options;
    if (options.mode != LaunchOptions::Mode::Saved) {
        openSession(options, transientProfile(options));
        return;
    }
    const WorkspaceProfile current = m_registry.current();
    if (!current.isValid()) {
        showSignIn(SignInPurpose::FirstStart);
        return;
    }
    LaunchOptions saved = options;
    saved.baseUrl = current.baseUrl();
    saved.storePath = m_registry.storePathFor(current);
    openSession(saved, current);
    if (m_session)
        readToken(current);
}

void WorkspaceController::openSession(const LaunchOptions &options, const WorkspaceProfile &profile)
{
    closeSession();
    m_profile = profile;
    QString error;
    if (options.mode == LaunchOptions::Mode::Saved
        && !m_registry.prepareStoreFolder(profile, &error)) {
        Q_EMIT failed(error);
        return;
    }
    m_session = std::make_unique<WorkspaceSession>();
    if (options.mode == LaunchOptions::Mode::Saved)
        m_session->setKnownAgent(profile.adminId);
    connect(m_session.get(), &WorkspaceSession::failed, this, &WorkspaceController::failed);
    if (!m_session->start(options, &error)) {
        m_session.reset();
        Q_EMIT failed(error);
        return;
    }
    // Connected after start(): a known agent builds the window inside start() (handled just
    // below), an unknown one after GET /me. Connected before, both would attach a second
    // Workspace menu and bind every command twice.
    connect(m_session.get(), &WorkspaceSession::ready, this, [this] {
        attachToWindow();
        Q_EMIT sessionReady(m_session.get());
    });
    // A revoked or expired token: sync and the outbox hold (the client refuses to send with
    // it); a new one from the sign-in dialog lets them go on.
    connect(m_session->client(), &api::IntercomClient::authenticationFailed, this,
            &WorkspaceController::signInAgain);
    if (m_session->window()) {
        attachToWindow();
        Q_EMIT sessionReady(m_session.get());
    }
    m_session->showWindow();
}

void WorkspaceController::openSaved(const WorkspaceProfile &profile, const QByteArray &knownToken)
{
    m_registry.setCurrentId(profile.id);
    LaunchOptions saved = m_options;
    saved.mode = LaunchOptions::Mode::Saved;
    saved.baseUrl = profile.baseUrl();
    saved.storePath = m_registry.storePathFor(profile);
    openSession(saved, profile);
    if (!m_session)
        return;
    if (!knownToken.isEmpty())
        m_session->setToken(knownToken);
    else
        readToken(profile);
}

void WorkspaceController::openDemo()
{
    LaunchOptions demo = m_options;
    demo.mode = LaunchOptions::Mode::Demo;
    demo.storePath.clear();
    openSession(demo, transientProfile(demo));
}

void WorkspaceController::closeSession()
{
    if (!m_session)
        return;
    if (ui::MainWindow *window = m_session->window())
        window->saveState();
    m_session.reset();
    m_pendingStatus.clear(); // it was for that session's window
}

void WorkspaceController::readToken(const WorkspaceProfile &profile)
{
    // INTERCOM_ACCESS_TOKEN, or a token kept for this run only: no keychain involved.
    const QByteArray inMemory = m_tokens.token(TokenVault::keyFor(profile));
    if (!inMemory.isEmpty()) {
        m_session->setToken(inMemory);
        return;
    }
    const QString id = profile.id;
    m_vault.read(TokenVault::keyFor(profile), m_session.get(), [this, id](const VaultResult &result) {
        if (m_profile.id != id)
            return;
        switch (result.status) {
        case VaultResult::Status::Found:
            m_session->setToken(result.token);
            break;
        case VaultResult::Status::NotFound:
            showSignIn(SignInPurpose::SignInAgain,
                       tr("Triage has no saved token for %1. Sign in to go on; the local copy "
                          "stays as it is.")
                           .arg(m_profile.displayName()));
            break;
        default:
            showSignIn(SignInPurpose::SignInAgain, result.displayText());
            break;
        }
    });
}

void WorkspaceController::showSignIn(SignInPurpose purpose, const QString &problem)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    using Mode = ui::SignInDialog::Mode;
    const Mode mode = purpose == SignInPurpose::FirstStart     ? Mode::FirstStart
                      : purpose == SignInPurpose::AddWorkspace ? Mode::AddWorkspace
                                                               : Mode::SignInAgain;
    QWidget *parent = m_session ? m_session->window() : nullptr;
    m_dialog = new ui::SignInDialog(mode, parent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setKeychainAvailable(SecretServiceProbe::isReachable());
    if (purpose == SignInPurpose::SignInAgain) {
        m_dialog->setWorkspace(m_profile.workspaceId, m_profile.displayName(), m_profile.region,
                               m_profile.customBaseUrl);
    } else {
        QStringList known;
        const QList<WorkspaceProfile> all = m_registry.workspaces();
        for (const WorkspaceProfile &profile : all)
            known.append(profile.workspaceId);
        m_dialog->setKnownWorkspaceIds(known);
    }
    if (!problem.isEmpty())
        showStatus(problem);
    ui::SignInDialog *dialog = m_dialog;
    // Queued: opening a workspace closes the current window, the dialog's parent, which must
    // not go while the dialog is still inside its accept().
    connect(dialog, &QDialog::accepted, this, [this, dialog, purpose] {
        QMetaObject::invokeMethod(
            this, [this, purpose, result = dialog->result()] { signedIn(purpose, result); },
            Qt::QueuedConnection);
    });
    if (purpose == SignInPurpose::FirstStart) {
        // Nothing else is open: closing the dialog without signing in ends Triage.
        connect(dialog, &QDialog::rejected, this, [this] {
            if (!m_session)
                Q_EMIT failed(QString());
        });
    }
    dialog->open();
    Q_EMIT signInShown(dialog);
}

void WorkspaceController::signedIn(SignInPurpose purpose, const ui::SignInResult &result)
{
    if (result.demoChosen) {
        openDemo();
        return;
    }
    if (purpose == SignInPurpose::SignInAgain && m_session) {
        // The same workspace, a new token: the held sync and outbox go on with it.
        const QByteArray token = result.token;
        const bool transient = !m_registry.contains(m_profile.id);
        storeToken(m_profile, token, result.sessionOnly || transient,
                   [this, token] { m_session->setToken(token); });
        return;
    }
    WorkspaceProfile profile = profileFrom(result);
    const QString id = m_registry.addOrUpdate(profile);
    if (id.isEmpty()) {
        showStatus(tr("Triage could not remember this workspace."));
        return;
    }
    profile = m_registry.workspace(id);
    const QByteArray token = result.token;
    storeToken(profile, token, result.sessionOnly,
               [this, profile, token] { openSaved(profile, token); });
}

void WorkspaceController::storeToken(const WorkspaceProfile &profile, const QByteArray &token,
                                     bool runOnly, const std::function<void()> &then)
{
    const QString key = TokenVault::keyFor(profile);
    if (runOnly || SessionTokens::isEnvironmentToken(token)) {
        m_tokens.setRunOnly(key, token);
        then();
        return;
    }
    m_vault.write(key, token, this, [this, key, token, then](const VaultResult &result) {
        const bool stored = result.succeeded();
        // Signed in all the same: the token serves this run and is asked again next time.
        if (!stored)
            m_tokens.setRunOnly(key, token);
        then();
        // After then(): on a first start, the window that can say so opens only there.
        if (!stored)
            showStatus(tr("%1 The token is used for this session only.").arg(result.displayText()));
    });
}

void WorkspaceController::switchTo(const QString &workspaceId)
{
    if (workspaceId == m_profile.id || !m_registry.contains(workspaceId))
        return;
    openSaved(m_registry.workspace(workspaceId));
}

void WorkspaceController::switchToIndex(int index)
{
    if (m_menu)
        m_menu->requestSwitchTo(index);
}

void WorkspaceController::addWorkspace()
{
    showSignIn(SignInPurpose::AddWorkspace);
}

void WorkspaceController::signInAgain()
{
    if (m_session)
        showSignIn(SignInPurpose::SignInAgain);
}

void WorkspaceController::signOut(const QString &workspaceId, bool forgetLocalData)
{
    const bool current = workspaceId == m_profile.id;
    const WorkspaceProfile profile = current ? m_profile : m_registry.workspace(workspaceId);
    if (!profile.isValid())
        return;
    // The store must be closed before its folder can go.
    if (current)
        closeSession();
    const QString key = TokenVault::keyFor(profile);
    m_tokens.forget(key);
    if (m_registry.contains(workspaceId)) {
        QString error;
        if (forgetLocalData && !m_registry.forgetLocalData(workspaceId, &error))
            qWarning("Triage: %s", qPrintable(error));
        m_registry.remove(workspaceId);
    }
    m_vault.remove(key, this, [this, current](const VaultResult &result) {
        if (!result.succeeded())
            qWarning("Triage: %s", qPrintable(result.displayText()));
        if (current)
            afterSignOut();
    });
}

void WorkspaceController::afterSignOut()
{
    m_profile = {};
    if (!m_registry.isEmpty())
        openSaved(m_registry.at(0));
    else
        showSignIn(SignInPurpose::FirstStart);
}

void WorkspaceController::attachToWindow()
{
    ui::MainWindow *window = m_session->window();
    window->setWorkspaceName(m_profile.displayName());
    if (!m_pendingStatus.isEmpty())
        window->statusArea()->showMessage(std::exchange(m_pendingStatus, QString()), 10000);
    m_menu = new ui::WorkspaceMenu(window);
    QMenuBar *bar = window->menuBar();
    const QList<QAction *> menus = bar->actions();
    // Between View and Help.
    bar->insertMenu(menus.isEmpty() ? nullptr : menus.last(), m_menu);
    // Every request from the window is queued: switching and signing out destroy the window,
    // its menus, actions and message boxes, which must not happen while one of them is still
    // handling the key press or click that asked for it.
    constexpr auto queued = Qt::QueuedConnection;
    connect(m_menu, &ui::WorkspaceMenu::switchRequested, this, &WorkspaceController::switchTo,
            queued);
    connect(m_menu, &ui::WorkspaceMenu::addRequested, this, &WorkspaceController::addWorkspace,
            queued);
    connect(m_menu, &ui::WorkspaceMenu::signInAgainRequested, this,
            &WorkspaceController::signInAgain, queued);
    connect(m_menu, &ui::WorkspaceMenu::signOutRequested, this, &WorkspaceController::signOut,
            queued);

    namespace Id = ui::CommandIds;
    ui::CommandRegistry *commands = window->commands();
    auto bind = [this, commands](const QString &id, const std::function<void()> &slot) {
        commands->setEnabled(id, true);
        connect(commands->action(id), &QAction::triggered, this, slot, Qt::QueuedConnection);
    };
    bind(Id::addWorkspace, [this] { addWorkspace(); });
    bind(Id::signInAgain, [this] { signInAgain(); });
    bind(Id::signOut, [this] { signOut(m_profile.id, false); });
    bind(Id::signOutAndForget, [this] {
        if (m_menu)
            m_menu->confirmForget(m_profile.id);
    });
    for (int n = 1; n <= Id::workspaceSlots; ++n)
        bind(Id::switchWorkspace(n), [this, n] { switchToIndex(n - 1); });
    refreshMenu();
}

void WorkspaceController::refreshMenu()
{
    if (!m_menu || !m_session || !m_session->window())
        return;
    QList<ui::WorkspaceEntry> entries;
    const QList<WorkspaceProfile> all = m_registry.workspaces();
    bool currentListed = false;
    for (const WorkspaceProfile &profile : all) {
        const bool isCurrent = profile.id == m_profile.id;
        currentListed = currentListed || isCurrent;
        entries.append(
            {profile.id, profile.displayName(), profile.teammateName, isCurrent, profile.demo});
    }
    if (!currentListed && m_profile.isValid()) {
        entries.append(
            {m_profile.id, m_profile.displayName(), m_profile.teammateName, true, m_profile.demo});
    }
    m_menu->setEntries(entries);
    namespace Id = ui::CommandIds;
    ui::CommandRegistry *commands = m_session->window()->commands();
    for (int n = 1; n <= Id::workspaceSlots; ++n)
        commands->setEnabled(Id::switchWorkspace(n), n <= entries.size());
    // Signing out means something only where a token is kept.
    const bool signedIn = m_registry.contains(m_profile.id);
    commands->setEnabled(Id::signOut, signedIn);
    commands->setEnabled(Id::signOutAndForget, signedIn);
}

void WorkspaceController::showStatus(const QString &text)
{
    // A first start builds the window after GET /me answers, which may come after the
    // message: it waits for attachToWindow() then.
    if (m_session && m_session->window())
        m_session->window()->statusArea()->showMessage(text, 10000);
    else
        m_pendingStatus = text;
}

} // namespace app
