#include "workspaceconnection.h"

#include "demosandbox.h"
#include "workspaces/workspacestorage.h"

#include "sandbox/sandboxserver.h"


namespace app {

namespace {

constexpr char tokenVariable[] = "INTERCOM_ACCESS_TOKEN";

} // namespace

WorkspaceConnection::WorkspaceConnection() = default;
WorkspaceConnection::~WorkspaceConnection() = default;

bool WorkspaceConnection::open(const LaunchOptions &options, QString *error)
{
    m_config = {};
    m_config.region = api::ClientConfig::Region::Custom;
    m_config.userAgentVersion = QCoreApplication::applicationVersion();
    m_storePath = storePathFor(options);

    if (options.mode == LaunchOptions::Mode::Demo) {
        sandbox::SandboxOptions sandboxOptions;
        sandboxOptions.workspace.seed = options.demoSeed;
        sandboxOptions.workspace.conversations = options.demoConversations;
        m_sandbox = std::make_unique<DemoSandbox>();
        if (!m_sandbox->start(sandboxOptions, error))
            return false;
        m_config.customBaseUrl = m_sandbox->url();
        m_config.token = m_sandbox->token().toUtf8();
        return true;
    }
    m_config.customBaseUrl = options.baseUrl;
    if (options.mode == LaunchOptions::Mode::Saved)
        return true; // the token comes from the keychain later (WorkspaceSession::setToken)
    // Read once, held in memory only: never written to settings, logs or disk.
    m_config.token = qgetenv(tokenVariable);
    if (m_config.token.isEmpty()) {
        *error = tr("Set the access token in the environment variable %1 to connect to %2.")
                     .arg(QLatin1String(tokenVariable), options.baseUrl.toDisplayString());
        return false;
    }
    return true;
}

QString WorkspaceConnection::storePathFor(const LaunchOptions &options)
{
    return options.storePath.isEmpty() ? defaultStorePath(options) : options.storePath;
}

QString WorkspaceConnection::defaultStorePath(const LaunchOptions &options)
{
    // Signed-in workspaces get their store from the registry (options.storePath). For --base-url
    // the address is the identity; a demo workspace is regenerated at every start, so each size
    // and seed gets a store of its own.
    QString key;
    if (options.mode == LaunchOptions::Mode::Demo) {
        key = QStringLiteral("demo-seed%1-n%2").arg(options.demoSeed).arg(options.demoConversations);
    } else {
        key = options.baseUrl.host() + QLatin1Char('-')
              + QString::number(options.baseUrl.port(options.baseUrl.scheme() == QLatin1String("https")
                                                         ? 443
                                                         : 80));
    }
    return WorkspaceStorage::storeFile(WorkspaceStorage::defaultRoot(),
                                       WorkspaceStorage::folderKey(key));
}

} // namespace app
