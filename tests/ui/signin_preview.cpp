// Shows the sign-in dialog or the Workspace menu in one state, for screenshots:
//   signin_preview --state first|checked|error|region|reauth|nokeychain [--dark]
//   signin_preview --menu [--dark]
// "checked", "error" and "region" run a real check against an in-process sandbox that stands
// in for the EU region (US answers 401 as another workspace would).
#include "sandbox/sandboxapi.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/workspace.h"
#include "ui/colorscheme.h"
#include "ui/signin/signindialog.h"
#include "ui/signin/tokencheck.h"
#include "ui/signin/workspacemenu.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>

#include <memory>

namespace {

using Region = api::ClientConfig::Region;

std::unique_ptr<sandbox::SandboxServer> startSandbox(const QString &token)
{
    sandbox::SandboxOptions options;
    options.workspace.conversations = 5;
    options.token = token;
    auto server = std::make_unique<sandbox::SandboxServer>(options);
    return server->start() ? std::move(server) : nullptr;
}

QListWidget *list(QWidget *parent, const QStringList &items)
{
    auto *widget = new QListWidget(parent);
    widget->addItems(items);
    widget->setCurrentRow(0);
    return widget;
}

int showMenu(QApplication &app)
{
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Acme Support — Triage"));
    window.menuBar()->addMenu(QStringLiteral("&File"));
    auto *menu = new ui::WorkspaceMenu(&window);
    menu->setEntries({{QStringLiteral("a"), QStringLiteral("Acme Support"),
                       QStringLiteral("Ada Lovelace"), true, false},
                      {QStringLiteral("b"), QStringLiteral("Acme EU Billing"),
                       QStringLiteral("Ada Lovelace"), false, false},
                      {QStringLiteral("c"), QStringLiteral("Northwind Labs"),
                       QStringLiteral("Grace Hopper"), false, false},
                      {QStringLiteral("demo"), QStringLiteral("Triage Demo"), {}, false, true}});
    window.menuBar()->addMenu(menu);
    window.menuBar()->addMenu(QStringLiteral("&Conversation"));
    window.menuBar()->addMenu(QStringLiteral("&View"));
    window.menuBar()->addMenu(QStringLiteral("&Help"));
    auto *splitter = new QSplitter(&window);
    splitter->addWidget(list(splitter, {QStringLiteral("Your inbox"), QStringLiteral("Unassigned"),
                                        QStringLiteral("Billing"), QStringLiteral("All open"),
                                        QStringLiteral("Snoozed"), QStringLiteral("Closed")}));
    splitter->addWidget(list(splitter, {QStringLiteral("Refund for a double charge"),
                                        QStringLiteral("Cannot log in since this morning"),
                                        QStringLiteral("Export to CSV stops at 80%"),
                                        QStringLiteral("Webhook deliveries delayed")}));
    splitter->setSizes({180, 540});
    window.setCentralWidget(splitter);
    window.statusBar()->showMessage(QStringLiteral("Up to date."));
    window.resize(760, 440);
    window.move(0, 0);
    window.show();
    QTimer::singleShot(400, menu, [&window, menu] {
        window.menuBar()->setActiveAction(menu->menuAction());
        if (QAction *second = menu->actions().value(1))
            menu->setActiveAction(second);
    });
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("state"), QStringLiteral("Dialog state."),
                      QStringLiteral("first|checked|error|region|reauth|nokeychain"),
                      QStringLiteral("first")});
    parser.addOption({QStringLiteral("menu"), QStringLiteral("Show the Workspace menu instead.")});
    parser.addOption({QStringLiteral("dark"), QStringLiteral("Use the dark color scheme.")});
    parser.process(app);
    ui::ColorScheme::apply(parser.isSet(QStringLiteral("dark")) ? ui::ColorScheme::Mode::Dark
                                                                : ui::ColorScheme::Mode::Light);
    if (parser.isSet(QStringLiteral("menu")))
        return showMenu(app);

    const QString state = parser.value(QStringLiteral("state"));
    const auto own = startSandbox(QStringLiteral("sbx_preview_token"));
    const auto other = startSandbox(QStringLiteral("sbx_other_workspace"));
    if (!own || !other)
        return 1;

    const auto mode = state == QLatin1String("reauth") ? ui::SignInDialog::Mode::SignInAgain
                                                       : ui::SignInDialog::Mode::FirstStart;
    ui::SignInDialog dialog(mode);
    dialog.tokenCheck()->setRegionBaseUrl(Region::US, other->url());
    dialog.tokenCheck()->setRegionBaseUrl(Region::EU, own->url());
    dialog.tokenCheck()->setRegionBaseUrl(Region::AU, other->url());
    if (state == QLatin1String("reauth"))
        dialog.setWorkspace(own->api().workspace().workspaceId(), QStringLiteral("Acme Support"),
                            Region::EU);
    if (state == QLatin1String("nokeychain"))
        dialog.setKeychainAvailable(false);

    auto *token = dialog.findChild<QLineEdit *>(QStringLiteral("signInTokenField"));
    const bool filled = state != QLatin1String("first") && state != QLatin1String("reauth");
    if (filled) {
        token->setText(state == QLatin1String("error") ? QStringLiteral("sbx_revoked_token")
                                                       : QStringLiteral("sbx_preview_token"));
        if (state != QLatin1String("region"))
            dialog.setRegion(Region::EU);
    }
    dialog.move(0, 0);
    dialog.show();
    if (filled)
        QTimer::singleShot(300, &dialog, &ui::SignInDialog::check);
    QTimer::singleShot(1500, token, &QLineEdit::deselect); // as after typing, not selected
    return app.exec();
}
