#pragma once

#include <QMainWindow>

class QLabel;
class QListView;
class QPushButton;

namespace models {
class RemoteConversationModel;
}

namespace ui {

/// The first window: the open conversations of one workspace, loaded page by page as the
/// agent scrolls, with loading and error state in the status bar (never a modal box).
/// Does not own the model. GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(models::RemoteConversationModel *model, QWidget *parent = nullptr);

    /// Names the workspace in the title bar, e.g. after GET /me answered.
    void setWorkspaceName(const QString &name);
    QListView *conversationList() const { return m_list; }

private:
    void createMenus();
    void updateStatus();

    models::RemoteConversationModel *m_model;
    QListView *m_list = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_retry = nullptr;
};

} // namespace ui
