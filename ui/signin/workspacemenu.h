#pragma once

#include <QKeySequence>
#include <QList>
#include <QMenu>
#include <QString>

#include <optional>

class QActionGroup;

namespace ui {

/// One line of the Workspace menu. Plain value.
struct WorkspaceEntry
{
    QString id;       ///< the registry's id of the workspace (stable)
    QString title;    ///< the workspace name
    QString subtitle; ///< the teammate signed in there
    bool isCurrent = false;
    bool isDemo = false;
};

/// The "&Workspace" menu: one checkable line per workspace (the current one checked; the
/// first nine show Ctrl+1…Ctrl+9), then Add Workspace…, Sign In Again…, Sign Out and Sign Out
/// and Forget Local Data… (after a confirmation that names the workspace and says what is
/// deleted). It only emits requests; the caller switches, signs out and deletes. It creates no
/// shortcuts: the caller binds Ctrl+1…9 as commands and calls requestSwitchTo(index).
/// GUI-thread widget.
class WorkspaceMenu : public QMenu
{
    Q_OBJECT
public:
    explicit WorkspaceMenu(QWidget *parent = nullptr);

    void setEntries(const QList<WorkspaceEntry> &entries);
    QList<WorkspaceEntry> entries() const { return m_entries; }
    int count() const { return int(m_entries.size()); }
    /// The entry that Ctrl+(index+1) switches to; nullopt beyond the list.
    std::optional<WorkspaceEntry> entryAt(int index) const;
    std::optional<WorkspaceEntry> currentEntry() const;
    /// Ctrl+1 … Ctrl+9 for index 0 … 8; empty otherwise.
    static QKeySequence switchShortcut(int index);
    /// "Title — subtitle", or the title alone.
    static QString entryText(const WorkspaceEntry &entry);

public Q_SLOTS:
    /// Emits switchRequested() for the entry at \a index unless it is already current.
    void requestSwitchTo(int index);
    /// Asks (window-modal, non-blocking) before signOutRequested(id, true).
    void confirmForget(const QString &id);

Q_SIGNALS:
    void switchRequested(const QString &id);
    void addRequested();
    void signInAgainRequested(const QString &id);
    void signOutRequested(const QString &id, bool forgetLocalData);

private:
    void rebuild();
    QAction *addCommand(const QString &text, const QString &objectName);

    QList<WorkspaceEntry> m_entries;
    QActionGroup *m_group;
};

} // namespace ui
