// The inbox window end to end, offscreen, against the sandbox: the three panes over the store,
// the keyboard loop (move, open, reply, note, assign, snooze, close, reopen, tag, unread,
// search, palette, cheat sheet) checked in the sandbox's own state, restored window state,
// and accessible names.
#include "actionsfixture.h"

#include "ui/actions/assigneepicker.h"
#include "ui/actions/snoozemenu.h"
#include "ui/actions/tagpicker.h"
#include "ui/commands/cheatsheet.h"
#include "ui/commands/commandids.h"
#include "ui/commands/commandpalette.h"
#include "ui/commands/commandregistry.h"
#include "ui/composer/composer.h"
#include "ui/composer/richtexteditor.h"
#include "ui/contact/contactpanel.h"
#include "ui/inbox/conversationlistpane.h"
#include "ui/inbox/conversationlistview.h"
#include "ui/inbox/viewsidebar.h"
#include "ui/inboxcommands.h"
#include "ui/mainwindow.h"
#include "ui/search/searchfield.h"
#include "ui/statusarea.h"
#include "ui/syncstatus.h"
#include "ui/thread/threadview.h"

#include "models/conversationlistmodel.h"
#include "models/conversationroles.h"
#include "models/drafts/draftkeeper.h"
#include "models/outbox/stalereplyguard.h"
#include "models/search/searchresultsmodel.h"
#include "models/threadmodel.h"
#include "models/viewroles.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QSplitter>
#include <QTest>
#include <QTextEdit>

using ServerState = sandbox::ConversationState;

namespace {

/// The services of a session over the actions fixture (sandbox, store, outbox as "me").
struct InboxFixture : ActionsFixture
{
    std::unique_ptr<models::DraftKeeper> drafts;
    std::unique_ptr<models::StaleReplyGuard> guard;
    std::unique_ptr<models::ConversationListModel> conversations;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<ui::MainWindow> window;

    bool startInbox()
    {
        if (!startAll(60, 24))
            return false;
        drafts = std::make_unique<models::DraftKeeper>(*db, &changes);
        guard = std::make_unique<models::StaleReplyGuard>(*db, *sandbox.client, *outbox, adminId);
        conversations = std::make_unique<models::ConversationListModel>(*db, &changes);
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("window.ini")),
                                               QSettings::IniFormat);
        return openWindow();
    }

    bool openWindow(bool deferPanes = false)
    {
        window.reset();
        ui::InboxServices services;
        services.db = db.get();
        services.changes = &changes;
        services.client = sandbox.client.get();
        services.outbox = outbox.get();
        services.drafts = drafts.get();
        services.guard = guard.get();
        services.conversations = conversations.get();
        services.meAdminId = adminId;
        services.settings = settings.get();
        services.deferPanes = deferPanes;
        window = std::make_unique<ui::MainWindow>(services);
        window->resize(1280, 800);
        window->show();
        return activate();
    }

    bool activate()
    {
        QApplication::setActiveWindow(window.get());
        return QTest::qWaitForWindowActive(window.get());
    }

    ui::ConversationListView *list() const { return window->listPane()->view(); }
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget()
                                                      : window.get();
        QTest::keyClick(target, Qt::Key(key), modifiers);
    }
    QString open() const { return window->openConversationId(); }
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void syncStatusText_data();
    void syncStatusText();
    void syncStatusWhenTheTokenIsRefused();
    void passingMessageOutlivesSyncNews();
    void threePanesOverTheStore();
    void syncedConversationsAppearAfterViewSwitches();
    void keyboardMovesAndOpens();
    void replyAndNoteFromTheKeyboard();
    void closeReopenAndUnreadFromTheKeyboard();
    void assignAndTagThroughPickers();
    void snoozeFromTheMenu();
    void searchFromTheKeyboard();
    void paletteAndCheatSheet();
    void windowStateIsRestored();
    void panesBuiltAfterTheFirstFrame();
    void everyControlHasAName();

private:
    std::unique_ptr<InboxFixture> m_f;
};

void TestMainWindow::init()
{
    m_f = std::make_unique<InboxFixture>();
    QVERIFY(m_f->startInbox());
    m_f->window->sidebar()->selectView(QStringLiteral("all"));
    QTRY_VERIFY(m_f->conversations->rowCount() > 3);
    m_f->list()->setFocus();
}

void TestMainWindow::cleanup()
{
    m_f.reset();
}

void TestMainWindow::syncStatusText_data()
{
    QTest::addColumn<int>("phase");
    QTest::addColumn<bool>("initialDone");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("contains");
    using models::SyncPhase;
    QTest::newRow("phase/reference") << int(SyncPhase::ReferenceData) << false << QString()
                                     << QStringLiteral("teammates");
    QTest::newRow("phase/open") << int(SyncPhase::Open) << false << QString()
                                << QLocale().toString(1234);
    QTest::newRow("phase/incremental") << int(SyncPhase::Incremental) << true << QString()
                                       << QStringLiteral("updates");
    QTest::newRow("idle/done") << int(SyncPhase::Idle) << true << QString()
                               << QStringLiteral("Up to date");
    QTest::newRow("error/kept-local-copy") << int(SyncPhase::Open) << false
                                           << QStringLiteral("The server did not answer.")
                                           << QStringLiteral("The server did not answer.");
}

void TestMainWindow::syncStatusText()
{
    QFETCH(int, phase);
    QFETCH(bool, initialDone);
    QFETCH(QString, error);
    QFETCH(QString, contains);
    models::SyncProgress progress;
    progress.phase = models::SyncPhase(phase);
    progress.initialSyncDone = initialDone;
    progress.conversationsStored = 1234;
    progress.lastError = error;
    const QString text = ui::SyncStatus::text(progress);
    QVERIFY2(text.contains(contains), qPrintable(text));
}

void TestMainWindow::syncStatusWhenTheTokenIsRefused()
{
    models::SyncProgress progress;
    progress.phase = models::SyncPhase::Incremental;
    progress.authenticationRequired = true;
    progress.lastError = QStringLiteral("401");
    const QString text = ui::SyncStatus::text(progress);
    QVERIFY2(text.contains(QLatin1String("Sign in again")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("kept")), qPrintable(text));
}

void TestMainWindow::passingMessageOutlivesSyncNews()
{
    ui::StatusArea *status = m_f->window->statusArea();
    auto *label = status->findChild<QLabel *>(QStringLiteral("syncStatus"));
    QVERIFY(label);
    const QString message = QStringLiteral("The token is used for this session only.");
    status->showMessage(message, 300);
    models::SyncProgress progress;
    progress.phase = models::SyncPhase::Incremental;
    progress.initialSyncDone = true;
    status->showSyncProgress(progress);
    QCOMPARE(label->text(), message); // a sync page does not wipe it out
    QCOMPARE(status->syncText(), ui::SyncStatus::text(progress));
    QTRY_COMPARE(label->text(), ui::SyncStatus::text(progress)); // it follows the message
}

void TestMainWindow::threePanesOverTheStore()
{
    ui::MainWindow &window = *m_f->window;
    QVERIFY(window.sidebar()->isVisible());
    QVERIFY(window.listPane()->isVisible());
    QVERIFY(window.threadView()->isVisible());
    QVERIFY(window.composer()->isVisible());
    QVERIFY(window.contactPanel()->isVisible());
    QCOMPARE(window.currentViewKey(), QStringLiteral("all"));
    // The sidebar counts come after the first frame, then match the store.
    const QModelIndex all = window.sidebar()->listView()->currentIndex();
    QTRY_VERIFY(all.data(models::ViewCountRole).isValid());
    QTRY_COMPARE(all.data(models::ViewCountRole).toInt(), m_f->conversations->totalCount());
}

void TestMainWindow::syncedConversationsAppearAfterViewSwitches()
{
    // Switching views hands the list the same model again; it must keep following it.
    m_f->window->sidebar()->selectView(QStringLiteral("closed"));
    m_f->window->sidebar()->selectView(QStringLiteral("all"));
    const int before = m_f->list()->model()->rowCount();
    QString fresh;
    for (const sandbox::Conversation &c : m_f->workspace().conversations) {
        if (!m_f->local(QString::number(c.id)) && c.state == ServerState::Open) {
            fresh = QString::number(c.id);
            break;
        }
    }
    QVERIFY(!fresh.isEmpty());
    auto full = finished(m_f->sandbox.client->getConversation(fresh));
    QVERIFY(models::ConversationRepository(*m_f->db).upsertThread(full->result(), 1));
    m_f->changes.notifyConversationsChanged({fresh});
    QTRY_COMPARE(m_f->list()->model()->rowCount(), before + 1);
    QVERIFY(m_f->list()->selectId(fresh)); // the view shows it, not only the model
    QVERIFY(m_f->list()->visualRect(m_f->list()->currentIndex()).isValid());
}

void TestMainWindow::keyboardMovesAndOpens()
{
    ui::ConversationListView *list = m_f->list();
    list->setCurrentIndex(list->model()->index(0, 0));
    QTRY_COMPARE(m_f->open(), list->currentId());
    const QString first = m_f->open();
    m_f->key(Qt::Key_J);
    QVERIFY(m_f->open() != first);
    QCOMPARE(m_f->open(), list->currentId());
    QCOMPARE(m_f->window->threadModel()->conversationId(), m_f->open());
    QCOMPARE(m_f->window->composer()->conversationId(), m_f->open());
    m_f->key(Qt::Key_K);
    QCOMPARE(m_f->open(), first);
    // Enter takes the focus into the thread.
    m_f->key(Qt::Key_Return);
    QTRY_VERIFY(m_f->window->threadView()->isAncestorOf(QApplication::focusWidget())
                || QApplication::focusWidget() == m_f->window->threadView());
}

void TestMainWindow::replyAndNoteFromTheKeyboard()
{
    ui::ConversationListView *list = m_f->list();
    list->setCurrentIndex(list->model()->index(0, 0));
    QTRY_VERIFY(!m_f->open().isEmpty());
    const QString id = m_f->open();

    m_f->key(Qt::Key_R);
    ui::RichTextEditor *editor = m_f->window->composer()->editor();
    QTRY_VERIFY(editor->hasFocus());
    QTest::keyClicks(editor, QStringLiteral("Thanks, fixed now"));
    QCOMPARE(editor->toPlainText(), QStringLiteral("Thanks, fixed now")); // R typed no shortcut
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    // The stale-reply guard reads the conversation first, then the outbox sends.
    QTRY_COMPARE_WITH_TIMEOUT(m_f->serverPartsContaining(id, QStringLiteral("Thanks, fixed now")),
                              1, 15000);

    m_f->list()->setFocus();
    m_f->key(Qt::Key_N);
    QTRY_VERIFY(editor->hasFocus());
    QCOMPARE(m_f->window->composer()->mode(), ui::Composer::Mode::Note);
    QTest::keyClicks(editor, QStringLiteral("Customer is on the beta"));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_f->serverPartsContaining(id, QStringLiteral("Customer is on the beta")), 1, 15000);
}

void TestMainWindow::closeReopenAndUnreadFromTheKeyboard()
{
    ui::ConversationListView *list = m_f->list();
    list->setCurrentIndex(list->model()->index(1, 0));
    QTRY_VERIFY(!m_f->open().isEmpty());
    const QString id = m_f->open();
    m_f->key(Qt::Key_Y, Qt::ControlModifier | Qt::ShiftModifier);
    DRAIN(*m_f);
    QCOMPARE(m_f->serverConversation(id).state, ServerState::Closed);
    // Closed conversations leave the "All open" view; reopen it from the closed view.
    QVERIFY(m_f->conversations->rowOf(id) < 0);
    m_f->window->sidebar()->selectView(QStringLiteral("closed"));
    QTRY_VERIFY(m_f->list()->selectId(id));
    m_f->list()->setFocus();
    m_f->key(Qt::Key_O);
    DRAIN(*m_f);
    QCOMPARE(m_f->serverConversation(id).state, ServerState::Open);
    m_f->key(Qt::Key_U);
    DRAIN(*m_f);
    QCOMPARE(m_f->local(id)->read, false);
}

void TestMainWindow::assignAndTagThroughPickers()
{
    ui::ConversationListView *list = m_f->list();
    list->setCurrentIndex(list->model()->index(2, 0));
    QTRY_VERIFY(!m_f->open().isEmpty());
    const QString id = m_f->open();
    auto *commands = m_f->window->findChild<ui::InboxCommands *>();
    QVERIFY(commands);

    m_f->key(Qt::Key_A);
    ui::AssigneePicker *assignee = commands->assigneePicker();
    QTRY_VERIFY(assignee->isVisible());
    const sandbox::Admin &teammate = m_f->workspace().admins[1];
    QTest::keyClicks(QApplication::focusWidget(), teammate.name.left(5));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!assignee->isVisible());
    DRAIN(*m_f);
    QCOMPARE(QString::number(m_f->serverConversation(id).adminAssigneeId),
             QString::number(teammate.id));

    // The popup took the activation; the window manager gives it back when it closes.
    QVERIFY(m_f->activate());
    m_f->list()->setFocus();
    m_f->key(Qt::Key_T);
    ui::TagPicker *tags = commands->tagPicker();
    QTRY_VERIFY(tags->isVisible());
    // A tag the conversation does not have yet: Enter adds it.
    int tag = 0;
    while (m_f->serverHasTag(id, m_f->tagIdAt(tag)))
        ++tag;
    QTest::keyClicks(QApplication::focusWidget(), m_f->workspace().tags[size_t(tag)].name);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    DRAIN(*m_f);
    QTRY_VERIFY(m_f->serverHasTag(id, m_f->tagIdAt(tag)));
}

void TestMainWindow::snoozeFromTheMenu()
{
    ui::ConversationListView *list = m_f->list();
    list->setCurrentIndex(list->model()->index(0, 0));
    QTRY_VERIFY(!m_f->open().isEmpty());
    const QString id = m_f->open();
    auto *commands = m_f->window->findChild<ui::InboxCommands *>();
    m_f->key(Qt::Key_Z);
    QTRY_VERIFY(commands->snoozeMenu()->isVisible());
    QTest::keyClick(commands->snoozeMenu(), Qt::Key_Down);
    QTest::keyClick(commands->snoozeMenu(), Qt::Key_Return);
    DRAIN(*m_f);
    QCOMPARE(m_f->serverConversation(id).state, ServerState::Snoozed);
}

void TestMainWindow::searchFromTheKeyboard()
{
    const QString id = m_f->conversations->index(0).data(models::ConversationIdRole).toString();
    const QString title = m_f->conversations->index(0).data(models::TitleRole).toString();
    const QString word = title.section(QLatin1Char(' '), 0, 0);
    QVERIFY(!word.isEmpty());
    m_f->key(Qt::Key_Slash);
    ui::SearchField *search = m_f->window->searchField();
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, word);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(m_f->list()->model(), m_f->window->searchResults());
    QTRY_VERIFY(m_f->window->searchResults()->rowCount() > 0);
    // Escape leaves the search and goes back to the list of the view.
    QTest::keyClick(search, Qt::Key_Escape);
    QTRY_COMPARE(m_f->list()->model(), m_f->conversations.get());
    Q_UNUSED(id)
}

void TestMainWindow::paletteAndCheatSheet()
{
    auto *commands = m_f->window->findChild<ui::InboxCommands *>();
    m_f->key(Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(commands->palette()->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!commands->palette()->isVisible());
    QVERIFY(m_f->activate());
    m_f->list()->setFocus();
    QTest::keyClick(m_f->list(), '?');
    QTRY_VERIFY(commands->cheatSheet()->isVisible());
}

void TestMainWindow::windowStateIsRestored()
{
    m_f->window->sidebar()->selectView(QStringLiteral("snoozed"));
    auto *columns = m_f->window->findChild<QSplitter *>(QStringLiteral("columns"));
    columns->setSizes({150, 420, 500, 200});
    const QList<int> sizes = columns->sizes();
    m_f->window->contactPanel()->setCollapsed(true);
    m_f->window->close();
    // The restored view's first page is read once, before the list exists (start-up reads
    // it while the fonts load), not again when the sidebar selects the view.
    QSignalSpy reset(m_f->conversations.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_f->openWindow());
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_f->window->currentViewKey(), QStringLiteral("snoozed"));
    QCOMPARE(m_f->window->listPane()->view()->model(), m_f->conversations.get());
    QVERIFY(m_f->conversations->rowCount() > 0);
    for (int row = 0; row < m_f->conversations->rowCount(); ++row)
        QCOMPARE(m_f->conversations->index(row, 0).data(models::StateRole).toString(),
                 QStringLiteral("snoozed"));
    QVERIFY(m_f->window->contactPanel()->isCollapsed());
    QCOMPARE(m_f->window->findChild<QSplitter *>(QStringLiteral("columns"))->sizes().at(0),
             sizes.at(0));
}

void TestMainWindow::panesBuiltAfterTheFirstFrame()
{
    // Start-up shows the views and the list first; the reading panes follow.
    m_f->window->contactPanel()->setCollapsed(true);
    m_f->window->close();
    QVERIFY(m_f->openWindow(true));
    ui::MainWindow &window = *m_f->window;
    QVERIFY(!window.threadView());
    QVERIFY(!window.composer());
    QVERIFY(!window.contactPanel());
    QTRY_VERIFY(m_f->conversations->rowCount() > 3);
    QCOMPARE(window.listPane()->view()->model(), m_f->conversations.get());
    // A conversation chosen before the panes exist opens when they do.
    m_f->list()->setFocus();
    m_f->key(Qt::Key_J);
    const QString chosen = window.openConversationId();
    QVERIFY(!chosen.isEmpty());
    QVERIFY(!window.commands()->action(ui::CommandIds::reply)->isEnabled());
    auto *columns = window.findChild<QSplitter *>(QStringLiteral("columns"));
    const QList<int> sizes = columns->sizes();

    window.completeWindow();
    QVERIFY(window.threadView() && window.threadView()->isVisible());
    QVERIFY(window.composer() && window.composer()->isVisible());
    QCOMPARE(window.openConversationId(), chosen);
    QCOMPARE(m_f->window->threadModel()->conversationId(), chosen);
    QCOMPARE(columns->sizes(), sizes);
    QVERIFY(window.contactPanel()->isCollapsed()); // restored with the panel
    QVERIFY(window.commands()->action(ui::CommandIds::reply)->isEnabled());
    m_f->key(Qt::Key_R);
    QTRY_VERIFY(window.composer()->isAncestorOf(QApplication::focusWidget()));
    window.completeWindow(); // the second time changes nothing
    QCOMPARE(window.findChildren<ui::Composer *>().size(), 1);
}

void TestMainWindow::everyControlHasAName()
{
    const QList<QWidget *> widgets = m_f->window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool interactive = qobject_cast<QAbstractButton *>(widget)
                                 || qobject_cast<QAbstractItemView *>(widget)
                                 || qobject_cast<QLineEdit *>(widget)
                                 || qobject_cast<QTextEdit *>(widget);
        if (!interactive || !widget->isVisible())
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(accessible);
        QVERIFY2(!accessible->text(QAccessible::Name).isEmpty(),
                 qPrintable(QStringLiteral("%1 (%2) has no accessible name")
                                .arg(widget->objectName(),
                                     QString::fromLatin1(widget->metaObject()->className()))));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
