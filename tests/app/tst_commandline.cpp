#include "app/commandline.h"

#include <QTest>

using app::CommandLine;
using app::LaunchOptions;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exits_data();
    void exits();
    void demoDefaults();
    void demoSize();
    void syncAndExit();
    void serverMode_data();
    void serverMode();
    void colorScheme_data();
    void colorScheme();
    void helpText();
    void versionText();
};

static QStringList args(std::initializer_list<const char *> list)
{
    QStringList result{QStringLiteral("triage")};
    for (const char *a : list)
        result << QString::fromUtf8(a);
    return result;
}

void TestCommandLine::exits_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("textContains");

    QTest::newRow("help") << args({"--help"}) << 0 << QStringLiteral("--base-url");
    QTest::newRow("version") << args({"--version"}) << 0 << QStringLiteral("0.");
    QTest::newRow("error/unknown-option")
        << args({"--frobnicate"}) << 2 << QStringLiteral("frobnicate");
    QTest::newRow("error/positional") << args({"stray"}) << 2 << QStringLiteral("stray");
    QTest::newRow("error/conversations-negative")
        << args({"--demo", "--conversations", "-1"}) << 2 << QStringLiteral("--conversations");
    QTest::newRow("error/conversations-too-many")
        << args({"--demo", "--conversations", "200001"}) << 2 << QStringLiteral("200000");
    QTest::newRow("error/conversations-text")
        << args({"--demo", "--conversations", "many"}) << 2 << QStringLiteral("--conversations");
    QTest::newRow("error/conversations-without-demo")
        << args({"--conversations", "10"}) << 2 << QStringLiteral("--demo");
    QTest::newRow("error/demo-and-server")
        << args({"--demo", "--base-url", "https://api.intercom.io"}) << 2
        << QStringLiteral("either");
    QTest::newRow("error/bad-url")
        << args({"--base-url", "not a url"}) << 2 << QStringLiteral("not a url");
    QTest::newRow("error/ftp") << args({"--base-url", "ftp://example.com"}) << 2
                               << QStringLiteral("ftp://example.com");
    QTest::newRow("error/color-scheme-unknown")
        << args({"--color-scheme", "purple"}) << 2 << QStringLiteral("purple");
    QTest::newRow("error/color-scheme-missing")
        << args({"--color-scheme"}) << 2 << QStringLiteral("color-scheme");
    QTest::newRow("error/plain-http-remote")
        << args({"--base-url", "http://example.com"}) << 2 << QStringLiteral("https");
}

void TestCommandLine::exits()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, textContains);

    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    const auto result = CommandLine::parse(arguments);
    QVERIFY(std::holds_alternative<CommandLine::Exit>(result));
    const auto exit = std::get<CommandLine::Exit>(result);
    QCOMPARE(exit.code, code);
    QVERIFY2(exit.text.contains(textContains), qPrintable(exit.text));
}

void TestCommandLine::demoDefaults()
{
    const auto result = CommandLine::parse(args({"--demo"}));
    QVERIFY(std::holds_alternative<LaunchOptions>(result));
    const auto options = std::get<LaunchOptions>(result);
    QCOMPARE(options.mode, LaunchOptions::Mode::Demo);
    QCOMPARE(options.demoConversations, 500);
    QCOMPARE(options.trace, false);
    // Without --demo or --base-url: the saved workspaces (or sign-in on a first start).
    const auto plain = CommandLine::parse(args({}));
    QVERIFY(std::holds_alternative<LaunchOptions>(plain));
    QCOMPARE(std::get<LaunchOptions>(plain).mode, LaunchOptions::Mode::Saved);
    const auto headless = CommandLine::parse(args({"--sync-and-exit"}));
    QVERIFY(std::holds_alternative<CommandLine::Exit>(headless));
    QCOMPARE(std::get<CommandLine::Exit>(headless).code, 2);
}

void TestCommandLine::demoSize()
{
    const auto result = CommandLine::parse(
        args({"--demo", "--conversations", "100000", "--seed", "7", "--trace-http"}));
    QVERIFY(std::holds_alternative<LaunchOptions>(result));
    const auto options = std::get<LaunchOptions>(result);
    QCOMPARE(options.demoConversations, 100000);
    QCOMPARE(options.demoSeed, quint64(7));
    QCOMPARE(options.trace, true);
    QCOMPARE(options.syncAndExit, false);
    QVERIFY(options.storePath.isEmpty());
}

void TestCommandLine::syncAndExit()
{
    const auto result
        = CommandLine::parse(args({"--demo", "--sync-and-exit", "--store", "/tmp/x/store.sqlite"}));
    QVERIFY(std::holds_alternative<LaunchOptions>(result));
    const auto options = std::get<LaunchOptions>(result);
    QCOMPARE(options.syncAndExit, true);
    QCOMPARE(options.measureStartup, false);
    const auto measured = CommandLine::parse(args({"--demo", "--measure-startup"}));
    QVERIFY(std::get<LaunchOptions>(measured).measureStartup);
    QCOMPARE(options.storePath, QStringLiteral("/tmp/x/store.sqlite"));
}

void TestCommandLine::serverMode_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("https/us") << QStringLiteral("https://api.intercom.io");
    QTest::newRow("https/eu") << QStringLiteral("https://api.eu.intercom.io");
    QTest::newRow("http/loopback-ip") << QStringLiteral("http://127.0.0.1:4010");
    QTest::newRow("http/localhost") << QStringLiteral("http://localhost:4010");
    QTest::newRow("http/ipv6-loopback") << QStringLiteral("http://[::1]:4010");
}

void TestCommandLine::serverMode()
{
    QFETCH(QString, url);
    const auto result
        = CommandLine::parse({QStringLiteral("triage"), QStringLiteral("--base-url"), url});
    QVERIFY(std::holds_alternative<LaunchOptions>(result));
    const auto options = std::get<LaunchOptions>(result);
    QCOMPARE(options.mode, LaunchOptions::Mode::Server);
    QCOMPARE(options.baseUrl, QUrl(url));
}

void TestCommandLine::colorScheme_data()
{
    using Mode = ui::ColorScheme::Mode;
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Mode>("mode");
    QTest::newRow("default") << args({"--demo"}) << Mode::System;
    QTest::newRow("light") << args({"--color-scheme", "light"}) << Mode::Light;
    QTest::newRow("dark") << args({"--demo", "--color-scheme", "dark"}) << Mode::Dark;
    QTest::newRow("system") << args({"--color-scheme=system"}) << Mode::System;
    QTest::newRow("case/upper") << args({"--color-scheme", "DARK"}) << Mode::Dark;
    QTest::newRow("server") << args(
        {"--base-url", "https://api.intercom.io", "--color-scheme", "dark"})
                            << Mode::Dark;
}

void TestCommandLine::colorScheme()
{
    QFETCH(QStringList, arguments);
    QFETCH(ui::ColorScheme::Mode, mode);
    const auto result = CommandLine::parse(arguments);
    QVERIFY(std::holds_alternative<LaunchOptions>(result));
    QCOMPARE(std::get<LaunchOptions>(result).colorScheme, mode);
}

void TestCommandLine::helpText()
{
    // Both spellings print the same help and exit successfully without starting anything.
    for (const char *flag : {"--help", "-h", "--help-all"}) {
        const auto result = CommandLine::parse(args({flag}));
        QVERIFY2(std::holds_alternative<CommandLine::Exit>(result), flag);
        const auto exit = std::get<CommandLine::Exit>(result);
        QCOMPARE(exit.code, 0);
        QVERIFY2(exit.text.startsWith(QLatin1String("Usage: ")), qPrintable(exit.text));
        QVERIFY(exit.text.contains(QLatin1String("desktop inbox")));
        for (const char *option :
             {"--demo", "--conversations <N>", "--seed <S>", "--base-url <URL>",
              "INTERCOM_ACCESS_TOKEN", "--trace-http", "--sync-and-exit", "--store <FILE>",
              "--measure-startup", "--color-scheme <SCHEME>", "--version", "--help"}) {
            QVERIFY2(exit.text.contains(QLatin1String(option)), option);
        }
    }
}

void TestCommandLine::versionText()
{
    QCoreApplication::setApplicationName(QStringLiteral("Triage"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    for (const char *flag : {"--version", "-v"}) {
        const auto result = CommandLine::parse(args({flag}));
        QVERIFY(std::holds_alternative<CommandLine::Exit>(result));
        const auto exit = std::get<CommandLine::Exit>(result);
        QCOMPARE(exit.code, 0);
        QCOMPARE(exit.text, QStringLiteral("Triage 0.1.0\n"));
    }
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
