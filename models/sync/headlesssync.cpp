#include "headlesssync.h"

#include "syncengine.h"

#include "models/store/conversationrepository.h"
#include "models/store/database.h"

#include "api/intercomclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QRegularExpression>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace models {

QJsonObject SyncFigures::toJson() const
{
    QJsonObject json{{QStringLiteral("conversations"), conversations},
                     {QStringLiteral("requests"), requests},
                     {QStringLiteral("wall_ms"), wallMs},
                     {QStringLiteral("cpu_ms"), cpuMs},
                     {QStringLiteral("rss_kb"), rssKb}};
    if (!ok)
        json.insert(QStringLiteral("error"), error);
    return json;
}

qint64 processCpuMs()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
    return (qint64(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1000
           + (qint64(usage.ru_utime.tv_usec) + usage.ru_stime.tv_usec) / 1000;
#else
    return -1;
#endif
}

qint64 processPeakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        static const QRegularExpression pattern(QStringLiteral("VmHWM:\\s*(\\d+)\\s*kB"));
        const auto match = pattern.match(QString::fromLatin1(status.readAll()));
        if (match.hasMatch())
            return match.captured(1).toLongLong();
    }
#ifdef Q_OS_UNIX
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) == 0)
        return usage.ru_maxrss; // kB on Linux and the BSDs; bytes on macOS
#endif
    return -1;
}

SyncFigures runInitialSync(const api::ClientConfig &config, const QString &databasePath,
                           const SyncOptions &options, int maxFailures, int timeoutMs)
{
    SyncFigures figures;
    QElapsedTimer wall;
    wall.start();
    const qint64 cpuAtStart = processCpuMs();
    {
        api::IntercomClient client(config);
        SyncEngine engine(&client, databasePath);
        engine.setOptions(options);
        QEventLoop loop;
        int failures = 0;
        QObject::connect(&engine, &SyncEngine::initialSyncFinished, &loop, [&] {
            figures.ok = true;
            loop.quit();
        });
        QObject::connect(&engine, &SyncEngine::errorOccurred, &loop, [&](const QString &message) {
            figures.error = message;
            if (++failures >= maxFailures || !engine.isStoreOpen())
                loop.quit();
        });
        QTimer::singleShot(timeoutMs, &loop, [&] {
            figures.error = QStringLiteral("timed out");
            loop.quit();
        });
        engine.start();
        loop.exec();
        figures.requests = engine.progress().requests;
    } // the engine's writer has finished every page it was given
    Database db;
    if (!db.open(databasePath))
        figures.conversations = ConversationRepository(db).count({});
    figures.wallMs = wall.elapsed();
    const qint64 cpuNow = processCpuMs();
    figures.cpuMs = cpuAtStart < 0 || cpuNow < 0 ? -1 : cpuNow - cpuAtStart;
    figures.rssKb = processPeakRssKb();
    if (figures.ok)
        figures.error.clear();
    return figures;
}

} // namespace models
