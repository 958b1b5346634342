// triage-sandbox: serves a generated Intercom workspace on 127.0.0.1 until SIGINT/SIGTERM.
// Prints exactly two lines on stdout ("url: …", "token: …") so scripts can read them.

#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

#ifdef Q_OS_UNIX
int signalPipe[2] = {-1, -1};

extern "C" void onTerminationSignal(int)
{
    // Only async-signal-safe work here: wake the event loop through the pipe.
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

/// Quits the application cleanly on SIGINT/SIGTERM (the self-pipe trick).
void quitOnTerminationSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
        notifier->setEnabled(false);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}
#else
extern "C" void onTerminationSignal(int)
{
    QCoreApplication::quit();
}

void quitOnTerminationSignals(QCoreApplication &)
{
    std::signal(SIGINT, onTerminationSignal);
    std::signal(SIGTERM, onTerminationSignal);
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("triage-sandbox"));

    using sandbox::SandboxCommandLine;
    const SandboxCommandLine::Result parsed = SandboxCommandLine::parse(app.arguments());
    if (parsed.outcome == SandboxCommandLine::Outcome::Help) {
        std::fputs(qPrintable(SandboxCommandLine::usage()), stdout);
        return 0;
    }
    if (parsed.outcome == SandboxCommandLine::Outcome::Error) {
        std::fprintf(stderr, "triage-sandbox: %s\n\n%s", qPrintable(parsed.error),
                     qPrintable(SandboxCommandLine::usage()));
        return 2;
    }

    quitOnTerminationSignals(app);

    sandbox::SandboxServer server(parsed.options);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "triage-sandbox: cannot listen on 127.0.0.1:%u: %s\n",
                     unsigned(parsed.options.port), qPrintable(error));
        return 1;
    }

    std::fprintf(stdout, "url: %s\ntoken: %s\n", qPrintable(server.url().toString()),
                 qPrintable(server.token()));
    std::fflush(stdout);
    std::fprintf(stderr, "%s\n",
                 qPrintable(QCoreApplication::translate("triage-sandbox",
                                                        "serving %1 conversations (generated in "
                                                        "%2 ms)")
                                .arg(parsed.options.workspace.conversations)
                                .arg(server.generationMs())));
    return app.exec();
}
