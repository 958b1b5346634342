#include "syncandexit.h"

#include "workspaceconnection.h"

#include "api/httptrace.h"
#include "models/sync/headlesssync.h"

#include <QJsonDocument>
#include <QTextStream>

namespace app {

int runSyncAndExit(const LaunchOptions &options)
{
    WorkspaceConnection connection;
    QString error;
    if (!connection.open(options, &error)) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    if (options.trace)
        api::HttpTrace::setEnabled(true);
    const models::SyncFigures figures
        = models::runInitialSync(connection.clientConfig(), connection.storePath());
    QTextStream(stdout) << QJsonDocument(figures.toJson()).toJson(QJsonDocument::Compact) << '\n';
    if (!figures.ok)
        QTextStream(stderr) << figures.error << '\n';
    return figures.ok ? 0 : 1;
}

} // namespace app
