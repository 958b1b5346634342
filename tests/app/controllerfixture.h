#pragma once

#include "app/workspacecontroller.h"
#include "app/workspaces/sessiontokens.h"
#include "app/workspaces/tokenvault.h"
#include "app/workspaces/workspaceregistry.h"
#include "app/workspacesession.h"
#include "keyringfixture.h"

#include "tests/ui/signinfixture.h"
#include "ui/mainwindow.h"
#include "ui/signin/signindialog.h"
#include "ui/signin/signinstatus.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

/// What the end-to-end tests of WorkspaceController share: sandboxes on loopback, the real
/// keychain (inspected with secret-tool), and a controller with its registry, vault and
/// run-only tokens in a temporary folder, restartable as the app restarts.
namespace controllerfixture {

using namespace keyringfixture;
using signinfixture::startSandbox;

/// One vault operation, waited for; nullopt when no answer came.
inline std::optional<app::VaultResult> vaultCall(app::TokenVault &vault,
                                                 app::VaultResult::Operation operation,
                                                 const QString &key, const QByteArray &token = {})
{
    QObject context;
    std::optional<app::VaultResult> answer;
    auto done = [&answer](const app::VaultResult &result) {
        answer = result;
    };
    switch (operation) {
    case app::VaultResult::Operation::Read:
        vault.read(key, &context, done);
        break;
    case app::VaultResult::Operation::Write:
        vault.write(key, token, &context, done);
        break;
    case app::VaultResult::Operation::Remove:
        vault.remove(key, &context, done);
        break;
    }
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000))
        qWarning("the keychain did not answer within 10 s");
    return answer;
}

inline void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    if (QWidget *target = QApplication::focusWidget())
        QTest::keyClick(target, Qt::Key(key), modifiers);
    else
        qWarning("no focus widget for key %x", key);
}

inline void type(const QString &text)
{
    if (QWidget *target = QApplication::focusWidget())
        QTest::keyClicks(target, text);
    else
        qWarning("no focus widget to type into");
}

/// Activates \a window (a dialog or message box). Offscreen, the window under a modal one can
/// keep or take the activation, where a window manager gives it to the newest modal window.
inline bool activate(QWidget *window)
{
    if (!window->isActiveWindow()) {
        QApplication::setActiveWindow(window);
        window->activateWindow();
    }
    return QTest::qWaitForWindowActive(window);
}

/// Types \a token (and, unless the dialog signs in again with its server prefilled, the custom
/// server \a url), checks it and saves, by keyboard as a person would. False when a step
/// failed; says which.
inline bool signInByKeyboard(ui::SignInDialog *dialog, const QUrl &url, const QString &token)
{
    if (!dialog || !activate(dialog)) {
        qWarning("the sign-in dialog is not active");
        return false;
    }
    if (dialog->mode() != ui::SignInDialog::Mode::SignInAgain) {
        press(Qt::Key_R, Qt::AltModifier); // &Region
        press(Qt::Key_End);                // Custom server
        press(Qt::Key_A, Qt::AltModifier); // Server &address
        type(url.toString());
    }
    press(Qt::Key_T, Qt::AltModifier); // Access &token
    auto *field = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    if (!field || field->objectName() != QLatin1String("signInTokenField")) {
        qWarning("Alt+T did not reach the token field but %s (%s)",
                 QApplication::focusWidget() ? qPrintable(QApplication::focusWidget()->objectName())
                                             : "nothing",
                 QApplication::activeWindow()
                     ? QApplication::activeWindow()->metaObject()->className()
                     : "no active window");
        return false;
    }
    field->selectAll();
    type(token);
    press(Qt::Key_Return); // Check
    if (!QTest::qWaitFor([dialog] { return dialog->isChecked(); }, 10000)) {
        auto *status = dialog->findChild<ui::SignInStatus *>(QStringLiteral("signInStatus"));
        qWarning("the token was not accepted: %s", status ? qPrintable(status->text()) : "");
        return false;
    }
    press(Qt::Key_Return); // Save and Open / Save and Continue / Use for This Session Only
    return true;
}

/// A controller with its registry (INI + data root in a temporary folder), vault and run-only
/// tokens, as main() makes them. restart() ends it as quitting does and makes a new one over the
/// same files.
struct ControllerRig
{
    QTemporaryDir dir;
    std::unique_ptr<app::WorkspaceRegistry> registry;
    std::unique_ptr<app::TokenVault> vault;
    std::unique_ptr<app::SessionTokens> tokens;
    std::unique_ptr<app::WorkspaceController> controller;
    std::unique_ptr<QSignalSpy> ready;
    std::unique_ptr<QSignalSpy> signIns;
    std::unique_ptr<QSignalSpy> failures;

    ControllerRig()
    {
        qRegisterMetaType<app::WorkspaceSession *>();
        qRegisterMetaType<ui::SignInDialog *>();
        restart();
    }
    ~ControllerRig() { stop(); }

    QString iniPath() const { return dir.filePath(QStringLiteral("config/workspaces.ini")); }
    QString dataRoot() const { return dir.filePath(QStringLiteral("data")); }

    void stop()
    {
        ready.reset();
        signIns.reset();
        failures.reset();
        controller.reset();
        tokens.reset();
        vault.reset();
        registry.reset();
    }

    void restart()
    {
        stop();
        registry = std::make_unique<app::WorkspaceRegistry>(iniPath(), dataRoot());
        vault = std::make_unique<app::TokenVault>();
        vault->setRetryDelayMs(100);
        tokens = std::make_unique<app::SessionTokens>(QByteArray());
        controller = std::make_unique<app::WorkspaceController>(*registry, *vault, *tokens);
        ready = std::make_unique<QSignalSpy>(controller.get(),
                                             &app::WorkspaceController::sessionReady);
        signIns = std::make_unique<QSignalSpy>(controller.get(),
                                               &app::WorkspaceController::signInShown);
        failures
            = std::make_unique<QSignalSpy>(controller.get(), &app::WorkspaceController::failed);
    }

    void start() { controller->start(app::LaunchOptions()); }

    app::WorkspaceSession *session() const { return controller->session(); }
    ui::MainWindow *window() const { return session() ? session()->window() : nullptr; }
    QString currentKey() const { return app::TokenVault::keyFor(controller->currentProfile()); }

    /// Waits for the next sign-in dialog (counting from \a before shown ones).
    ui::SignInDialog *waitForSignIn(int before = 0)
    {
        if (!QTest::qWaitFor([this, before] { return signIns->count() > before; }, 10000))
            return nullptr;
        return controller->signInDialog();
    }

    /// Waits until the open window is active, so its shortcuts work.
    bool activateWindow()
    {
        ui::MainWindow *w = window();
        if (!w)
            return false;
        QApplication::setActiveWindow(w);
        w->activateWindow();
        return QTest::qWaitForWindowActive(w);
    }
};

} // namespace controllerfixture
