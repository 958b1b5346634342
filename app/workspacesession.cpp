#include "workspacesession.h"

#include "workspaceconnection.h"

#include "api/httptrace.h"
#include "api/intercomclient.h"
#include "models/conversationlistmodel.h"
#include "models/drafts/draftkeeper.h"
#include "models/outbox/outbox.h"
#include "models/outbox/stalereplyguard.h"
#include "models/store/database.h"
#include "models/store/syncstaterepository.h"
#include "models/storechanges.h"
#include "models/sync/syncengine.h"
#include "models/sync/synctasks.h"
#include "ui/firstpaintnotifier.h"
#include "ui/mainwindow.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace app {

WorkspaceSession::WorkspaceSession(QObject *parent)
    : QObject(parent)
{
}

WorkspaceSession::~WorkspaceSession()
{
    // Views before models before the outbox, the engine and the client, before the store
    // and the server.
    m_window.reset();
    m_conversations.reset();
    m_guard.reset();
    m_drafts.reset(); // saves what is still unsaved
    m_outbox.reset();
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

    m_changes = std::make_unique<models::StoreChanges>();
    m_client = std::make_unique<api::IntercomClient>(m_connection->clientConfig());
    m_hasToken = !m_connection->clientConfig().token.isEmpty();
    m_sync = std::make_unique<models::SyncEngine>(m_client.get(), m_connection->storePath(),
                                                  m_changes.get());

    m_database = std::make_unique<models::Database>();
    if (const models::StoreError storeError = m_database->open(m_connection->storePath())) {
        *error = storeError.displayText();
        return false;
    }
    // Window state lives next to the store: one workspace, one set of settings.
    m_settings = std::make_unique<QSettings>(
        QFileInfo(m_connection->storePath()).dir().filePath(QStringLiteral("window.ini")),
        QSettings::IniFormat);

    QString me = models::SyncStateRepository(*m_database).value(models::SyncKeys::meAdminId());
    if (me.isEmpty() && !m_knownAgent.isEmpty()) {
        me = m_knownAgent;
        if (!models::SyncStateRepository(*m_database).setValue(models::SyncKeys::meAdminId(), me))
            qWarning("Triage: could not remember the signed-in teammate");
    }
    if (me.isEmpty())
        identifyAgent();
    else
        buildWindow(me);
    return true;
}

void WorkspaceSession::identifyAgent()
{
    api::AdminJob *job = m_client->me();
    connect(job, &api::ApiJob::finished, this, [this, job] {
        const QString me = job->error() ? QString() : job->result().id;
        if (me.isEmpty()) {
            Q_EMIT failed(tr("Triage could not reach the workspace to find out who you are: %1")
                              .arg(job->error() ? job->error().displayText()
                                                : tr("the answer had no teammate id.")));
            return;
        }
        if (!models::SyncStateRepository(*m_database).setValue(models::SyncKeys::meAdminId(), me))
            qWarning("Triage: could not remember the signed-in teammate");
        buildWindow(me);
        if (m_showRequested)
            showWindow();
    });
}

void WorkspaceSession::buildWindow(const QString &meAdminId)
{
    models::OutboxOptions outboxOptions;
    outboxOptions.adminId = meAdminId;
    m_outbox = std::make_unique<models::Outbox>(*m_database, *m_client, m_changes.get(),
                                                outboxOptions);
    m_drafts = std::make_unique<models::DraftKeeper>(*m_database, m_changes.get());
    m_guard = std::make_unique<models::StaleReplyGuard>(*m_database, *m_client, *m_outbox,
                                                        meAdminId);
    m_conversations = std::make_unique<models::ConversationListModel>(*m_database, m_changes.get());

    ui::InboxServices services;
    services.db = m_database.get();
    services.changes = m_changes.get();
    services.client = m_client.get();
    services.sync = m_sync.get();
    services.outbox = m_outbox.get();
    services.drafts = m_drafts.get();
    services.guard = m_guard.get();
    services.conversations = m_conversations.get();
    services.meAdminId = meAdminId;
    services.settings = m_settings.get();
    services.deferPanes = true; // built in startBackgroundWork(), after the first frame
    m_window = std::make_unique<ui::MainWindow>(services);
    Q_EMIT ready();
}

void WorkspaceSession::showWindow()
{
    m_showRequested = true;
    if (!m_window)
        return; // identifyAgent() shows it
    auto *firstPaint = new ui::FirstPaintNotifier(m_window.get(), m_window.get());
    connect(firstPaint, &ui::FirstPaintNotifier::painted, this, [this] {
        m_painted = true;
        m_window->completeWindow();
        startBackgroundWork();
    });
    m_window->show();
}

void WorkspaceSession::setToken(const QByteArray &token)
{
    if (token.isEmpty())
        return;
    m_hasToken = true;
    m_client->setToken(token); // also ends a hold after a 401: sync and outbox go on
    startBackgroundWork();
}

void WorkspaceSession::startBackgroundWork()
{
    if (!m_painted || !m_hasToken || m_backgroundStarted)
        return;
    m_backgroundStarted = true;
    m_sync->start();
    m_outbox->start();
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
