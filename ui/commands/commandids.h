#pragma once

#include <QLatin1String>

/// The ids of every named command, so code says CommandIds::close instead of repeating strings.
/// They are stable: settings store remapped shortcuts under them.
namespace ui::CommandIds {

// Moving through the list and opening a conversation.
inline constexpr QLatin1String open{"conversation.open"};
inline constexpr QLatin1String next{"conversation.next"};
inline constexpr QLatin1String previous{"conversation.previous"};

// Writing.
inline constexpr QLatin1String reply{"compose.reply"};
inline constexpr QLatin1String note{"compose.note"};
inline constexpr QLatin1String send{"compose.send"};
inline constexpr QLatin1String sendAndClose{"compose.sendAndClose"};
inline constexpr QLatin1String undoSend{"compose.undoSend"};

// Acting on the current conversation.
inline constexpr QLatin1String assign{"conversation.assign"};
inline constexpr QLatin1String assignToMe{"conversation.assignToMe"};
inline constexpr QLatin1String assignToTeammate{"conversation.assignToTeammate"};
inline constexpr QLatin1String assignToTeam{"conversation.assignToTeam"};
inline constexpr QLatin1String unassign{"conversation.unassign"};
inline constexpr QLatin1String close{"conversation.close"};
inline constexpr QLatin1String reopen{"conversation.reopen"};
inline constexpr QLatin1String tag{"conversation.tag"};
inline constexpr QLatin1String markUnread{"conversation.markUnread"};
inline constexpr QLatin1String markRead{"conversation.markRead"};

// Snoozing.
inline constexpr QLatin1String snooze{"snooze.choose"};
inline constexpr QLatin1String snoozeLaterToday{"snooze.laterToday"};
inline constexpr QLatin1String snoozeTomorrow{"snooze.tomorrowMorning"};
inline constexpr QLatin1String snoozeNextMonday{"snooze.nextMonday"};
inline constexpr QLatin1String snoozeNextWeek{"snooze.nextWeek"};
inline constexpr QLatin1String snoozeCustom{"snooze.custom"};

// Views of the sidebar.
inline constexpr QLatin1String goToYourInbox{"view.yourInbox"};
inline constexpr QLatin1String goToUnassigned{"view.unassigned"};
inline constexpr QLatin1String goToAllOpen{"view.allOpen"};
inline constexpr QLatin1String goToSnoozed{"view.snoozed"};
inline constexpr QLatin1String goToClosed{"view.closed"};

// Workspaces (the Workspace menu). Switching to the n-th one (1…9) is switchWorkspace(n).
inline constexpr QLatin1String addWorkspace{"workspace.add"};
inline constexpr QLatin1String signInAgain{"workspace.signInAgain"};
inline constexpr QLatin1String signOut{"workspace.signOut"};
inline constexpr QLatin1String signOutAndForget{"workspace.signOutAndForget"};
inline constexpr int workspaceSlots = 9;
inline QString switchWorkspace(int n)
{
    return QStringLiteral("workspace.switch%1").arg(n);
}

// The window.
inline constexpr QLatin1String search{"window.search"};
inline constexpr QLatin1String toggleContactPanel{"window.toggleContactPanel"};
inline constexpr QLatin1String loadImages{"window.loadImages"};
inline constexpr QLatin1String commandPalette{"window.commandPalette"};
inline constexpr QLatin1String cheatSheet{"window.cheatSheet"};

// The application ("app.quit" and "sync.now" are the names the first window already used).
inline constexpr QLatin1String syncNow{"sync.now"};
inline constexpr QLatin1String quit{"app.quit"};

} // namespace ui::CommandIds
