#include "workspacesession.h"

#include "workspaceconnection.h"

#include "api/httptrace.h"
#include "api/intercomclient.h"
#include "models/conversationlistmodel.h"
#include "models/store/database.h"
#include "models/storechanges.h"
#include "models/sync/syncengine.h"
#include "ui/mainwindow.h"

namespace app {

WorkspaceSession::WorkspaceSession(QObject *parent)
    : QObject(parent)
{
}

WorkspaceSession::~WorkspaceSession()
{
    // Views before models before the engine and the client before the store and the server.
    m_window.reset();
    m_conversations.reset();
    m_sync.reset();
    m_client.reset();
    m_changes.reset();
    m_database.reset();
    m_connection.reset();
}

bool WorkspaceSession::start(const LaunchOptions &options, QString *error)
{
    m_connection = std::make_unique<WorkspaceConnection>();
    if (!m_connection->open(options, error))
        return false;
    if (options.trace)
        api::HttpTrace::setEnabled(true);

    m_database = std::make_unique<models::Database>();
    if (const models::StoreError storeError = m_database->open(m_connection->storePath())) {
        *error = storeError.displayText();
        return false;
    }
    m_changes = std::make_unique<models::StoreChanges>();
    m_client = std::make_unique<api::IntercomClient>(m_connection->clientConfig());
    m_sync = std::make_unique<models::SyncEngine>(m_client.get(), m_connection->storePath(),
                                                  m_changes.get());
    m_conversations = std::make_unique<models::ConversationListModel>(*m_database, m_changes.get());
    m_conversations->setView(models::ConversationFilter::allOpen(),
                             models::ConversationSort::UpdatedNewest);
    m_sync->start();
    return true;
}

void WorkspaceSession::showWindow()
{
    m_window = std::make_unique<ui::MainWindow>(m_conversations.get(), m_sync.get());
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
