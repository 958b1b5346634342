#pragma once

#include "launchoptions.h"

#include "api/clientconfig.h"

#include <QCoreApplication>

#include <memory>

namespace app {

class DemoSandbox;

/// Where a session's workspace is and how to reach it: in demo mode the in-process sandbox
/// (started here), otherwise the server of --base-url with the token from the environment.
/// Also names the workspace's local store. Owns the demo sandbox; GUI thread.
class WorkspaceConnection
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceConnection)
public:
    WorkspaceConnection();
    ~WorkspaceConnection();

    /// Starts the sandbox or reads the token. False with a translated \a error.
    bool open(const LaunchOptions &options, QString *error);
    const api::ClientConfig &clientConfig() const { return m_config; }
    /// The store file: --store, else one per workspace under the app's data folder.
    QString storePath() const { return m_storePath; }
    /// The store file \a options name, known before anything is opened.
    static QString storePathFor(const LaunchOptions &options);

private:
    static QString defaultStorePath(const LaunchOptions &options);

    std::unique_ptr<DemoSandbox> m_sandbox;
    api::ClientConfig m_config;
    QString m_storePath;
};

} // namespace app
