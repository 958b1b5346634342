#include "commandline.h"

#include "api/transportpolicy.h"

#include <QCommandLineParser>

namespace app {

namespace {

constexpr int maxDemoConversations = 200000;

QCommandLineOption demoOption()
{
    return {QStringLiteral("demo"),
            CommandLine::tr("Open the built-in sandbox workspace (an Intercom-compatible server "
                            "started on 127.0.0.1).")};
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
                                  tr("With --demo: the seed of the generated workspace."), tr("S"),
                                  QStringLiteral("1"));
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
    const QCommandLineOption colorScheme(
        QStringLiteral("color-scheme"),
        tr("The window's colors: light, dark, or system (follow the desktop, the default)."),
        tr("SCHEME"), ui::ColorScheme::name(ui::ColorScheme::Mode::System));
    parser.addOptions({demo, conversations, seed, baseUrl, trace, syncAndExit, store,
                       measureStartup, colorScheme});

    if (!parser.parse(arguments))
        return Exit{2, parser.errorText() + QLatin1Char('\n') + parser.helpText()};
    // --help-all (added by addHelpOption) would otherwise start the app: parse() answers
    // neither, and Qt's own options mean little to an agent.
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all")))
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
    const std::optional<ui::ColorScheme::Mode> chosenScheme
        = ui::ColorScheme::fromName(parser.value(colorScheme));
    if (!chosenScheme)
        return Exit{2, tr("--color-scheme takes light, dark or system, not \"%1\".\n")
                           .arg(parser.value(colorScheme))};
    options.colorScheme = *chosenScheme;
    if (parser.isSet(baseUrl)) {
        if (parser.isSet(demo))
            return Exit{2, tr("Use either --demo or --base-url, not both.\n")};
        options.mode = LaunchOptions::Mode::Server;
        options.baseUrl = QUrl(parser.value(baseUrl), QUrl::StrictMode);
        // The token travels in every request: https, or plain http to this machine only.
        if (const api::TransportPolicy::Verdict verdict
            = api::TransportPolicy::check(options.baseUrl);
            verdict != api::TransportPolicy::Verdict::Allowed) {
            return Exit{2, tr("Not a usable server address: %1 %2\n")
                               .arg(parser.value(baseUrl),
                                    api::TransportPolicy::explain(verdict))};
        }
        return options;
    }

    if (!parser.isSet(demo)) {
        // No --demo and no --base-url: the workspaces signed in to before, or sign-in.
        if (parser.isSet(conversations) || parser.isSet(seed))
            return Exit{2, tr("--conversations and --seed go with --demo.\n")};
        if (options.syncAndExit)
            return Exit{2, tr("--sync-and-exit needs --demo or --base-url.\n")};
        return options;
    }
    options.mode = LaunchOptions::Mode::Demo;
    bool ok = false;
    options.demoConversations = parser.value(conversations).toInt(&ok);
    if (!ok || options.demoConversations < 0 || options.demoConversations > maxDemoConversations)
        return Exit{
            2,
            tr("--conversations takes a whole number from 0 to %1.\n").arg(maxDemoConversations)};
    options.demoSeed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return Exit{2, tr("--seed takes a whole non-negative number.\n")};
    return options;
}

} // namespace app
