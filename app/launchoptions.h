#pragma once

#include <QString>
#include <QUrl>

namespace app {

/// What the command line asked for. Parsed once in main(); plain value.
struct LaunchOptions
{
    enum class Mode { Demo, Server };

    Mode mode = Mode::Demo;
    QUrl baseUrl;                ///< Server mode: the Intercom-compatible server
    int demoConversations = 500; ///< Demo mode: size of the generated workspace
    quint64 demoSeed = 1;
    bool trace = false;          ///< log HTTP requests (never the token)
    bool syncAndExit = false;    ///< run the initial sync into the store, print figures, exit
    bool measureStartup = false; ///< print first-paint figures once the list shows data, exit
    QString storePath;           ///< the local store file; empty = the workspace's default
};

} // namespace app
