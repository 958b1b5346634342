#pragma once

#include <QObject>

#include <functional>

namespace ui {

class AssigneePicker;
class CheatSheet;
class CommandPalette;
class MainWindow;
class SnoozeMenu;
class TagPicker;

/// Binds every named command of the inbox window (CommandIds, registered from
/// DefaultCommands) to what it does: moving through the list, writing, acting on the target
/// conversations (the selection, else the open one) through ConversationActions, the
/// pickers and the snooze menu, views, search, panels, the command palette and the cheat
/// sheet. Also fills the menu bar from the same actions and keeps their enabled state in
/// step with the selection. Child of the window; GUI thread.
class InboxCommands : public QObject
{
    Q_OBJECT
public:
    explicit InboxCommands(MainWindow *window, QObject *parent = nullptr);

    /// Binds the commands of the reading panes (reply, note, send, contact panel, images)
    /// once MainWindow::completeWindow() has built them.
    void bindPanes();
    /// Enables the conversation commands when there is something to act on.
    void updateEnabled();

    // The popups are built the first time they are needed: none of them is part of the
    // first frame, and start-up is what an agent waits for.
    CommandPalette *palette();
    CheatSheet *cheatSheet();
    AssigneePicker *assigneePicker();
    TagPicker *tagPicker();
    SnoozeMenu *snoozeMenu();

public Q_SLOTS:
    void showAssigneePicker();
    void showTagPicker();
    void showSnoozeMenu();

private:
    void bindNavigation();
    void bindWriting();
    void bindConversationActions();
    void bindViews();
    void bindWindow();
    void createMenus();
    void on(const QString &id, const std::function<void()> &slot);
    QWidget *popupAnchor() const;

    MainWindow *m_window;
    CommandPalette *m_palette = nullptr;
    CheatSheet *m_cheatSheet = nullptr;
    AssigneePicker *m_assignee = nullptr;
    TagPicker *m_tagPicker = nullptr;
    SnoozeMenu *m_snooze = nullptr;
    qint64 m_lastQueued = 0; ///< the last reply or note queued: what "Undo send" takes back
};

} // namespace ui
