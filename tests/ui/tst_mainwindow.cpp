#include "ui/conversationdelegate.h"
#include "ui/mainwindow.h"
#include "ui/syncstatus.h"

#include "models/conversationlistmodel.h"
#include "models/conversationroles.h"
#include "models/store/conversationrepository.h"
#include "models/storechanges.h"
#include "models/sync/syncengine.h"
#include "tests/models/storefixture.h"
#include "tests/support/sandboxharness.h"

#include <QAccessible>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QTimeZone>

using models::ConversationListModel;

/// The first window over the local store, offscreen; its sync status against a real sandbox.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void relativeTime_data();
    void relativeTime();
    void syncStatusText_data();
    void syncStatusText();
    void listsTheStoreAndScrollsForMore();
    void syncErrorShowsRetryAndKeepsTheList();
    void everyControlHasAName();

private:
    static QLabel *statusLabel(ui::MainWindow &window)
    {
        return window.statusBar()->findChild<QLabel *>();
    }
};

void TestMainWindow::relativeTime_data()
{
    QTest::addColumn<qint64>("secondsAgo");
    QTest::addColumn<QString>("expected");
    QTest::newRow("now") << qint64(10) << QStringLiteral("now");
    QTest::newRow("minutes") << qint64(5 * 60 + 3) << QStringLiteral("5m");
    QTest::newRow("hours") << qint64(3 * 3600 + 100) << QStringLiteral("3h");
    QTest::newRow("days") << qint64(2 * 86400 + 5) << QStringLiteral("2d");
}

void TestMainWindow::relativeTime()
{
    QFETCH(qint64, secondsAgo);
    QFETCH(QString, expected);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, QTimeZone::utc());
    QCOMPARE(ui::ConversationDelegate::relativeTime(now.addSecs(-secondsAgo), now), expected);
    QVERIFY(ui::ConversationDelegate::relativeTime(QDateTime(), now).isEmpty());
    const QString old = ui::ConversationDelegate::relativeTime(now.addDays(-40), now);
    QVERIFY2(!old.isEmpty() && !old.endsWith(QLatin1Char('d')), qPrintable(old));
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
    QTest::newRow("phase/closed") << int(SyncPhase::Closed) << false << QString()
                                  << QStringLiteral("closed");
    QTest::newRow("phase/incremental") << int(SyncPhase::Incremental) << true << QString()
                                       << QStringLiteral("updates");
    QTest::newRow("idle/done") << int(SyncPhase::Idle) << true << QString()
                               << QStringLiteral("Up to date");
    QTest::newRow("idle/not-started") << int(SyncPhase::Idle) << false << QString()
                                      << QStringLiteral("Starting");
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
    if (!error.isEmpty())
        QVERIFY2(text.contains(QLatin1String("local copy")), qPrintable(text));
}

void TestMainWindow::listsTheStoreAndScrollsForMore()
{
    storetest::TempStore store;
    QList<api::Conversation> batch;
    for (int i = 1; i <= 250; ++i)
        batch << storetest::conversation(QString::number(1000 + i), 1'700'000'000 + i * 10);
    QVERIFY(models::ConversationRepository(store.db()).upsertConversations(batch));
    models::StoreChanges changes;
    ConversationListModel model(store.db(), &changes);
    model.setView(models::ConversationFilter::allOpen(), models::ConversationSort::UpdatedNewest);

    ui::MainWindow window(&model, nullptr);
    window.resize(800, 600);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    QListView *list = window.conversationList();
    QVERIFY(list->hasFocus());
    auto *heading = window.centralWidget()->findChild<QLabel *>();
    QTRY_VERIFY2(heading->text().contains(QLatin1String("250")), qPrintable(heading->text()));
    const int firstPage = model.rowCount();
    QVERIFY(firstPage < 250);

    // Keyboard only: End jumps to the last loaded conversation, which makes the view fetch the
    // next page from the store; Home and Down walk back.
    QTest::keyClick(list, Qt::Key_End);
    QTRY_VERIFY(model.rowCount() > firstPage);
    QTest::keyClick(list, Qt::Key_Home);
    QCOMPARE(list->currentIndex().row(), 0);
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->currentIndex().row(), 1);

    // A conversation synced in the background shows up at the top.
    QVERIFY(models::ConversationRepository(store.db())
                .upsertConversations({storetest::conversation(QStringLiteral("9000"), 1'800'000'000)}));
    changes.notifyConversationsChanged({QStringLiteral("9000")});
    QCOMPARE(model.index(0).data(models::ConversationIdRole).toString(), QStringLiteral("9000"));
    QTRY_VERIFY2(heading->text().contains(QLatin1String("251")), qPrintable(heading->text()));
}

void TestMainWindow::syncErrorShowsRetryAndKeepsTheList()
{
    SandboxHarness sandbox;
    QVERIFY(sandbox.start(60));
    storetest::TempStore store;
    QVERIFY(models::ConversationRepository(store.db())
                .upsertConversations({storetest::conversation(QStringLiteral("1"), 1'700'000'000)}));
    models::StoreChanges changes;
    ConversationListModel model(store.db(), &changes);
    model.setView(models::ConversationFilter::allOpen(), models::ConversationSort::UpdatedNewest);

    api::ClientConfig config = sandbox.config();
    config.token = "revoked";
    api::IntercomClient client(config);
    models::SyncEngine engine(&client, store.path(), &changes);
    ui::MainWindow window(&model, &engine);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    engine.start();

    auto *retry = window.findChild<QPushButton *>();
    QVERIFY(retry);
    QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 15000);
    QVERIFY2(statusLabel(window)->text().contains(QLatin1String("local copy")),
             qPrintable(statusLabel(window)->text()));
    QCOMPARE(model.rowCount(), 1); // what was stored stays on screen

    client.setToken(sandbox.server->token().toUtf8());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(engine.isInitialSyncDone(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(retry->isHidden(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 1, 15000);
}

void TestMainWindow::everyControlHasAName()
{
    storetest::TempStore store;
    models::StoreChanges changes;
    ConversationListModel model(store.db(), &changes);
    ui::MainWindow window(&model, nullptr);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool interactive = qobject_cast<QAbstractButton *>(widget)
                                 || qobject_cast<QAbstractItemView *>(widget);
        // Hidden helpers (the menu bar's overflow button) are not reachable, so need no name.
        if (!interactive || !widget->isVisible())
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(accessible);
        QVERIFY2(!accessible->text(QAccessible::Name).isEmpty(),
                 qPrintable(QStringLiteral("%1 has no accessible name")
                                .arg(QString::fromLatin1(widget->metaObject()->className()))));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
