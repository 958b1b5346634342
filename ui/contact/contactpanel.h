#pragma once

#include <QDateTime>
#include <QWidget>

#include <functional>

class QLabel;
class QListView;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QToolButton;

namespace models {
class ContactConversationsModel;
class ContactDetailsModel;
} // namespace models

namespace ui {

class ContactConversationDelegate;
class ContactDetailsView;

/// The collapsible contact panel at the right edge of the inbox window: who the open
/// conversation is with (ContactDetailsView), a state line (loading / offline / error, with
/// Retry), and the contact's other conversations, each opened by click or Enter through
/// conversationRequested(). Shows an empty state while no conversation is open.
///
/// Reads two models it does not own (they must outlive it): setConversation() hands the open
/// conversation to \a conversations, whose contact then drives \a details. Both show the
/// stored copy at once and refresh from the network by themselves.
///
/// Collapsing keeps only a narrow strip with the expand button; the window binds the command
/// to setCollapsed()/toggleCollapsed() and persists isCollapsed() (collapsedChanged()). No
/// global shortcuts are created here. GUI thread.
class ContactPanel : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(bool collapsed READ isCollapsed WRITE setCollapsed NOTIFY collapsedChanged)
public:
    ContactPanel(models::ContactDetailsModel *details,
                 models::ContactConversationsModel *conversations, QWidget *parent = nullptr);

    bool isCollapsed() const { return m_collapsed; }
    QString conversationId() const { return m_conversationId; }
    /// The clock of relative times (tests); the system clock by default.
    void setClock(std::function<QDateTime()> clock);
    QListView *conversationList() const { return m_list; }

public Q_SLOTS:
    /// The conversation open in the thread; empty when none is (empty state).
    void setConversation(const QString &conversationId);
    void setCollapsed(bool collapsed);
    void toggleCollapsed();
    /// Asks the server again for the contact and its conversations.
    void retry();

Q_SIGNALS:
    /// The agent chose another conversation of this contact.
    void conversationRequested(const QString &conversationId);
    void collapsedChanged(bool collapsed);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createContent();
    void updatePage();
    void updateState();
    void updateOthers();
    void updateCollapseButton();
    void requestRow(const QModelIndex &index);

    models::ContactDetailsModel *m_details;
    models::ContactConversationsModel *m_conversations;
    QString m_conversationId;
    bool m_collapsed = false;
    QToolButton *m_collapse = nullptr;
    QLabel *m_title = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QScrollArea *m_scroll = nullptr;
    ContactDetailsView *m_view = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_retry = nullptr;
    QLabel *m_othersTitle = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_noOthers = nullptr;
    ContactConversationDelegate *m_delegate = nullptr;
};

} // namespace ui
