#include "inboxcommands.h"

#include "mainwindow.h"

#include "actions/assigneepicker.h"
#include "actions/conversationactions.h"
#include "actions/snoozemenu.h"
#include "actions/snoozetimes.h"
#include "actions/tagpicker.h"
#include "commands/cheatsheet.h"
#include "commands/commandids.h"
#include "commands/commandpalette.h"
#include "commands/commandregistry.h"
#include "commands/defaultcommands.h"
#include "composer/composer.h"
#include "contact/contactpanel.h"
#include "inbox/conversationlistpane.h"
#include "inbox/conversationlistview.h"
#include "inbox/viewsidebar.h"
#include "search/searchfield.h"
#include "thread/threadview.h"

#include "models/sync/syncengine.h"
#include "models/tagsmodel.h"
#include "models/teammatesmodel.h"
#include "models/teamsmodel.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QMenu>
#include <QMenuBar>

namespace ui {

namespace Id = CommandIds;

InboxCommands::InboxCommands(MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    DefaultCommands::registerAll(*window->commands());
    // The workspace commands belong to the session (app layer), which enables what it binds.
    for (const QString &id : {QString(Id::addWorkspace), QString(Id::signInAgain),
                              QString(Id::signOut), QString(Id::signOutAndForget)})
        window->commands()->setEnabled(id, false);
    for (int n = 1; n <= Id::workspaceSlots; ++n)
        window->commands()->setEnabled(Id::switchWorkspace(n), false);
    bindNavigation();
    bindConversationActions();
    bindViews();
    bindWindow();
    createMenus();
    updateEnabled();
}

CommandPalette *InboxCommands::palette()
{
    if (!m_palette)
        m_palette = new CommandPalette(m_window->commands(), m_window);
    return m_palette;
}

CheatSheet *InboxCommands::cheatSheet()
{
    if (!m_cheatSheet)
        m_cheatSheet = new CheatSheet(m_window->commands(), m_window);
    return m_cheatSheet;
}

AssigneePicker *InboxCommands::assigneePicker()
{
    if (!m_assignee) {
        m_assignee = new AssigneePicker(m_window->teammates(), m_window->teams(), m_window);
        m_assignee->setActions(m_window->actions());
    }
    return m_assignee;
}

TagPicker *InboxCommands::tagPicker()
{
    if (!m_tagPicker) {
        m_tagPicker = new TagPicker(m_window->tags(), m_window);
        m_tagPicker->setActions(m_window->actions());
    }
    return m_tagPicker;
}

SnoozeMenu *InboxCommands::snoozeMenu()
{
    if (!m_snooze) {
        m_snooze = new SnoozeMenu(m_window);
        m_snooze->setActions(m_window->actions());
    }
    return m_snooze;
}

void InboxCommands::on(const QString &id, const std::function<void()> &slot)
{
    QAction *action = m_window->commands()->action(id);
    Q_ASSERT(action);
    connect(action, &QAction::triggered, this, slot);
}

QWidget *InboxCommands::popupAnchor() const
{
    // Next to what the agent is looking at: the list when it has the focus, else the thread.
    ConversationListView *list = m_window->listPane()->view();
    if (list->hasFocus() || !m_window->threadView())
        return list;
    return m_window->threadView();
}

void InboxCommands::bindNavigation()
{
    CommandRegistry *commands = m_window->commands();
    ConversationListView *list = m_window->listPane()->view();
    // Enter opens only from the list: elsewhere it belongs to buttons and fields.
    commands->scopeTo(Id::open, list);
    on(Id::open, [list] { list->openCurrent(); });
    on(Id::next, [list] { list->selectNext(); });
    on(Id::previous, [list] { list->selectPrevious(); });
}

void InboxCommands::bindPanes()
{
    bindWriting();
    MainWindow *window = m_window;
    // Checked while the panel is shown.
    QAction *contact = window->commands()->action(Id::toggleContactPanel);
    contact->setChecked(!window->contactPanel()->isCollapsed());
    connect(contact, &QAction::toggled, window->contactPanel(),
            [window](bool shown) { window->contactPanel()->setCollapsed(!shown); });
    connect(window->contactPanel(), &ContactPanel::collapsedChanged, contact,
            [contact](bool collapsed) { contact->setChecked(!collapsed); });
    on(Id::loadImages, [window] { window->threadView()->loadImages(); });
    updateEnabled();
}

void InboxCommands::bindWriting()
{
    Composer *composer = m_window->composer();
    on(Id::reply, [composer] {
        composer->setMode(Composer::Mode::Reply);
        composer->focusEditor();
    });
    on(Id::note, [composer] {
        composer->setMode(Composer::Mode::Note);
        composer->focusEditor();
    });
    // Sending belongs to the composer: Ctrl+Return elsewhere (a button, the list) sends nothing.
    m_window->commands()->scopeTo(Id::send, composer);
    m_window->commands()->scopeTo(Id::sendAndClose, composer);
    on(Id::send, [composer] { composer->send(); });
    on(Id::sendAndClose, [composer] { composer->sendAndClose(); });
    connect(composer, &Composer::queued, this,
            [this](const QString &, qint64 outboxId) { m_lastQueued = outboxId; });
    on(Id::undoSend, [this, composer] {
        if (m_lastQueued > 0)
            composer->undo(std::exchange(m_lastQueued, 0));
    });
}

void InboxCommands::bindConversationActions()
{
    MainWindow *window = m_window;
    ConversationActions *actions = window->actions();
    on(Id::assign, [this] { showAssigneePicker(); });
    on(Id::assignToTeammate, [this] { showAssigneePicker(); });
    on(Id::assignToTeam, [this] { showAssigneePicker(); });
    on(Id::assignToMe, [window, actions] { actions->assignToMe(window->targetIds()); });
    on(Id::unassign, [window, actions] { actions->unassign(window->targetIds()); });
    on(Id::close, [window, actions] { actions->close(window->targetIds()); });
    on(Id::reopen, [window, actions] { actions->reopen(window->targetIds()); });
    on(Id::tag, [this] { showTagPicker(); });
    on(Id::markUnread, [window, actions] { actions->markRead(window->targetIds(), false); });
    on(Id::markRead, [window, actions] { actions->markRead(window->targetIds(), true); });

    on(Id::snooze, [this] { showSnoozeMenu(); });
    const QList<std::pair<QString, SnoozeTimes::Preset>> presets{
        {Id::snoozeLaterToday, SnoozeTimes::Preset::LaterToday},
        {Id::snoozeTomorrow, SnoozeTimes::Preset::TomorrowMorning},
        {Id::snoozeNextMonday, SnoozeTimes::Preset::NextMonday},
        {Id::snoozeNextWeek, SnoozeTimes::Preset::NextWeek}};
    for (const auto &[id, preset] : presets) {
        on(id, [window, actions, preset = preset] {
            actions->snooze(window->targetIds(),
                            SnoozeTimes::at(preset, QDateTime::currentDateTime()));
        });
    }
    on(Id::snoozeCustom, [this] {
        snoozeMenu()->setConversationIds(m_window->targetIds());
        m_snooze->openCustomDialog();
    });

    connect(window->listPane()->view(), &ConversationListView::bulkActionRequested, this,
            [this, actions](ConversationListView::BulkAction action, const QStringList &ids) {
                using Bulk = ConversationListView::BulkAction;
                switch (action) {
                case Bulk::Assign:
                    showAssigneePicker();
                    break;
                case Bulk::Snooze:
                    showSnoozeMenu();
                    break;
                case Bulk::Close:
                    actions->close(ids);
                    break;
                case Bulk::Reopen:
                    actions->reopen(ids);
                    break;
                case Bulk::Tag:
                    showTagPicker();
                    break;
                case Bulk::MarkRead:
                    actions->markRead(ids, true);
                    break;
                case Bulk::MarkUnread:
                    actions->markRead(ids, false);
                    break;
                }
            });
}

void InboxCommands::bindViews()
{
    ViewSidebar *sidebar = m_window->sidebar();
    const QList<std::pair<QString, QString>> views{{Id::goToYourInbox, QStringLiteral("mine")},
                                                   {Id::goToUnassigned, QStringLiteral("unassigned")},
                                                   {Id::goToAllOpen, QStringLiteral("all")},
                                                   {Id::goToSnoozed, QStringLiteral("snoozed")},
                                                   {Id::goToClosed, QStringLiteral("closed")}};
    for (const auto &[id, key] : views)
        on(id, [sidebar, key = key] { sidebar->selectView(key); });
}

void InboxCommands::bindWindow()
{
    MainWindow *window = m_window;
    on(Id::search, [window] { window->searchField()->focusSearch(); });
    on(Id::commandPalette, [this] { palette()->popup(); });
    on(Id::cheatSheet, [this] { cheatSheet()->showSheet(); });
    on(Id::quit, [window] { window->close(); });
    window->commands()->setEnabled(Id::syncNow, window->sync());
    on(Id::syncNow, [window] {
        if (models::SyncEngine *sync = window->sync())
            sync->syncNow();
    });
}

void InboxCommands::showAssigneePicker()
{
    assigneePicker()->setConversationIds(m_window->targetIds());
    m_assignee->popup(popupAnchor());
}

void InboxCommands::showTagPicker()
{
    const QStringList ids = m_window->targetIds();
    tagPicker()->setConversationIds(ids);
    m_tagPicker->popup(popupAnchor());
}

void InboxCommands::showSnoozeMenu()
{
    snoozeMenu()->setConversationIds(m_window->targetIds());
    m_snooze->refresh();
    QWidget *anchor = popupAnchor();
    m_snooze->popup(anchor->mapToGlobal(anchor->rect().center()));
}

void InboxCommands::updateEnabled()
{
    const bool hasTarget = !m_window->targetIds().isEmpty();
    // Writing needs the composer, which the window may build after its first frame.
    const bool hasOpen = !m_window->openConversationId().isEmpty() && m_window->composer();
    CommandRegistry *commands = m_window->commands();
    for (const QString &id :
         {QString(Id::assign), QString(Id::assignToMe), QString(Id::assignToTeammate),
          QString(Id::assignToTeam), QString(Id::unassign), QString(Id::close),
          QString(Id::reopen), QString(Id::tag), QString(Id::markUnread), QString(Id::markRead),
          QString(Id::snooze), QString(Id::snoozeLaterToday), QString(Id::snoozeTomorrow),
          QString(Id::snoozeNextMonday), QString(Id::snoozeNextWeek),
          QString(Id::snoozeCustom)}) {
        commands->setEnabled(id, hasTarget);
    }
    for (const QString &id : {QString(Id::reply), QString(Id::note), QString(Id::send),
                              QString(Id::sendAndClose), QString(Id::loadImages)}) {
        commands->setEnabled(id, hasOpen);
    }
}

void InboxCommands::createMenus()
{
    CommandRegistry *commands = m_window->commands();
    QMenuBar *bar = m_window->menuBar();
    // Mnemonics avoid the composer's (Alt+R, N, S, A, C, H, U, E, T, D, W, V).
    auto fill = [commands](QMenu *menu, const QList<QLatin1String> &ids) {
        for (const QLatin1String &id : ids) {
            if (id.isEmpty())
                menu->addSeparator();
            else
                menu->addAction(commands->action(id));
        }
    };
    fill(bar->addMenu(tr("&File")), {Id::syncNow, QLatin1String(), Id::quit});
    QMenu *conversation = bar->addMenu(tr("C&onversation"));
    fill(conversation,
         {Id::next, Id::previous, QLatin1String(), Id::reply, Id::note, Id::send,
          Id::sendAndClose, Id::undoSend, QLatin1String(), Id::assign, Id::assignToMe,
          Id::unassign, QLatin1String()});
    QMenu *snooze = conversation->addMenu(tr("&Snooze"));
    fill(snooze, {Id::snoozeLaterToday, Id::snoozeTomorrow, Id::snoozeNextMonday,
                  Id::snoozeNextWeek, Id::snoozeCustom});
    fill(conversation,
         {Id::close, Id::reopen, QLatin1String(), Id::tag, Id::markRead, Id::markUnread});
    fill(bar->addMenu(tr("V&iew")),
         {Id::goToYourInbox, Id::goToUnassigned, Id::goToAllOpen, Id::goToSnoozed,
          Id::goToClosed, QLatin1String(), Id::search, Id::toggleContactPanel, Id::loadImages});
    fill(bar->addMenu(tr("He&lp")), {Id::commandPalette, Id::cheatSheet});
}

} // namespace ui
