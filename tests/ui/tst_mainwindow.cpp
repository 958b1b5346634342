#include "ui/conversationdelegate.h"
#include "ui/mainwindow.h"

#include "tests/support/sandboxharness.h"
#include "models/remoteconversationmodel.h"

#include <QAccessible>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QTimeZone>

using models::RemoteConversationModel;

/// The first window against a real sandbox, offscreen.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void relativeTime_data();
    void relativeTime();
    void listsOpenConversationsAndScrollsForMore();
    void errorShowsRetryWithoutLosingRows();
    void everyControlHasAName();

private:
    std::unique_ptr<api::IntercomClient> makeClient(const QByteArray &token = {});
    SandboxHarness m_sandbox;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_sandbox.start(600));
}

std::unique_ptr<api::IntercomClient> TestMainWindow::makeClient(const QByteArray &token)
{
    api::ClientConfig config = m_sandbox.config();
    if (!token.isEmpty())
        config.token = token;
    return std::make_unique<api::IntercomClient>(config);
}

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

void TestMainWindow::listsOpenConversationsAndScrollsForMore()
{
    auto client = makeClient();
    RemoteConversationModel model(client.get(), RemoteConversationModel::openConversations());
    ui::MainWindow window(&model);
    window.resize(800, 600);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    model.reload();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0 && !model.isLoading(), 10000);

    QListView *list = window.conversationList();
    QVERIFY(list->hasFocus());
    const int firstPage = model.rowCount();
    QVERIFY2(firstPage < model.totalCount(), "the workspace must have more than one page");

    // Keyboard only: End jumps to the last row, which makes the view fetch the next page.
    // The first key selects the first conversation; End then jumps to the last loaded one.
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->currentIndex().row(), 0);
    QTest::keyClick(list, Qt::Key_End);
    QCOMPARE(list->currentIndex().row(), firstPage - 1);
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > firstPage, 10000);
    QTest::keyClick(list, Qt::Key_Home);
    QCOMPARE(list->currentIndex().row(), 0);
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->currentIndex().row(), 1);

    auto *status = window.statusBar()->findChild<QLabel *>();
    QVERIFY(status);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    QVERIFY2(status->text().contains(QLocale().toString(model.rowCount())), qPrintable(status->text()));
    QVERIFY(window.findChild<QPushButton *>()->isHidden());
}

void TestMainWindow::errorShowsRetryWithoutLosingRows()
{
    auto client = makeClient("wrong-token");
    RemoteConversationModel model(client.get(), RemoteConversationModel::openConversations());
    ui::MainWindow window(&model);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    model.reload();
    auto *retry = window.findChild<QPushButton *>();
    QVERIFY(retry);
    QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 10000);
    auto *status = window.statusBar()->findChild<QLabel *>();
    QVERIFY2(status->text().contains(model.lastError().displayText()), qPrintable(status->text()));

    client->setToken(m_sandbox.server->token().toUtf8());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0, 10000);
    QTRY_VERIFY(retry->isHidden());
}

void TestMainWindow::everyControlHasAName()
{
    auto client = makeClient();
    RemoteConversationModel model(client.get(), RemoteConversationModel::openConversations());
    ui::MainWindow window(&model);
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
