// WorkspaceController end to end, offscreen: sign-in dialogs driven by keyboard against sandboxes
// on loopback HTTP, tokens in a real Secret Service (../shared/tools/with-keyring) or in none.

#include "controllerfixture.h"
#include "leakscan.h"

#include "api/intercomclient.h"
#include "models/outbox/outbox.h"
#include "models/sync/syncengine.h"
#include "sandbox/sandboxapi.h"
#include "sandbox/workspace.h"
#include "ui/commands/commandids.h"
#include "ui/commands/commandregistry.h"
#include "ui/signin/workspacemenu.h"
#include "ui/statusarea.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

using namespace controllerfixture;
using app::WorkspaceProfile;
using ui::SignInDialog;
using Operation = app::VaultResult::Operation;
using EntryState = models::OutboxEntry::State;

namespace {

const QString alphaToken = QStringLiteral("sbx_alpha_token_4f1c");
const QString betaToken = QStringLiteral("sbx_beta_token_9d27");

int listRows(const ControllerRig &rig)
{
    ui::MainWindow *window = rig.window();
    QListView *list = window ? window->conversationList() : nullptr;
    return list && list->model() ? list->model()->rowCount() : 0;
}

int partsContaining(sandbox::SandboxServer &server, qint64 conversationId, const QString &text)
{
    sandbox::Workspace &workspace = server.api().workspace();
    const auto &parts = workspace.parts(workspace.conversationIndex(conversationId));
    return int(std::count_if(parts.cbegin(), parts.cend(), [&text](const sandbox::Part &part) {
        return part.body.contains(text);
    }));
}

/// The open conversations of \a server, the ones a reply or a close can go to.
QList<qint64> openConversations(sandbox::SandboxServer &server)
{
    QList<qint64> ids;
    for (const sandbox::Conversation &conversation : server.api().workspace().conversations) {
        if (conversation.state == sandbox::ConversationState::Open)
            ids.append(conversation.id);
    }
    return ids;
}

/// Whether the sync engine finished its initial sync or a cycle well since it was made.
struct SyncWatch
{
    explicit SyncWatch(models::SyncEngine *sync)
        : initial(sync, &models::SyncEngine::initialSyncFinished)
        , cycles(sync, &models::SyncEngine::cycleFinished)
    {}
    bool synced() const
    {
        return !initial.isEmpty()
               || std::any_of(cycles.cbegin(), cycles.cend(), [](const QList<QVariant> &arguments) {
                      return arguments.value(0).toBool();
                  });
    }
    QSignalSpy initial;
    QSignalSpy cycles;
};

} // namespace

class TestWorkspaceController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // TRIAGE_KEYRING_TEST=secret-service
    void firstStartSignsInThenRestartReadsKeychain();
    void ctrlNumberSwitchesWorkspaces();
    void signOutRemovesSecretAndForgetsData();
    void revokedTokenKeepsQueueUntilSignedInAgain();

    // TRIAGE_KEYRING_TEST=none
    void noSecretServiceKeepsTokenForThisRunOnly();
    void failedKeychainWriteKeepsTokenForThisRunOnly();

private:
    WorkspaceProfile profileOf(sandbox::SandboxServer &server, const QString &name) const;
    /// Registers \a server's workspace (and stores \a token) as a previous sign-in would have.
    QString registerWorkspace(ControllerRig &rig, sandbox::SandboxServer &server,
                              const QString &name, const QString &token);

    std::unique_ptr<sandbox::SandboxServer> m_alpha;
    std::unique_ptr<sandbox::SandboxServer> m_beta;
};

void TestWorkspaceController::initTestCase()
{
    m_alpha = startSandbox(alphaToken);
    m_beta = startSandbox(betaToken);
    QVERIFY(m_alpha && m_beta);
    if (keyringMode() != "secret-service")
        return;
    QVERIFY2(QTest::qWaitFor(secretServiceReady, 10000),
             "TRIAGE_KEYRING_TEST=secret-service, but no unlocked Secret Service came up on the "
             "session bus within 10 s");
    QVERIFY2(keychainEntries().isEmpty(), "the test keyring is not empty");
}

void TestWorkspaceController::init()
{
    // Whatever an earlier test rotated: the sandboxes take their first tokens again.
    m_alpha->setToken(alphaToken);
    m_beta->setToken(betaToken);
}

void TestWorkspaceController::cleanup()
{
    if (keyringMode() == "secret-service")
        clearKeychain();
}

WorkspaceProfile TestWorkspaceController::profileOf(sandbox::SandboxServer &server,
                                                    const QString &name) const
{
    WorkspaceProfile profile;
    profile.workspaceName = name;
    profile.workspaceId = server.api().workspace().workspaceId();
    profile.adminId = server.api().meAdminId();
    profile.teammateName = QStringLiteral("Agent");
    profile.region = WorkspaceProfile::Region::Custom;
    profile.customBaseUrl = server.url();
    profile.id = profile.makeId();
    return profile;
}

QString TestWorkspaceController::registerWorkspace(ControllerRig &rig,
                                                   sandbox::SandboxServer &server,
                                                   const QString &name, const QString &token)
{
    const WorkspaceProfile profile = profileOf(server, name);
    const QString id = rig.registry->addOrUpdate(profile);
    const auto written
        = vaultCall(*rig.vault, Operation::Write, app::TokenVault::keyFor(profile), token.toUtf8());
    if (!written || !written->succeeded())
        qWarning("could not store the token of %s", qPrintable(name));
    return id;
}

void TestWorkspaceController::firstStartSignsInThenRestartReadsKeychain()
{
    REQUIRE_KEYRING_MODE("secret-service");
    ControllerRig rig;
    rig.start();
    QCOMPARE(rig.signIns->count(), 1);
    SignInDialog *dialog = rig.controller->signInDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), SignInDialog::Mode::FirstStart);
    QVERIFY(dialog->isKeychainAvailable());
    QVERIFY(!rig.session());
    QVERIFY(signInByKeyboard(dialog, m_alpha->url(), alphaToken));

    QTRY_COMPARE_WITH_TIMEOUT(rig.ready->count(), 1, 10000);
    QTest::qWait(50);
    QCOMPARE(rig.ready->count(), 1); // once: one Workspace menu, one binding per command
    QVERIFY(rig.failures->isEmpty());
    QVERIFY(!rig.controller->signInDialog());
    QCOMPARE(rig.registry->count(), 1);
    const WorkspaceProfile profile = rig.registry->at(0);
    QCOMPARE(rig.registry->currentId(), profile.id);
    QCOMPARE(rig.controller->currentProfile().id, profile.id);
    QCOMPARE(profile.workspaceName, QStringLiteral("Triage Demo"));
    QCOMPARE(profile.adminId, m_alpha->api().meAdminId());
    QCOMPARE(profile.customBaseUrl, m_alpha->url());
    QCOMPARE(rig.window()->windowTitle(), QStringLiteral("Triage Demo — Triage"));
    QCOMPARE(rig.window()->findChildren<ui::WorkspaceMenu *>().size(), 1);
    QCOMPARE(rig.controller->workspaceMenu()->count(), 1);

    // The keychain holds the token, where QtKeychain puts it; the registry never does.
    const QString key = app::TokenVault::keyFor(profile);
    const QString entry = keychainEntries(key);
    QVERIFY2(entry.contains(QLatin1String("attribute.server = Triage")), qPrintable(entry));
    QVERIFY2(entry.contains(QLatin1String("attribute.user = ") + key), qPrintable(entry));
    QCOMPARE(keychainToken(key), alphaToken.toUtf8());
    QVERIFY(!rig.tokens->hasRunOnly(key));
    QCOMPARE(leakscan::hits(rig.dir.path(), leakscan::forms(alphaToken.toUtf8())), QStringList());

    // Synced: conversations appear in All open (Alt+3).
    QVERIFY(rig.activateWindow());
    press(Qt::Key_3, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(listRows(rig) > 0, 15000);

    // Restart: the same workspace opens at once on the local copy, no dialog, and its token
    // comes from the keychain.
    rig.restart();
    rig.start();
    QCOMPARE(rig.ready->count(), 1);
    QCOMPARE(rig.signIns->count(), 0);
    QCOMPARE(rig.controller->currentProfile().id, profile.id);
    QCOMPARE(rig.window()->windowTitle(), QStringLiteral("Triage Demo — Triage"));
    QVERIFY(!rig.session()->hasToken()); // not yet: the keychain answers later
    SyncWatch cycles(rig.session()->sync());
    QTRY_VERIFY_WITH_TIMEOUT(rig.session()->hasToken(), 10000);
    QCOMPARE(rig.session()->client()->config().token, alphaToken.toUtf8());
    QTRY_VERIFY_WITH_TIMEOUT(cycles.synced(), 15000);
    QCOMPARE(rig.signIns->count(), 0);
    QCOMPARE(rig.ready->count(), 1);
}

void TestWorkspaceController::ctrlNumberSwitchesWorkspaces()
{
    REQUIRE_KEYRING_MODE("secret-service");
    ControllerRig rig;
    const QString alpha = registerWorkspace(rig, *m_alpha, QStringLiteral("Alpha"), alphaToken);
    const QString beta = registerWorkspace(rig, *m_beta, QStringLiteral("Beta"), betaToken);
    QVERIFY(rig.registry->setCurrentId(alpha));
    // The title as the window first shows it (the server's own name replaces it after GET /me).
    QStringList titles;
    connect(rig.controller.get(), &app::WorkspaceController::sessionReady, this,
            [&titles](app::WorkspaceSession *session) {
                titles.append(session->window()->windowTitle());
            });
    rig.start();
    QCOMPARE(titles, QStringList{QStringLiteral("Alpha — Triage")});
    QTRY_VERIFY_WITH_TIMEOUT(rig.session()->hasToken(), 10000);
    QVERIFY(rig.activateWindow());
    QCOMPARE(rig.controller->workspaceMenu()->count(), 2);

    press(Qt::Key_2, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(rig.ready->count(), 2, 10000);
    QCOMPARE(titles.last(), QStringLiteral("Beta — Triage"));
    QCOMPARE(rig.controller->currentProfile().id, beta);
    QCOMPARE(rig.registry->currentId(), beta);
    SyncWatch cycles(rig.session()->sync());
    QTRY_VERIFY_WITH_TIMEOUT(rig.session()->hasToken(), 10000);
    QCOMPARE(rig.session()->client()->config().token, betaToken.toUtf8());
    QCOMPARE(rig.session()->client()->config().customBaseUrl, m_beta->url());
    QTRY_VERIFY_WITH_TIMEOUT(cycles.synced(), 15000);
    QCOMPARE(rig.signIns->count(), 0);

    // Each workspace has its own store in its own folder under the data root.
    const QString alphaStore = rig.registry->storePathFor(rig.registry->workspace(alpha));
    const QString betaStore = rig.registry->storePathFor(rig.registry->workspace(beta));
    QVERIFY(QFileInfo::exists(alphaStore));
    QVERIFY(QFileInfo::exists(betaStore));
    QVERIFY(QFileInfo(alphaStore).dir() != QFileInfo(betaStore).dir());
    for (const QString &store : {alphaStore, betaStore})
        QCOMPARE(QFileInfo(QFileInfo(store).absolutePath()).absolutePath(),
                 QFileInfo(rig.dataRoot()).absoluteFilePath());

    // Back with Ctrl+1; Ctrl+1 again (the current one) and Ctrl+3 (none) do nothing.
    QVERIFY(rig.activateWindow());
    press(Qt::Key_1, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(rig.ready->count(), 3, 10000);
    QCOMPARE(titles.last(), QStringLiteral("Alpha — Triage"));
    QCOMPARE(rig.controller->currentProfile().id, alpha);
    QVERIFY(rig.activateWindow());
    press(Qt::Key_1, Qt::ControlModifier);
    press(Qt::Key_3, Qt::ControlModifier);
    QTest::qWait(100);
    QCOMPARE(rig.ready->count(), 3);
    QCOMPARE(rig.controller->currentProfile().id, alpha);
}

void TestWorkspaceController::signOutRemovesSecretAndForgetsData()
{
    REQUIRE_KEYRING_MODE("secret-service");
    ControllerRig rig;
    const QString alpha = registerWorkspace(rig, *m_alpha, QStringLiteral("Alpha"), alphaToken);
    const QString beta = registerWorkspace(rig, *m_beta, QStringLiteral("Beta"), betaToken);
    const QString alphaKey = app::TokenVault::keyFor(rig.registry->workspace(alpha));
    const QString betaKey = app::TokenVault::keyFor(rig.registry->workspace(beta));
    const QString alphaFolder = rig.registry->storeFolderFor(rig.registry->workspace(alpha));
    const QString betaFolder = rig.registry->storeFolderFor(rig.registry->workspace(beta));
    QVERIFY(rig.registry->setCurrentId(alpha));
    rig.start();
    QTRY_VERIFY_WITH_TIMEOUT(rig.session()->hasToken(), 10000);
    QVERIFY(!keychainEntries(alphaKey).isEmpty());

    // Workspace ▸ Sign Out (Alt+W, O): alpha's secret goes, its local copy stays, beta opens.
    QVERIFY(rig.activateWindow());
    press(Qt::Key_W, Qt::AltModifier);
    QTRY_VERIFY(qobject_cast<ui::WorkspaceMenu *>(QApplication::activePopupWidget()));
    QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_O);
    QTRY_COMPARE_WITH_TIMEOUT(rig.ready->count(), 2, 10000);
    QCOMPARE(rig.controller->currentProfile().id, beta);
    QVERIFY2(keychainEntries(alphaKey).isEmpty(), qPrintable(keychainEntries(alphaKey)));
    QVERIFY(!keychainEntries(betaKey).isEmpty());
    QVERIFY(!rig.registry->contains(alpha));
    QVERIFY(QFileInfo::exists(alphaFolder));
    QTRY_VERIFY_WITH_TIMEOUT(rig.session()->hasToken(), 10000);

    // Workspace ▸ Sign Out and Forget Local Data… (Alt+W, F), confirmed: beta's secret and
    // folder go; with nothing left, the first-start dialog asks for a workspace.
    QVERIFY(rig.activateWindow());
    press(Qt::Key_W, Qt::AltModifier);
    QTRY_VERIFY(qobject_cast<ui::WorkspaceMenu *>(QApplication::activePopupWidget()));
    QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_F);
    QMessageBox *confirmation = nullptr;
    QTRY_VERIFY((confirmation = rig.window()->findChild<QMessageBox *>(
                     QStringLiteral("workspaceForgetConfirmation"))));
    QVERIFY(activate(confirmation));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F,
                    Qt::AltModifier); // Sign Out and &Forget
    SignInDialog *dialog = rig.waitForSignIn();
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), SignInDialog::Mode::FirstStart);
    QVERIFY(!rig.session());
    QVERIFY(rig.registry->isEmpty());
    QVERIFY(!QFileInfo::exists(betaFolder));
    QVERIFY(QFileInfo::exists(alphaFolder));
    QTRY_VERIFY_WITH_TIMEOUT(keychainEntries().isEmpty(), 5000);

    // Closing that dialog without signing in ends Triage.
    QVERIFY(activate(dialog));
    press(Qt::Key_Escape);
    QTRY_COMPARE(rig.failures->count(), 1);
    QCOMPARE(rig.failures->first().first().toString(), QString());
}

void TestWorkspaceController::revokedTokenKeepsQueueUntilSignedInAgain()
{
    REQUIRE_KEYRING_MODE("secret-service");
    ControllerRig rig;
    const QString alpha = registerWorkspace(rig, *m_alpha, QStringLiteral("Alpha"), alphaToken);
    QVERIFY(rig.registry->setCurrentId(alpha));
    rig.start();
    QSignalSpy synced(rig.session()->sync(), &models::SyncEngine::initialSyncFinished);
    QVERIFY(synced.wait(15000));
    models::Outbox *outbox = rig.session()->outbox();
    const QList<qint64> open = openConversations(*m_alpha);
    QVERIFY(open.size() >= 2);
    const QString text = QStringLiteral("Queued across a revoked token");

    // Revoked in Intercom just before the agent acts: the close meets the 401 at once, the
    // reply after its undo window.
    const QString rotated = QStringLiteral("sbx_alpha_rotated_77e0");
    m_alpha->setToken(rotated);
    const qint64 reply = outbox->reply(QString::number(open.at(0)),
                                       QLatin1String("<p>") + text + QLatin1String("</p>"));
    const qint64 close = outbox->close(QString::number(open.at(1)));
    QVERIFY(reply > 0 && close > 0);
    SignInDialog *dialog = rig.waitForSignIn();
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), SignInDialog::Mode::SignInAgain);
    QCOMPARE(dialog->parentWidget(), rig.window());
    const qint64 replyDue = outbox->entry(reply)->notBefore;
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentMSecsSinceEpoch() > replyDue + 300, 8000);

    // Held, not failed: nothing sent with the refused token, one dialog for all the 401s.
    QVERIFY(outbox->isAuthenticationRequired());
    QVERIFY(outbox->failed().isEmpty());
    for (const qint64 id : {reply, close}) {
        QCOMPARE(outbox->entry(id)->state, EntryState::Queued);
        QCOMPARE(outbox->entry(id)->attempts, 0);
    }
    QCOMPARE(partsContaining(*m_alpha, open.at(0), text), 0);
    QCOMPARE(m_alpha->api()
                 .workspace()
                 .conversations.at(m_alpha->api().workspace().conversationIndex(open.at(1)))
                 .state,
             sandbox::ConversationState::Open);
    QCOMPARE(rig.signIns->count(), 1);

    // The new token: stored, and both actions delivered exactly once; the sync goes on.
    SyncWatch cycles(rig.session()->sync());
    QVERIFY(signInByKeyboard(dialog, {}, rotated));
    for (const qint64 id : {reply, close})
        QTRY_COMPARE_WITH_TIMEOUT(outbox->entry(id)->state, EntryState::Done, 15000);
    for (const qint64 id : {reply, close})
        QCOMPARE(outbox->entry(id)->attempts, 1);
    QCOMPARE(partsContaining(*m_alpha, open.at(0), text), 1);
    QCOMPARE(m_alpha->api()
                 .workspace()
                 .conversations.at(m_alpha->api().workspace().conversationIndex(open.at(1)))
                 .state,
             sandbox::ConversationState::Closed);
    QCOMPARE(keychainToken(rig.currentKey()), rotated.toUtf8());
    QTRY_VERIFY_WITH_TIMEOUT(cycles.synced(), 15000);
    QCOMPARE(rig.signIns->count(), 1);
    QCOMPARE(rig.ready->count(), 1); // the same session went on
}

void TestWorkspaceController::noSecretServiceKeepsTokenForThisRunOnly()
{
    REQUIRE_KEYRING_MODE("none");
    ControllerRig rig;
    rig.start();
    SignInDialog *dialog = rig.waitForSignIn();
    QVERIFY(dialog);
    QVERIFY(!dialog->isKeychainAvailable()); // "Use for This Session Only"
    QVERIFY(signInByKeyboard(dialog, m_alpha->url(), alphaToken));
    QTRY_COMPARE_WITH_TIMEOUT(rig.ready->count(), 1, 10000);
    const QString key = rig.currentKey();
    QVERIFY(rig.tokens->hasRunOnly(key));
    QCOMPARE(rig.tokens->token(key), alphaToken.toUtf8());
    QCOMPARE(rig.registry->count(), 1);
    SyncWatch cycles(rig.session()->sync());
    QTRY_VERIFY_WITH_TIMEOUT(cycles.synced(), 15000);
    QCOMPARE(leakscan::hits(rig.dir.path(), leakscan::forms(alphaToken.toUtf8())), QStringList());

    // Next run: the workspace opens on its local copy and asks for the token again.
    rig.restart();
    rig.start();
    QCOMPARE(rig.ready->count(), 1);
    SignInDialog *again = rig.waitForSignIn();
    QVERIFY(again);
    QCOMPARE(again->mode(), SignInDialog::Mode::SignInAgain);
    QVERIFY(!rig.session()->hasToken());
    SyncWatch cyclesAgain(rig.session()->sync());
    QVERIFY(signInByKeyboard(again, {}, alphaToken));
    QTRY_VERIFY_WITH_TIMEOUT(rig.session()->hasToken(), 5000);
    QVERIFY(rig.tokens->hasRunOnly(key));
    QTRY_VERIFY_WITH_TIMEOUT(cyclesAgain.synced(), 15000);
    rig.restart(); // quit: files flushed
    QCOMPARE(leakscan::hits(rig.dir.path(), leakscan::forms(alphaToken.toUtf8())), QStringList());
}

void TestWorkspaceController::failedKeychainWriteKeepsTokenForThisRunOnly()
{
    REQUIRE_KEYRING_MODE("none");
    ControllerRig rig;
    rig.start();
    SignInDialog *dialog = rig.waitForSignIn();
    QVERIFY(dialog);
    // As if a keychain had answered the probe and then refused the write.
    dialog->setKeychainAvailable(true);
    QVERIFY(signInByKeyboard(dialog, m_beta->url(), betaToken));
    QTRY_COMPARE_WITH_TIMEOUT(rig.ready->count(), 1, 10000);
    const QString key = rig.currentKey();
    QVERIFY(rig.tokens->hasRunOnly(key));
    QVERIFY(rig.session()->hasToken());
    // The agent is told, in the window that opened.
    const QList<QLabel *> labels = rig.window()->statusArea()->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
        return label->text().contains(QLatin1String("for this session only"));
    }));
    SyncWatch cycles(rig.session()->sync());
    QTRY_VERIFY_WITH_TIMEOUT(cycles.synced(), 15000);
    rig.restart();
    QCOMPARE(leakscan::hits(rig.dir.path(), leakscan::forms(betaToken.toUtf8())), QStringList());
}

QTEST_MAIN(TestWorkspaceController)
#include "tst_workspacecontroller.moc"
