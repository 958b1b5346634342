#include "mainwindow.h"

#include "conversationdelegate.h"

#include "models/remoteconversationmodel.h"

#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

namespace ui {

MainWindow::MainWindow(models::RemoteConversationModel *model, QWidget *parent)
    : QMainWindow(parent)
    , m_model(model)
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

    m_status = new QLabel(this);
    // No accessible name: a screen reader must read the status text itself.
    m_status->setAccessibleDescription(tr("Sync status"));
    statusBar()->addWidget(m_status, 1);
    m_retry = new QPushButton(tr("&Retry"), this);
    m_retry->setAccessibleName(tr("Retry loading conversations"));
    m_retry->hide();
    statusBar()->addPermanentWidget(m_retry);
    connect(m_retry, &QPushButton::clicked, m_model, &models::RemoteConversationModel::retry);

    connect(m_model, &models::RemoteConversationModel::loadingChanged, this, &MainWindow::updateStatus);
    connect(m_model, &models::RemoteConversationModel::errorOccurred, this, &MainWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);

    createMenus();
    updateStatus();
    m_list->setFocus();
}

void MainWindow::setWorkspaceName(const QString &name)
{
    setWindowTitle(name.isEmpty() ? tr("Triage") : tr("%1 — Triage").arg(name));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("app.quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *reload = view->addAction(tr("&Reload"));
    reload->setObjectName(QStringLiteral("view.reload"));
    reload->setShortcut(QKeySequence::Refresh);
    connect(reload, &QAction::triggered, m_model, &models::RemoteConversationModel::reload);
}

void MainWindow::updateStatus()
{
    const int loaded = m_model->rowCount();
    const int total = m_model->totalCount();
    const QLocale locale;
    m_heading->setText(total > 0 ? tr("Open conversations (%1)").arg(locale.toString(total))
                                 : tr("Open conversations"));
    const api::ApiError &error = m_model->lastError();
    m_retry->setVisible(bool(error));
    if (error) {
        m_status->setText(tr("Could not load conversations: %1").arg(error.displayText()));
    } else if (m_model->isLoading()) {
        m_status->setText(tr("Loading conversations…"));
    } else if (loaded == 0) {
        m_status->setText(tr("No open conversations."));
    } else if (loaded < total) {
        m_status->setText(tr("Showing %1 of %2 open conversations; scroll for more.")
                              .arg(locale.toString(loaded), locale.toString(total)));
    } else {
        m_status->setText(tr("All open conversations loaded (%1).").arg(locale.toString(loaded)));
    }
}

} // namespace ui
