#include "mainwindow.h"

#include "inboxcommands.h"
#include "statusarea.h"

#include "actions/actionerrorbar.h"
#include "actions/conversationactions.h"
#include "commands/commandregistry.h"
#include "composer/composer.h"
#include "contact/contactpanel.h"
#include "inbox/conversationlistpane.h"
#include "inbox/conversationlistview.h"
#include "inbox/viewsidebar.h"
#include "search/searchfield.h"
#include "thread/threadview.h"

#include "models/contact/contactconversationsmodel.h"
#include "models/contact/contactdetailsmodel.h"
#include "models/conversationlistmodel.h"
#include "models/drafts/draftkeeper.h"
#include "models/outbox/outbox.h"
#include "models/search/savedsearchesmodel.h"
#include "models/search/savedsearchroles.h"
#include "models/search/searchresultsmodel.h"
#include "models/store/conversationrepository.h"
#include "models/store/referencerepository.h"
#include "models/storechanges.h"
#include "models/sync/syncengine.h"
#include "models/tagsmodel.h"
#include "models/teammatesmodel.h"
#include "models/teamsmodel.h"
#include "models/threadmodel.h"
#include "models/viewcountsmodel.h"

#include <QCloseEvent>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

namespace ui {

namespace {

const QLatin1String savedPrefix("saved:");

} // namespace

MainWindow::MainWindow(const InboxServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("inboxWindow"));
    setWindowTitle(tr("Triage"));
    resize(1280, 800);
    createModels();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_columns = new QSplitter(Qt::Horizontal, central);
    m_columns->setObjectName(QStringLiteral("columns"));
    m_columns->setChildrenCollapsible(false);
    m_sidebar = new ViewSidebar(m_columns);
    m_columns->addWidget(m_sidebar);
    preloadView(restoredViewKey());
    m_columns->addWidget(createListColumn());
    // Stand-ins keep the columns' sizes until completeWindow() builds the panes they hold.
    m_columns->addWidget(new QWidget(m_columns));
    m_columns->addWidget(new QWidget(m_columns));
    m_columns->setStretchFactor(0, 0);
    m_columns->setStretchFactor(1, 1);
    m_columns->setStretchFactor(2, 2);
    m_columns->setStretchFactor(3, 0);
    m_columns->setSizes({200, 380, 560, 260});
    layout->addWidget(m_columns, 1);
    setCentralWidget(central);

    m_status = new StatusArea(*m_services.db, m_services.changes, m_services.sync, this);
    statusBar()->addWidget(m_status, 1);

    m_commands = new CommandRegistry(this, this);
    m_inboxCommands = new InboxCommands(this, this);
    connectParts();
    restoreState();
    if (!m_services.deferPanes)
        completeWindow();
}

void MainWindow::completeWindow()
{
    if (m_threadSplit)
        return;
    // The reading panes are the most expensive widgets of the window (rich-text editor,
    // toolbars, the contact form) and none is needed to see the list: at start-up they are
    // built right after the first frame, with their models. So is the bar of failed actions,
    // hidden while there are none: a failure kept from the last session shows a moment later.
    m_errorBar = new ActionErrorBar(*m_services.outbox, *m_services.db, m_services.changes);
    qobject_cast<QVBoxLayout *>(centralWidget()->layout())->insertWidget(0, m_errorBar);
    createPaneModels();
    m_search->setCompletionModels(teammates(), teams(), tags());
    delete m_columns->replaceWidget(2, createThreadColumn());
    m_contactPanel
        = new ContactPanel(m_contactDetails.get(), m_contactConversations.get(), nullptr);
    delete m_columns->replaceWidget(3, m_contactPanel);
    // Children added to a window already on screen start hidden.
    m_threadSplit->show();
    m_contactPanel->show();
    connectPanes();
    if (QSettings *settings = m_services.settings) {
        settings->beginGroup(QStringLiteral("window"));
        m_threadSplit->restoreState(settings->value(QStringLiteral("thread")).toByteArray());
        m_contactPanel->setCollapsed(settings->value(QStringLiteral("contactCollapsed")).toBool());
        settings->endGroup();
    }
    m_inboxCommands->bindPanes();
    // Deferred by createModels() and preloadView().
    m_viewCounts->recount();
    m_services.conversations->resumeTotalCount();
    // A conversation selected before the panes existed opens now.
    if (!m_openId.isEmpty())
        openConversation(std::exchange(m_openId, QString()));
}

MainWindow::~MainWindow()
{
    // Widgets read the models: take them down first.
    delete takeCentralWidget();
}

void MainWindow::createModels()
{
    models::Database &db = *m_services.db;
    models::StoreChanges *changes = m_services.changes;
    // Counting every view takes milliseconds at 100,000 conversations: the first frame shows
    // the views, completeWindow() counts them.
    m_viewCounts = std::make_unique<models::ViewCountsModel>(
        db, changes, m_services.meAdminId,
        models::ReferenceRepository(db).teamIdsOf(m_services.meAdminId), nullptr,
        models::ViewCountsModel::InitialCount::Deferred);
    m_savedSearches = std::make_unique<models::SavedSearchesModel>(db);
    m_searchResults = std::make_unique<models::SearchResultsModel>(db, changes,
                                                                   m_services.client);
    m_searchResults->setMeAdminId(m_services.meAdminId);
    m_actions = new ConversationActions(db, *m_services.outbox, *m_services.client, changes,
                                        m_services.meAdminId, this);
    m_imageNetwork = new QNetworkAccessManager(this);
}

models::TeammatesModel *MainWindow::teammates()
{
    if (!m_teammates)
        m_teammates = std::make_unique<models::TeammatesModel>(*m_services.db, m_services.changes);
    return m_teammates.get();
}

models::TeamsModel *MainWindow::teams()
{
    if (!m_teams)
        m_teams = std::make_unique<models::TeamsModel>(*m_services.db, m_services.changes);
    return m_teams.get();
}

models::TagsModel *MainWindow::tags()
{
    if (!m_tags)
        m_tags = std::make_unique<models::TagsModel>(*m_services.db, m_services.changes);
    return m_tags.get();
}

void MainWindow::createPaneModels()
{
    models::Database &db = *m_services.db;
    models::StoreChanges *changes = m_services.changes;
    m_thread = std::make_unique<models::ThreadModel>(db, changes);
    m_contactDetails = std::make_unique<models::ContactDetailsModel>(db, changes,
                                                                     m_services.client);
    m_contactConversations = std::make_unique<models::ContactConversationsModel>(
        db, changes, m_services.client);
}

QWidget *MainWindow::createListColumn()
{
    auto *column = new QWidget(m_columns);
    column->setObjectName(QStringLiteral("listColumn"));
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(0);
    m_search = new SearchField(column);
    layout->addWidget(m_search);
    m_listPane = new ConversationListPane(column);
    layout->addWidget(m_listPane, 1);
    return column;
}

QWidget *MainWindow::createThreadColumn()
{
    // No parent yet: a child of the columns splitter would join it as a column of its own
    // before replaceWidget() puts it in the stand-in's place.
    m_threadSplit = new QSplitter(Qt::Vertical);
    m_threadSplit->setObjectName(QStringLiteral("threadColumn"));
    m_threadSplit->setChildrenCollapsible(false);
    m_threadView = new ThreadView(m_threadSplit);
    m_threadSplit->addWidget(m_threadView);
    m_composer = new Composer(*m_services.outbox, *m_services.guard, *m_services.drafts,
                              m_threadSplit);
    m_threadSplit->addWidget(m_composer);
    m_threadSplit->setStretchFactor(0, 3);
    m_threadSplit->setStretchFactor(1, 1);
    return m_threadSplit;
}

void MainWindow::connectParts()
{
    m_sidebar->setViewsModel(m_viewCounts.get());
    m_sidebar->setSavedSearchesModel(m_savedSearches.get());
    connect(m_sidebar, &ViewSidebar::viewSelected, this, &MainWindow::showView);
    // Renaming the saved search on show (sidebar F2) retitles the list.
    connect(m_savedSearches.get(), &QAbstractItemModel::dataChanged, this, [this] {
        const int row = m_savedSearches->rowOfViewKey(m_sidebar->currentKey());
        if (row >= 0 && m_search->text() == m_savedSearches->searchAt(row).query)
            m_listPane->setTitle(m_savedSearches->searchAt(row).name);
    });

    m_listPane->setModel(m_services.conversations);
    ConversationListView *list = m_listPane->view();
    connect(list, &ConversationListView::selectedIdsChanged, this, &MainWindow::followSelection);
    connect(list, &ConversationListView::openRequested, this, [this](const QString &id) {
        openConversation(id);
        if (m_threadView)
            m_threadView->setFocus(Qt::OtherFocusReason);
    });
    connect(m_listPane, &ConversationListPane::sortChanged, m_searchResults.get(),
            &models::SearchResultsModel::setSort);

    m_search->setSavedSearches(m_savedSearches.get());
    connect(m_search, &SearchField::queryChanged, this, &MainWindow::showSearch);
    connect(m_search, &SearchField::queryCommitted, this, [this](const QString &text) {
        showSearch(text);
        if (!text.trimmed().isEmpty())
            m_searchResults->commitQuery(text);
    });
    connect(m_search, &SearchField::returnFocusRequested, this,
            [this] { m_listPane->view()->setFocus(Qt::ShortcutFocusReason); });
    connect(m_searchResults.get(), &models::SearchResultsModel::errorsChanged, m_search,
            &SearchField::setErrors);
    connect(m_searchResults.get(), &models::SearchResultsModel::statusTextChanged, this,
            [this](const QString &text) {
                if (!text.isEmpty())
                    m_status->showMessage(text);
            });

    connect(m_actions, &ConversationActions::actionQueued, m_status, [this](const QString &text) {
        m_status->showMessage(text);
    });
    connect(m_actions, &ConversationActions::actionFailed, m_status, [this](const QString &text) {
        m_status->showMessage(text, 8000);
    });
    connect(m_status, &StatusArea::onlineChanged, m_services.outbox, &models::Outbox::setOnline);
    connect(m_status, &StatusArea::onlineChanged, m_searchResults.get(),
            &models::SearchResultsModel::setOnline);
    if (m_services.sync) {
        connect(m_services.sync, &models::SyncEngine::threadFetched, this,
                [this](const QString &id) {
                    if (m_thread && id == m_openId)
                        m_thread->setLoading(false);
                });
    }
    if (m_services.changes) {
        connect(m_services.changes, &models::StoreChanges::referenceDataChanged, this,
                &MainWindow::updateTeams);
    }
}

void MainWindow::connectPanes()
{
    m_threadView->setModel(m_thread.get());
    m_threadView->setImageNetworkAccessManager(m_imageNetwork);
    connect(m_composer, &Composer::reviewRequested, m_threadView, &ThreadView::scrollToBottom);
    connect(m_contactPanel, &ContactPanel::conversationRequested, this,
            &MainWindow::openConversation);
}

void MainWindow::setWorkspaceName(const QString &name)
{
    setWindowTitle(name.isEmpty() ? tr("Triage") : tr("%1 — Triage").arg(name));
}

QListView *MainWindow::conversationList() const
{
    return m_listPane->view();
}

QStringList MainWindow::targetIds() const
{
    const QStringList selected = m_listPane->view()->selectedIds();
    if (!selected.isEmpty())
        return selected;
    return m_openId.isEmpty() ? QStringList() : QStringList{m_openId};
}

void MainWindow::followSelection(const QStringList &ids)
{
    // A reading pane: one selected row is the open conversation. Several selected rows are a
    // bulk selection and leave the thread as it is.
    if (ids.size() == 1 && ids.first() != m_openId)
        openConversation(ids.first());
    m_inboxCommands->updateEnabled();
}

void MainWindow::openConversation(const QString &conversationId)
{
    if (conversationId.isEmpty())
        return;
    m_openId = conversationId;
    if (!m_threadSplit) {
        // Before completeWindow(): it opens m_openId once the panes exist.
        m_inboxCommands->updateEnabled();
        return;
    }
    if (m_services.drafts)
        m_services.drafts->flush();
    m_thread->setConversation(conversationId);
    if (m_services.sync) {
        m_thread->setLoading(true);
        m_services.sync->fetchThread(conversationId);
    }
    m_composer->setConversation(conversationId);
    m_contactPanel->setConversation(conversationId);
    if (m_listPane->view()->currentId() != conversationId)
        m_listPane->view()->selectId(conversationId);
    // Opening reads it, as in Intercom's inbox; U marks it unread again.
    const std::optional<models::ConversationSummary> summary
        = models::ConversationRepository(*m_services.db).summary(conversationId);
    if (summary && !summary->read)
        m_services.outbox->markRead(conversationId, true);
    m_inboxCommands->updateEnabled();
}

void MainWindow::showView(const QString &key)
{
    if (key.startsWith(savedPrefix)) {
        const int row = m_savedSearches->rowOfViewKey(key);
        if (row >= 0) {
            const QString query
                = m_savedSearches->index(row).data(models::SavedSearchQueryRole).toString();
            m_search->setText(query);
            showSearch(query);
            m_searchResults->commitQuery(query);
            m_listPane->setTitle(m_savedSearches->index(row).data().toString());
        }
        return;
    }
    const std::optional<models::ConversationFilter> filter = m_sidebar->filterForKey(key);
    if (!filter)
        return;
    m_viewKey = key;
    if (!m_search->text().isEmpty()) {
        const QSignalBlocker quiet(m_search);
        m_search->clear();
    }
    const bool preloaded = std::exchange(m_preloadedViewKey, QString()) == key
                           && m_services.conversations->viewSort() == m_listPane->sort();
    if (!preloaded)
        m_services.conversations->setView(*filter, m_listPane->sort());
    m_listPane->setModel(m_services.conversations);
    m_listPane->setTitle(m_sidebar->nameForKey(key));
    if (m_sidebar->currentKey() != key)
        m_sidebar->selectView(key);
}

void MainWindow::showSearch(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        m_searchResults->setQuery(QString());
        showView(m_viewKey.isEmpty() ? QStringLiteral("all") : m_viewKey);
        return;
    }
    m_searchResults->setQuery(text);
    m_listPane->setModel(m_searchResults.get());
    m_listPane->setTitle(tr("Search results"));
    m_listPane->setCount(-1);
}

void MainWindow::updateTeams()
{
    m_viewCounts->setTeamIds(
        models::ReferenceRepository(*m_services.db).teamIdsOf(m_services.meAdminId));
}

QString MainWindow::restoredViewKey() const
{
    const QString first
        = m_services.meAdminId.isEmpty() ? QStringLiteral("all") : QStringLiteral("mine");
    if (QSettings *settings = m_services.settings)
        return settings->value(QStringLiteral("window/view"), first).toString();
    return first;
}

void MainWindow::preloadView(const QString &key)
{
    // The fonts load on another thread meanwhile (app::FontWarmUp) and the next widget waits
    // for them: reading the first page now keeps it out of the time to the first frame.
    if (const auto filter = m_viewCounts->filterForKey(key)) {
        m_services.conversations->setView(*filter, m_services.conversations->viewSort());
        m_services.conversations->postponeTotalCount(); // completeWindow() counts
        m_preloadedViewKey = key;
    }
}

void MainWindow::restoreState()
{
    if (QSettings *settings = m_services.settings) {
        m_commands->load(*settings);
        settings->beginGroup(QStringLiteral("window"));
        restoreGeometry(settings->value(QStringLiteral("geometry")).toByteArray());
        m_columns->restoreState(settings->value(QStringLiteral("columns")).toByteArray());
        settings->endGroup();
    }
    if (!m_sidebar->selectView(restoredViewKey()))
        m_sidebar->selectView(QStringLiteral("all"));
}

void MainWindow::saveState() const
{
    QSettings *settings = m_services.settings;
    if (!settings)
        return;
    m_commands->save(*settings);
    settings->beginGroup(QStringLiteral("window"));
    settings->setValue(QStringLiteral("geometry"), saveGeometry());
    settings->setValue(QStringLiteral("columns"), m_columns->saveState());
    if (m_threadSplit) {
        settings->setValue(QStringLiteral("thread"), m_threadSplit->saveState());
        settings->setValue(QStringLiteral("contactCollapsed"), m_contactPanel->isCollapsed());
    }
    if (!m_viewKey.isEmpty())
        settings->setValue(QStringLiteral("view"), m_viewKey);
    settings->endGroup();
    settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    if (m_services.drafts)
        m_services.drafts->flush();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    // The engine syncs often while the agent looks at the window, rarely in the background.
    if (event->type() == QEvent::ActivationChange && m_services.sync)
        m_services.sync->setActive(isActiveWindow());
    QMainWindow::changeEvent(event);
}

} // namespace ui
