#include "mainwindow.h"

#include "conversationdelegate.h"
#include "syncstatus.h"

#include "models/conversationlistmodel.h"
#include "models/sync/syncengine.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

namespace ui {

MainWindow::MainWindow(models::ConversationListModel *model, models::SyncEngine *sync,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_model(model)
    , m_sync(sync)
{
    setWindowTitle(tr("Triage"));
    resize(960, 680);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);

    m_heading = new QLabel(tr("Open conversations"), central);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setContentsMargins(12, 0, 12, 0);
    layout->addWidget(m_heading);

    m_list = new QListView(central);
    m_list->setObjectName(QStringLiteral("conversationList"));
    m_list->setAccessibleName(tr("Open conversations"));
    m_list->setAccessibleDescription(tr("Conversations waiting in the workspace, newest first"));
    m_list->setItemDelegate(new ConversationDelegate(m_list));
    m_list->setModel(model);
    m_list->setUniformItemSizes(true); // one row height: fast layout for long lists
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setFrameShape(QFrame::NoFrame);
    m_heading->setBuddy(m_list);
    layout->addWidget(m_list, 1);
    setCentralWidget(central);

    // No accessible name: a screen reader must read the status text itself.
    m_status = new QLabel(this);
    m_status->setAccessibleDescription(tr("Sync status"));
    statusBar()->addWidget(m_status, 1);
    m_retry = new QPushButton(tr("&Retry now"), this);
    m_retry->setAccessibleName(tr("Retry syncing now"));
    m_retry->hide();
    statusBar()->addPermanentWidget(m_retry);

    connect(m_model, &models::ConversationListModel::totalCountChanged, this,
            &MainWindow::updateHeading);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateHeading);
    if (m_sync) {
        connect(m_retry, &QPushButton::clicked, m_sync, &models::SyncEngine::syncNow);
        connect(m_sync, &models::SyncEngine::progressChanged, this, &MainWindow::updateSyncStatus);
        updateSyncStatus(m_sync->progress());
    }

    createMenus();
    updateHeading();
    m_list->setFocus();
}

void MainWindow::setWorkspaceName(const QString &name)
{
    setWindowTitle(name.isEmpty() ? tr("Triage") : tr("%1 — Triage").arg(name));
}

void MainWindow::changeEvent(QEvent *event)
{
    // The engine syncs often while the agent looks at the window, rarely in the background.
    if (event->type() == QEvent::ActivationChange && m_sync)
        m_sync->setActive(isActiveWindow());
    QMainWindow::changeEvent(event);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("app.quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *syncNow = view->addAction(tr("&Sync now"));
    syncNow->setObjectName(QStringLiteral("sync.now"));
    syncNow->setShortcut(QKeySequence::Refresh);
    syncNow->setEnabled(m_sync);
    if (m_sync)
        connect(syncNow, &QAction::triggered, m_sync, &models::SyncEngine::syncNow);
}

void MainWindow::updateHeading()
{
    const int total = m_model->totalCount();
    m_heading->setText(total > 0
                           ? tr("Open conversations (%1)").arg(QLocale().toString(total))
                           : tr("Open conversations"));
}

void MainWindow::updateSyncStatus(const models::SyncProgress &progress)
{
    m_status->setText(SyncStatus::text(progress));
    m_retry->setVisible(!progress.lastError.isEmpty());
}

} // namespace ui
