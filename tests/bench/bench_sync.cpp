// Benchmark: the sync engine's initial sync from an out-of-process sandbox (triage-sandbox)
// into a temporary store, then one incremental cycle after 100 changes made through the API.
// A 1 ms timer on the GUI thread records the longest stall while the initial sync runs.
// Each size runs in its own child process, so that peak RSS is that size's own.
// Prints one JSON line per size; not a test.
//
//   bench_sync [--conversations 10000,100000] [--changes 100]

#include "models/store/conversationrepository.h"
#include "models/store/database.h"
#include "models/sync/headlesssync.h"
#include "models/sync/syncengine.h"

#include "api/intercomclient.h"

#include "sandboxprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

/// The longest gap between two ticks of a 1 ms timer: how long the GUI thread was busy.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            m_longestMs = std::max(m_longestMs, m_sinceTick.nsecsElapsed() / 1e6);
            m_sinceTick.start();
        });
    }
    void start()
    {
        m_sinceTick.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double longestMs() const { return m_longestMs; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    double m_longestMs = 0;
};

template<typename Job> bool waitFor(Job *job)
{
    QEventLoop loop;
    QObject::connect(job, &api::ApiJob::finished, &loop, &QEventLoop::quit);
    if (!job->isFinished())
        loop.exec();
    return !job->error();
}

QJsonObject sandboxStats(api::IntercomClient &client)
{
    api::JsonJob *job = client.call("GET", QStringLiteral("/__sandbox/stats"));
    job->setAutoDelete(false);
    std::unique_ptr<api::JsonJob> owned(job);
    return waitFor(job) ? job->result() : QJsonObject();
}

/// Runs \a engine until \a done fires (or an error repeats); returns the wall time in ms.
template<typename Signal> qint64 runUntil(models::SyncEngine &engine, Signal done, QString *error)
{
    QElapsedTimer wall;
    wall.start();
    QEventLoop loop;
    int failures = 0;
    QObject::connect(&engine, done, &loop, [&loop] { loop.quit(); });
    QObject::connect(&engine, &models::SyncEngine::errorOccurred, &loop,
                     [&](const QString &message) {
                         *error = message;
                         if (++failures >= 3)
                             loop.quit();
                     });
    loop.exec();
    return wall.elapsed();
}

QJsonObject runOneSize(int conversations, int changes)
{
    QJsonObject figures{{QStringLiteral("bench"), QStringLiteral("sync")},
                        {QStringLiteral("sandbox_conversations"), conversations}};
    SandboxProcess sandbox;
    // The default rate limit (1,666 per 10 s): the engine must stay under it by itself.
    if (!sandbox.start(QStringLiteral(TRIAGE_SANDBOX_EXE),
                       {QStringLiteral("--conversations"), QString::number(conversations),
                        QStringLiteral("--seed"), QStringLiteral("11")})) {
        figures.insert(QStringLiteral("error"), QStringLiteral("sandbox did not start"));
        return figures;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    api::ClientConfig config;
    config.region = api::ClientConfig::Region::Custom;
    config.customBaseUrl = sandbox.url;
    config.token = sandbox.token.toUtf8();
    api::IntercomClient client(config);
    models::SyncOptions options;
    options.activeIntervalMs = 3600 * 1000; // cycles only when asked
    options.prefetchPerView = 0;            // the initial sync alone
    QString error;

    // Initial sync.
    {
        models::SyncEngine engine(&client, path);
        engine.setOptions(options);
        StallProbe probe;
        const qint64 cpuBefore = models::processCpuMs();
        probe.start();
        engine.start();
        const qint64 wallMs = runUntil(engine, &models::SyncEngine::initialSyncFinished, &error);
        probe.stop();
        figures.insert(QStringLiteral("initial_ok"), engine.isInitialSyncDone());
        figures.insert(QStringLiteral("initial_wall_ms"), wallMs);
        figures.insert(QStringLiteral("initial_cpu_ms"), models::processCpuMs() - cpuBefore);
        figures.insert(QStringLiteral("initial_requests"), engine.progress().requests);
        figures.insert(QStringLiteral("initial_pages"), engine.progress().pagesDone);
        figures.insert(QStringLiteral("stored"), engine.progress().conversationsStored);
        figures.insert(QStringLiteral("gui_longest_stall_ms"),
                       qRound(probe.longestMs() * 10) / 10.0);
    }
    figures.insert(QStringLiteral("peak_rss_kb"), models::processPeakRssKb());

    // Incremental: changes made through the API, then one cycle.
    QStringList ids;
    {
        models::Database db;
        if (!db.open(path)) {
            figures.insert(QStringLiteral("conversations_in_store"),
                           models::ConversationRepository(db).count({}));
            const auto page = models::ConversationRepository(db).page(
                models::ConversationFilter::allOpen(), models::ConversationSort::UpdatedOldest,
                changes);
            for (const auto &row : page.rows)
                ids.append(row.id);
        }
    }
    api::AdminJob *me = client.me();
    me->setAutoDelete(false);
    std::unique_ptr<api::AdminJob> meOwned(me);
    waitFor(me);
    api::ReplyRequest note;
    note.kind = api::ReplyRequest::Kind::Note;
    note.adminId = me->result().id;
    note.body = QStringLiteral("<p>Benchmark note</p>");
    for (const QString &id : ids)
        waitFor(client.reply(id, note));
    {
        models::SyncEngine engine(&client, path);
        engine.setOptions(options);
        QElapsedTimer cycleWall;
        QObject::connect(&engine, &models::SyncEngine::phaseChanged, &engine,
                         [&cycleWall](models::SyncPhase phase) {
                             if (phase == models::SyncPhase::Incremental)
                                 cycleWall.start();
                         });
        const qint64 cpuBefore = models::processCpuMs();
        engine.start();
        const qint64 wallMs = runUntil(engine, &models::SyncEngine::cycleFinished, &error);
        figures.insert(QStringLiteral("incremental_changes"), int(ids.size()));
        figures.insert(QStringLiteral("incremental_start_to_done_ms"), wallMs);
        figures.insert(QStringLiteral("incremental_cycle_ms"),
                       cycleWall.isValid() ? cycleWall.elapsed() : -1);
        figures.insert(QStringLiteral("incremental_cpu_ms"), models::processCpuMs() - cpuBefore);
        figures.insert(QStringLiteral("incremental_requests"), engine.progress().requests);
        figures.insert(QStringLiteral("incremental_stored"), engine.progress().conversationsStored);
    }
    const QJsonObject stats = sandboxStats(client);
    figures.insert(QStringLiteral("sandbox_requests"), stats.value(QLatin1String("total")));
    figures.insert(QStringLiteral("sandbox_429"), stats.value(QLatin1String("rate_limited")));
    if (!error.isEmpty())
        figures.insert(QStringLiteral("last_error"), error);
    sandbox.stop();
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sync engine benchmark"));
    parser.addHelpOption();
    const QCommandLineOption sizesOption(QStringLiteral("conversations"),
                                         QStringLiteral("Comma-separated workspace sizes."),
                                         QStringLiteral("list"), QStringLiteral("10000,100000"));
    const QCommandLineOption changesOption(QStringLiteral("changes"),
                                           QStringLiteral("Changes before the incremental cycle."),
                                           QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption singleOption(QStringLiteral("single"),
                                          QStringLiteral("Run one size in this process."));
    parser.addOptions({sizesOption, changesOption, singleOption});
    parser.process(app);
    const QStringList sizes = parser.value(sizesOption).split(QLatin1Char(','));
    const int changes = parser.value(changesOption).toInt();

    if (parser.isSet(singleOption)) {
        const QJsonObject figures = runOneSize(sizes.value(0).toInt(), changes);
        std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
        return figures.contains(QLatin1String("error")) ? 1 : 0;
    }
    int status = 0;
    for (const QString &size : sizes) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--single"), QStringLiteral("--conversations"), size,
                     QStringLiteral("--changes"), QString::number(changes)});
        child.waitForFinished(-1);
        status |= child.exitCode();
    }
    return status;
}
