#pragma once

#include "ui/colorscheme.h"

#include <QString>
#include <QUrl>

namespace app {

/// What the command line asked for. Parsed once in main(); plain value.
struct LaunchOptions
{
    /// Demo: the built-in sandbox. Server: --base-url with the token from the environment.
    /// Saved: a workspace Triage signed in to before (or signs in to now); its token comes from
    /// the keychain, after the window has opened on the local copy.
    enum class Mode { Demo, Server, Saved };

    Mode mode = Mode::Saved;
    QUrl baseUrl;                ///< Server and Saved modes: the server
    int demoConversations = 500; ///< Demo mode: size of the generated workspace
    quint64 demoSeed = 1;
    bool trace = false;          ///< log HTTP requests (never the token)
    bool syncAndExit = false;    ///< run the initial sync into the store, print figures, exit
    bool measureStartup = false; ///< print first-paint figures once the list shows data, exit
    QString storePath;           ///< the local store file; empty = the workspace's default
    ui::ColorScheme::Mode colorScheme
        = ui::ColorScheme::Mode::System; ///< light, dark or the system's
};

} // namespace app
