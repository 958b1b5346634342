#include "workspacesession.h"

#include "storewarmup.h"
#include "workspaceconnection.h"

#include "api/httptrace.h"
#include "api/intercomclient.h"
#include "models/conversationlistmodel.h"
#include "models/store/database.h"
#include "models/storechanges.h"
#include "models/sync/syncengine.h"
#include "ui/firstpaintnotifier.h"
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

bool WorkspaceSession::start(const LaunchOptions &options, StoreWarmUp *warmUp, QString *error)
{
    m_connection = std::make_unique<WorkspaceConnection>();
    if (!m_connection->open(options, error))
        return false;
    if (options.trace)
        api::HttpTrace::setEnabled(true);

    m_changes = std::make_unique<models::StoreChanges>();
    m_client = std::make_unique<api::IntercomClient>(m_connection->clientConfig());
    m_sync = std::make_unique<models::SyncEngine>(m_client.get(), m_connection->storePath(),
                                                  m_changes.get());
    m_database = std::make_unique<models::Database>();
    m_conversations = std::make_unique<models::ConversationListModel>(*m_database, m_changes.get());
    // Built while the warm-up opens the store: the window's first cost is loading fonts and
    // styles, which needs no data.
    m_window = std::make_unique<ui::MainWindow>(m_conversations.get(), m_sync.get());

    if (warmUp) {
        if (const models::StoreError storeError = warmUp->wait()) {
            *error = storeError.displayText();
            return false;
        }
    }
    if (const models::StoreError storeError = m_database->open(m_connection->storePath())) {
        *error = storeError.displayText();
        return false;
    }
    m_conversations->setView(models::ConversationFilter::allOpen(),
                             models::ConversationSort::UpdatedNewest);
    return true;
}

void WorkspaceSession::showWindow()
{
    auto *firstPaint = new ui::FirstPaintNotifier(m_window.get(), m_window.get());
    connect(firstPaint, &ui::FirstPaintNotifier::painted, this,
            &WorkspaceSession::startBackgroundWork);
    m_window->show();
}

void WorkspaceSession::startBackgroundWork()
{
    m_sync->start();
    askWorkspaceName();
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
