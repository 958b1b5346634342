#include "workspacesession.h"

#include "workspaceconnection.h"

#include "api/httptrace.h"
#include "api/intercomclient.h"
#include "models/remoteconversationmodel.h"
#include "ui/mainwindow.h"

namespace app {

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
    m_connection.reset();
}

bool WorkspaceSession::start(const LaunchOptions &options, QString *error)
{
    m_connection = std::make_unique<WorkspaceConnection>();
    if (!m_connection->open(options, error))
        return false;
    if (options.trace)
        api::HttpTrace::setEnabled(true);

    m_client = std::make_unique<api::IntercomClient>(m_connection->clientConfig());
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
