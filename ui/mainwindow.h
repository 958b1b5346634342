#pragma once

#include <QMainWindow>

class QLabel;
class QListView;
class QPushButton;

namespace models {
class ConversationListModel;
class SyncEngine;
struct SyncProgress;
} // namespace models

namespace ui {

/// The first window: the open conversations of one workspace from the local store (so it
/// shows at once, online or not), loaded page by page as the agent scrolls, with the sync
/// engine's progress and errors in the status bar (never a modal box). Owns neither the model
/// nor the engine. GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// \a sync may be null (no network side, e.g. in tests of the list alone).
    MainWindow(models::ConversationListModel *model, models::SyncEngine *sync,
               QWidget *parent = nullptr);

    /// Names the workspace in the title bar, e.g. after GET /me answered.
    void setWorkspaceName(const QString &name);
    QListView *conversationList() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void updateHeading();
    void updateSyncStatus(const models::SyncProgress &progress);

    models::ConversationListModel *m_model;
    models::SyncEngine *m_sync;
    QListView *m_list = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_retry = nullptr;
};

} // namespace ui
