#include "commandline.h"

#include <QCommandLineParser>
#include <QHostAddress>

namespace app {

namespace {

constexpr int maxDemoConversations = 200000;

QCommandLineOption demoOption()
{
    return {QStringLiteral("demo"),
            CommandLine::tr("Open the built-in sandbox workspace (an Intercom-compatible server "
                            "started on 127.0.0.1).")};
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

std::variant<LaunchOptions, CommandLine::Exit> CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Triage, a desktop inbox for support teams that work in Intercom."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption demo = demoOption();
    const QCommandLineOption conversations(
        QStringLiteral("conversations"),
        tr("With --demo: how many conversations the sandbox generates (0 to %1).")
            .arg(maxDemoConversations),
        tr("N"), QStringLiteral("500"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("With --demo: the seed of the generated workspace."),
                                  tr("S"), QStringLiteral("1"));
    const QCommandLineOption baseUrl(
        QStringLiteral("base-url"),
        tr("Connect to this Intercom-compatible server. The access token is read from the "
           "environment variable INTERCOM_ACCESS_TOKEN and never stored."),
        tr("URL"));
    const QCommandLineOption trace(QStringLiteral("trace-http"),
                                   tr("Log every HTTP request and answer (never the token)."));
    const QCommandLineOption syncAndExit(
        QStringLiteral("sync-and-exit"),
        tr("Run the initial sync into the local store without opening a window, print its "
           "figures as one JSON line, and exit."));
    const QCommandLineOption store(QStringLiteral("store"),
                                   tr("Use this local store file instead of the workspace's own."),
                                   tr("FILE"));
    const QCommandLineOption measureStartup(
        QStringLiteral("measure-startup"),
        tr("Print start-up figures as one JSON line once the inbox list has painted with data, "
           "then exit."));
    parser.addOptions({demo, conversations, seed, baseUrl, trace, syncAndExit, store,
                       measureStartup});

    if (!parser.parse(arguments))
        return Exit{2, parser.errorText() + QLatin1Char('\n') + parser.helpText()};
    if (parser.isSet(help))
        return Exit{0, parser.helpText()};
    if (parser.isSet(version))
        return Exit{0, QCoreApplication::applicationName() + QLatin1Char(' ')
                           + QCoreApplication::applicationVersion() + QLatin1Char('\n')};
    if (!parser.positionalArguments().isEmpty())
        return Exit{2, tr("Unexpected argument: %1\n").arg(parser.positionalArguments().first())};

    LaunchOptions options;
    options.trace = parser.isSet(trace);
    options.syncAndExit = parser.isSet(syncAndExit);
    options.measureStartup = parser.isSet(measureStartup);
    options.storePath = parser.value(store);
    if (parser.isSet(baseUrl)) {
        if (parser.isSet(demo))
            return Exit{2, tr("Use either --demo or --base-url, not both.\n")};
        options.mode = LaunchOptions::Mode::Server;
        options.baseUrl = QUrl(parser.value(baseUrl), QUrl::StrictMode);
        const QString scheme = options.baseUrl.scheme();
        if (!options.baseUrl.isValid() || options.baseUrl.host().isEmpty()
            || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
            return Exit{2, tr("Not a valid server address: %1\n").arg(parser.value(baseUrl))};
        // The token travels in every request: plain http is only acceptable to this machine.
        if (scheme == QLatin1String("http") && !isLoopbackHost(options.baseUrl.host()))
            return Exit{2, tr("Refusing plain http to %1: use https (http is allowed only for "
                              "127.0.0.1 and localhost).\n")
                               .arg(options.baseUrl.host())};
        return options;
    }

    bool ok = false;
    options.demoConversations = parser.value(conversations).toInt(&ok);
    if (!ok || options.demoConversations < 0 || options.demoConversations > maxDemoConversations)
        return Exit{2, tr("--conversations takes a whole number from 0 to %1.\n")
                           .arg(maxDemoConversations)};
    options.demoSeed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return Exit{2, tr("--seed takes a whole non-negative number.\n")};
    return options;
}

} // namespace app
