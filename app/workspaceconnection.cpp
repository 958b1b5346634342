#include "workspaceconnection.h"

#include "demosandbox.h"

#include "sandbox/sandboxserver.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

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
    // Read once, held in memory only: never written to settings, logs or disk.
    m_config.customBaseUrl = options.baseUrl;
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
    // Until sign-in names workspaces by their Intercom id, the address is the identity. A demo
    // workspace is regenerated at every start, so each size and seed gets a store of its own.
    QString key;
    if (options.mode == LaunchOptions::Mode::Demo) {
        key = QStringLiteral("demo-seed%1-n%2").arg(options.demoSeed).arg(options.demoConversations);
    } else {
        key = options.baseUrl.host() + QLatin1Char('-')
              + QString::number(options.baseUrl.port(options.baseUrl.scheme() == QLatin1String("https")
                                                         ? 443
                                                         : 80));
        key.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    }
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(base).filePath(QStringLiteral("workspaces/%1/store.sqlite").arg(key));
}

} // namespace app
