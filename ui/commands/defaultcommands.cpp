#include "defaultcommands.h"

#include "commandids.h"
#include "commandregistry.h"

namespace ui {

namespace {

QList<QKeySequence> keys(std::initializer_list<QKeySequence> sequences)
{
    return QList<QKeySequence>(sequences);
}

/// The platform's binding for a standard action (Ctrl+Q, Cmd+Q…); \a fallback where the
/// platform theme has none (offscreen, minimal desktops).
QList<QKeySequence> standard(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    const QList<QKeySequence> bindings = QKeySequence::keyBindings(key);
    return bindings.isEmpty() ? QList<QKeySequence>{fallback} : bindings.mid(0, 1);
}

CommandSpec make(QLatin1String id, const QString &title, const QString &category,
                 const QList<QKeySequence> &shortcuts, const QString &keywords = QString())
{
    CommandSpec spec;
    spec.id = id;
    spec.title = title;
    spec.category = category;
    spec.defaultShortcuts = shortcuts;
    spec.keywords = keywords;
    return spec;
}

} // namespace

QList<CommandSpec> DefaultCommands::specs()
{
    namespace Id = CommandIds;
    const QString navigation = tr("Navigation");
    const QString conversation = tr("Conversation");
    const QString compose = tr("Compose");
    const QString snooze = tr("Snooze");
    const QString views = tr("Views");
    const QString window = tr("Window");
    const QString application = tr("Application");
    const QString workspaces = tr("Workspaces");

    QList<CommandSpec> all{
        make(Id::open, tr("Open conversation"), navigation,
             keys({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)})),
        make(Id::next, tr("Next conversation"), navigation, keys({QKeySequence(Qt::Key_J)}),
             tr("down following")),
        make(Id::previous, tr("Previous conversation"), navigation, keys({QKeySequence(Qt::Key_K)}),
             tr("up preceding")),
        make(Id::search, tr("Search"), navigation,
             keys({QKeySequence(Qt::Key_Slash)})
                 + standard(QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_F)),
             tr("find")),

        make(Id::reply, tr("Reply"), compose, keys({QKeySequence(Qt::Key_R)}),
             tr("answer respond write")),
        make(Id::note, tr("Add note"), compose, keys({QKeySequence(Qt::Key_N)}),
             tr("internal comment")),
        make(Id::send, tr("Send"), compose, keys({QKeySequence(Qt::CTRL | Qt::Key_Return)})),
        make(Id::sendAndClose, tr("Send and close"), compose,
             keys({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return)})),
        make(Id::undoSend, tr("Undo send"), compose, keys({QKeySequence(Qt::CTRL | Qt::Key_Z)}),
             tr("cancel retract")),

        make(Id::assign, tr("Assign…"), conversation, keys({QKeySequence(Qt::Key_A)})),
        make(Id::assignToMe, tr("Assign to me"), conversation, {}, tr("take mine")),
        make(Id::assignToTeammate, tr("Assign to teammate…"), conversation, {},
             tr("admin colleague")),
        make(Id::assignToTeam, tr("Assign to team…"), conversation, {}, tr("inbox group")),
        make(Id::unassign, tr("Unassign conversation"), conversation, {}, tr("remove assignee")),
        make(Id::close, tr("Close conversation"), conversation,
             keys({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y)}), tr("done resolve archive")),
        make(Id::reopen, tr("Reopen conversation"), conversation, keys({QKeySequence(Qt::Key_O)}),
             tr("open again")),
        make(Id::tag, tr("Tag…"), conversation, keys({QKeySequence(Qt::Key_T)}), tr("label")),
        make(Id::markUnread, tr("Mark as unread"), conversation, keys({QKeySequence(Qt::Key_U)})),
        make(Id::markRead, tr("Mark as read"), conversation, {}),

        make(Id::snooze, tr("Snooze…"), snooze, keys({QKeySequence(Qt::Key_Z)}),
             tr("later remind")),
        make(Id::snoozeLaterToday, tr("Snooze until later today"), snooze, {}),
        make(Id::snoozeTomorrow, tr("Snooze until tomorrow morning"), snooze, {}),
        make(Id::snoozeNextMonday, tr("Snooze until next Monday"), snooze, {}),
        make(Id::snoozeNextWeek, tr("Snooze until next week"), snooze, {}),
        make(Id::snoozeCustom, tr("Snooze until a chosen time…"), snooze, {},
             tr("custom date time")),

        make(Id::goToYourInbox, tr("Go to Your inbox"), views,
             keys({QKeySequence(Qt::ALT | Qt::Key_1)}), tr("mine view")),
        make(Id::goToUnassigned, tr("Go to Unassigned"), views,
             keys({QKeySequence(Qt::ALT | Qt::Key_2)}), tr("view")),
        make(Id::goToAllOpen, tr("Go to All open"), views,
             keys({QKeySequence(Qt::ALT | Qt::Key_3)}), tr("view everything")),
        make(Id::goToSnoozed, tr("Go to Snoozed"), views,
             keys({QKeySequence(Qt::ALT | Qt::Key_4)}), tr("view")),
        make(Id::goToClosed, tr("Go to Closed"), views, keys({QKeySequence(Qt::ALT | Qt::Key_5)}),
             tr("view done")),

        make(Id::toggleContactPanel, tr("Show contact panel"), window,
             keys({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)}),
             tr("customer details sidebar toggle hide")),
        make(Id::loadImages, tr("Load images"), window, {}, tr("remote pictures show")),
        make(Id::commandPalette, tr("Command palette…"), window,
             keys({QKeySequence(Qt::CTRL | Qt::Key_K)}), tr("actions run")),
        make(Id::cheatSheet, tr("Keyboard shortcuts"), window,
             keys({QKeySequence(Qt::Key_Question)}), tr("help cheat sheet keys")),

        make(Id::syncNow, tr("Sync now"), application,
             standard(QKeySequence::Refresh, QKeySequence(Qt::Key_F5)), tr("refresh reload")),
        make(Id::quit, tr("Quit"), application,
             standard(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)), tr("exit")),

        make(Id::addWorkspace, tr("Add workspace…"), workspaces, {},
             tr("sign in connect account token")),
        make(Id::signInAgain, tr("Sign in again…"), workspaces, {}, tr("token expired revoked")),
        make(Id::signOut, tr("Sign out"), workspaces, {}, tr("log out disconnect")),
        make(Id::signOutAndForget, tr("Sign out and forget local data…"), workspaces, {},
             tr("log out delete remove store")),
    };
    // Ctrl+1…9 switch workspaces (views have Alt+1…5); the session titles them after the
    // workspaces it knows and disables the unused ones.
    for (int n = 1; n <= Id::workspaceSlots; ++n) {
        all.append(make(QLatin1String(), tr("Switch to workspace %1").arg(n), workspaces,
                        keys({QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n))}),
                        tr("workspace account")));
        all.last().id = Id::switchWorkspace(n);
    }
    for (CommandSpec &spec : all) {
        if (spec.id == CommandIds::toggleContactPanel)
            spec.checkable = true;
    }
    return all;
}

void DefaultCommands::registerAll(CommandRegistry &registry)
{
    const QList<CommandSpec> all = specs();
    for (const CommandSpec &spec : all)
        registry.add(spec);
}

} // namespace ui
