#include "commandline.h"
#include "startupprobe.h"
#include "storewarmup.h"
#include "syncandexit.h"
#include "workspaceconnection.h"
#include "workspacesession.h"

#include "ui/mainwindow.h"

#include <QApplication>
#include <QListView>
#include <QMessageBox>
#include <QTextStream>

namespace {

void nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("Triage"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRIAGE_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Triage"));
}

/// Says why Triage cannot start: on stderr, and in a message box unless a benchmark runs
/// (no one would click it away).
void reportStartFailure(const QString &message, const app::LaunchOptions &options)
{
    QTextStream(stderr) << message << '\n';
    if (!options.measureStartup)
        QMessageBox::critical(nullptr, QApplication::translate("main", "Triage cannot start"),
                              message);
}

} // namespace

int main(int argc, char *argv[])
{
    app::startupClock().start();
    // --help, --version and --sync-and-exit must work without a display: decide before any GUI.
    std::variant<app::LaunchOptions, app::CommandLine::Exit> parsed;
    {
        QCoreApplication probe(argc, argv);
        nameApplication();
        parsed = app::CommandLine::parse(QCoreApplication::arguments());
        if (const auto *exit = std::get_if<app::CommandLine::Exit>(&parsed)) {
            QTextStream(exit->code == 0 ? stdout : stderr) << exit->text;
            return exit->code;
        }
        if (std::get<app::LaunchOptions>(parsed).syncAndExit)
            return app::runSyncAndExit(std::get<app::LaunchOptions>(parsed));
    }

    QApplication application(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Triage"));
    QApplication::setDesktopFileName(QStringLiteral("triage"));
    const auto &options = std::get<app::LaunchOptions>(parsed);
    // The store opens on a thread of its own while the GUI loads its fonts (see StoreWarmUp).
    app::StoreWarmUp warmUp(app::WorkspaceConnection::storePathFor(options));

    app::WorkspaceSession session;
    QString error;
    if (!session.start(options, &warmUp, &error)) {
        reportStartFailure(error, options);
        return 1;
    }
    QObject::connect(&session, &app::WorkspaceSession::failed, &application,
                     [&options](const QString &message) {
                         reportStartFailure(message, options);
                         QCoreApplication::exit(1);
                     });
    std::unique_ptr<app::StartupProbe> probe;
    auto watchStartup = [&] {
        if (options.measureStartup && !probe)
            probe = std::make_unique<app::StartupProbe>(session.window()->conversationList());
    };
    if (session.window())
        watchStartup();
    else
        QObject::connect(&session, &app::WorkspaceSession::ready, &application, watchStartup);
    session.showWindow();
    return application.exec();
}
