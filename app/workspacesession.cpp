#include "workspacesession.h"

#include "demosandbox.h"

#include "api/httptrace.h"
#include "api/intercomclient.h"
#include "models/remoteconversationmodel.h"
#include "sandbox/sandboxserver.h"
#include "ui/mainwindow.h"

namespace app {

namespace {

constexpr char tokenVariable[] = "INTERCOM_ACCESS_TOKEN";

} // namespace

WorkspaceSession::WorkspaceSession(QObject *parent)
    : QObject(parent)
{
}

WorkspaceSession::~WorkspaceSession()
{
    // Views before models before the client before the server they all talk to.
    m_window.reset();
    m_conversations.reset();
    m_client.reset();
    m_sandbox.reset();
}

bool WorkspaceSession::start(const LaunchOptions &options, QString *error)
{
    api::ClientConfig config;
    config.region = api::ClientConfig::Region::Custom;
    config.userAgentVersion = QCoreApplication::applicationVersion();

    if (options.mode == LaunchOptions::Mode::Demo) {
        sandbox::SandboxOptions sandboxOptions;
        sandboxOptions.workspace.seed = options.demoSeed;
        sandboxOptions.workspace.conversations = options.demoConversations;
        m_sandbox = std::make_unique<DemoSandbox>();
        if (!m_sandbox->start(sandboxOptions, error))
            return false;
        config.customBaseUrl = m_sandbox->url();
        config.token = m_sandbox->token().toUtf8();
    } else {
        // Read once, held in memory only: never written to settings, logs or disk.
        config.customBaseUrl = options.baseUrl;
        config.token = qgetenv(tokenVariable);
        if (config.token.isEmpty()) {
            *error = tr("Set the access token in the environment variable %1 to connect to %2.")
                         .arg(QLatin1String(tokenVariable), options.baseUrl.toDisplayString());
            return false;
        }
    }
    if (options.trace)
        api::HttpTrace::setEnabled(true);

    m_client = std::make_unique<api::IntercomClient>(config);
    m_conversations = std::make_unique<models::RemoteConversationModel>(
        m_client.get(), models::RemoteConversationModel::openConversations());
    m_conversations->reload();
    return true;
}

void WorkspaceSession::showWindow()
{
    m_window = std::make_unique<ui::MainWindow>(m_conversations.get());
    askWorkspaceName();
    m_window->show();
}

void WorkspaceSession::askWorkspaceName()
{
    api::AdminJob *job = m_client->me();
    connect(job, &api::ApiJob::finished, m_window.get(), [this, job] {
        if (!job->error())
            m_window->setWorkspaceName(job->result().appName);
    });
}

} // namespace app
