// Benchmark: our API client walking every conversation of a sandbox, page by page, and in the
// same run the official Node SDK (npm intercom-client) walking the same sandbox.
// The sandbox runs as its own process (triage-sandbox), so each client's CPU time is its own.
// Prints one JSON line per client and a ratio line; not a test.
//
//   bench_client_walk [--conversations 10000] [--per-page 150] [--no-sdk]

#include "api/intercomclient.h"
#include "api/pagewalker.h"
#include "models/sync/headlesssync.h"

#include "sandboxprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>

#include <cstdio>

namespace {

bool startSandbox(SandboxProcess &sandbox, int conversations)
{
    // A limit above what either walk needs: this measures the clients, not the pacing.
    return sandbox.start(QStringLiteral(TRIAGE_SANDBOX_EXE),
                         {QStringLiteral("--conversations"), QString::number(conversations),
                          QStringLiteral("--seed"), QStringLiteral("11"),
                          QStringLiteral("--rate-limit"), QStringLiteral("100000")});
}

QJsonObject walkWithOurClient(const SandboxProcess &sandbox, int perPage)
{
    api::ClientConfig config;
    config.region = api::ClientConfig::Region::Custom;
    config.customBaseUrl = sandbox.url;
    config.token = sandbox.token.toUtf8();
    api::IntercomClient client(config);

    const qint64 cpuStart = models::processCpuMs();
    QElapsedTimer wall;
    wall.start();
    api::PageWalker *walker = api::PageWalker::conversations(&client, perPage);
    int conversations = 0;
    QSet<QString> distinct;
    QObject::connect(walker, &api::PageWalker::pageReceived, walker, [&](const QJsonObject &json) {
        // Typed parsing is part of the cost: this is what the app does with each page.
        const auto page
            = api::Page<api::Conversation>::fromJson(json, QStringLiteral("conversations"));
        for (const api::Conversation &conversation : page.items)
            distinct.insert(conversation.id);
        conversations += int(page.items.size());
    });
    QEventLoop loop;
    QObject::connect(walker, &api::PageWalker::finished, &loop, &QEventLoop::quit);
    walker->start();
    loop.exec();
    const qint64 wallMs = wall.elapsed();
    const qint64 cpuMs = models::processCpuMs() - cpuStart;
    if (walker->error())
        std::fprintf(stderr, "walk failed: %s\n", qPrintable(walker->error().displayText()));
    return {{QStringLiteral("client"), QStringLiteral("triage-api")},
            {QStringLiteral("conversations"), conversations},
            {QStringLiteral("distinct"), int(distinct.size())},
            {QStringLiteral("requests"), walker->pageCount()},
            {QStringLiteral("wall_ms"), wallMs},
            {QStringLiteral("cpu_ms"), cpuMs},
            {QStringLiteral("rss_kb"), models::processPeakRssKb()},
            {QStringLiteral("ok"), !walker->error()}};
}

QJsonObject walkWithNodeSdk(const SandboxProcess &sandbox, int perPage)
{
    const QString script = QStringLiteral(TRIAGE_SOURCE_DIR "/tests/bench/sdk-walk.mjs");
    QProcess node;
    node.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    node.start(QStringLiteral("node"),
               {script, sandbox.url.toString(), sandbox.token, QString::number(perPage)});
    if (!node.waitForFinished(300000) || node.exitCode() != 0)
        return {{QStringLiteral("client"), QStringLiteral("intercom-client")},
                {QStringLiteral("ok"), false}};
    QJsonObject result = QJsonDocument::fromJson(node.readAllStandardOutput().trimmed()).object();
    result.insert(QStringLiteral("ok"), true);
    return result;
}

void printLine(const QJsonObject &object)
{
    std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption conversationsOption(QStringLiteral("conversations"),
                                                 QStringLiteral("Workspace size."),
                                                 QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption perPageOption(QStringLiteral("per-page"),
                                           QStringLiteral("Page size (max 150)."),
                                           QStringLiteral("N"), QStringLiteral("150"));
    const QCommandLineOption noSdk(QStringLiteral("no-sdk"),
                                   QStringLiteral("Skip the Node SDK comparison."));
    parser.addOptions({conversationsOption, perPageOption, noSdk});
    parser.process(app);
    const int conversations = parser.value(conversationsOption).toInt();
    const int perPage = parser.value(perPageOption).toInt();

    SandboxProcess sandbox;
    if (!startSandbox(sandbox, conversations)) {
        std::fprintf(stderr, "could not start %s\n", TRIAGE_SANDBOX_EXE);
        return 1;
    }
    const QJsonObject ours = walkWithOurClient(sandbox, perPage);
    printLine(ours);
    int status = ours.value(QStringLiteral("ok")).toBool() ? 0 : 1;
    if (!parser.isSet(noSdk)) {
        const QJsonObject sdk = walkWithNodeSdk(sandbox, perPage);
        printLine(sdk);
        if (!sdk.value(QStringLiteral("ok")).toBool()) {
            status = 1;
        } else {
            auto ratio = [&](const char *key) {
                const double theirs = sdk.value(QLatin1String(key)).toDouble();
                return theirs > 0 ? ours.value(QLatin1String(key)).toDouble() / theirs : 0.0;
            };
            std::printf("{\"ratio_ours_over_sdk\":{\"wall\":%.2f,\"cpu\":%.2f,\"rss\":%.2f}}\n",
                        ratio("wall_ms"), ratio("cpu_ms"), ratio("rss_kb"));
        }
    }
    sandbox.stop();
    return status;
}
