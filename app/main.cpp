#include "commandline.h"
#include "fontwarmup.h"
#include "startupprobe.h"
#include "syncandexit.h"
#include "translationloader.h"
#include "workspacecontroller.h"
#include "workspacesession.h"
#include "workspaces/sessiontokens.h"
#include "workspaces/tokenvault.h"
#include "workspaces/workspaceregistry.h"

#include "ui/colorscheme.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QListView>
#include <QMessageBox>
#include <QScopeGuard>
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

/// The arguments as QCoreApplication::arguments() gives them on Unix, before there is one.
QStringList commandLineArguments(int argc, char *argv[])
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

/// True when Triage answers without opening a window: help, version, a command-line error,
/// or --sync-and-exit.
bool windowless(const std::variant<app::LaunchOptions, app::CommandLine::Exit> &parsed)
{
    const auto *options = std::get_if<app::LaunchOptions>(&parsed);
    return !options || options->syncAndExit;
}

/// Answers what needs no window: prints the help, the version or the error, or runs
/// --sync-and-exit. An application object must exist.
int answerWithoutWindow(const std::variant<app::LaunchOptions, app::CommandLine::Exit> &parsed)
{
    if (const auto *exit = std::get_if<app::CommandLine::Exit>(&parsed)) {
        QTextStream(exit->code == 0 ? stdout : stderr) << exit->text;
        return exit->code;
    }
    return app::runSyncAndExit(std::get<app::LaunchOptions>(parsed));
}

} // namespace

int main(int argc, char *argv[])
{
    app::startupClock().start();
    // Its thread starts now and loads the fonts once the application exists (see FontWarmUp).
    app::FontWarmUp fonts;
    // --help, --version and --sync-and-exit must work without a display: decide before any GUI.
    // A first reading needs no application object (a few tenths of a millisecond saved); only
    // what answers without a window makes one, a QCoreApplication, and reads the line again
    // with it, so the help text names the program as it was called.
    nameApplication();
    auto parsed = app::CommandLine::parse(commandLineArguments(argc, argv));
    if (windowless(parsed)) {
        QCoreApplication core(argc, argv);
        parsed = app::CommandLine::parse(QCoreApplication::arguments());
        if (windowless(parsed))
            return answerWithoutWindow(parsed);
    }

    QApplication application(argc, argv);
    // First: the font list loads on another core while the GUI thread does everything else.
    fonts.load();
    const auto fontsLoaded = qScopeGuard([&fonts] { fonts.finish(); }); // before ~QApplication
#ifdef Q_OS_WIN
    // There argv is in the ANSI code page; the application reads the wide command line.
    parsed = app::CommandLine::parse(QCoreApplication::arguments());
    if (windowless(parsed))
        return answerWithoutWindow(parsed);
#endif
    QApplication::setApplicationDisplayName(QStringLiteral("Triage"));
    QApplication::setDesktopFileName(QStringLiteral("triage"));
    const auto &options = std::get<app::LaunchOptions>(parsed);
    app::TranslationLoader::install(&application);
    // Style and palette first: widgets derive their colors from the palette they are made with.
    ui::ColorScheme::apply(options.colorScheme);
    app::WorkspaceRegistry registry;
    app::TokenVault vault;
    app::SessionTokens tokens;
    app::WorkspaceController controller(registry, vault, tokens);

    // Queued: a failure inside start() must end the event loop that follows.
    QObject::connect(
        &controller, &app::WorkspaceController::failed, &application,
        [&options](const QString &message) {
            // Empty: the agent closed the first sign-in; nothing to report.
            if (!message.isEmpty())
                reportStartFailure(message, options);
            QCoreApplication::exit(message.isEmpty() ? 0 : 1);
        },
        Qt::QueuedConnection);
    std::unique_ptr<app::StartupProbe> probe;
    QObject::connect(&controller, &app::WorkspaceController::sessionReady, &application,
                     [&](app::WorkspaceSession *session) {
                         if (options.measureStartup && !probe)
                             probe = std::make_unique<app::StartupProbe>(
                                 session->window()->conversationList());
                     });
    controller.start(options);
    return application.exec();
}
