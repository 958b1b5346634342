#include "ui/inbox/conversationlistpane.h"
#include "ui/inbox/conversationlistview.h"

#include "models/conversationlistmodel.h"
#include "models/conversationroles.h"
#include "models/store/conversationrepository.h"
#include "models/storechanges.h"
#include "tests/models/storefixture.h"

#include <QAccessible>
#include <QApplication>
#include <QContextMenuEvent>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QToolButton>

using ui::ConversationListPane;
using ui::ConversationListView;

/// The middle pane: keyboard and mouse selection, opening, bulk actions, empty states, and
/// the header's count and sort menu over the store-backed model.
class TestConversationListView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void nextAndPreviousMoveTheSelection();
    void enterOpensTheCurrentRow_data();
    void enterOpensTheCurrentRow();
    void shiftAndControlSelectSeveral();
    void contextMenuOffersBulkActions();
    void contextMenuSignalReplacesTheMenu();
    void rowsHaveAccessibleText();
    void emptyStateText();
    void paneFollowsTheStoreModel();
    void selectionSurvivesASortChange();

private:
    void fill(int rows);

    QStandardItemModel *m_model = nullptr;
    ConversationListView *m_view = nullptr;
};

void TestConversationListView::init()
{
    m_model = new QStandardItemModel;
    m_view = new ConversationListView;
    m_view->resize(400, 600);
    fill(8);
    m_view->setModel(m_model);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    // Showing a focused view makes its first row current; the tests start with none.
    m_view->selectionModel()->clear();
}

void TestConversationListView::cleanup()
{
    delete m_view;
    delete m_model;
}

void TestConversationListView::fill(int rows)
{
    for (int i = 0; i < rows; ++i) {
        auto *item = new QStandardItem(QStringLiteral("Title %1").arg(i));
        item->setData(QStringLiteral("c%1").arg(i), models::ConversationIdRole);
        item->setData(QStringLiteral("Contact %1").arg(i), models::ContactNameRole);
        item->setData(QStringLiteral("Contact %1: Title %1").arg(i), Qt::AccessibleTextRole);
        m_model->appendRow(item);
    }
}

void TestConversationListView::nextAndPreviousMoveTheSelection()
{
    QSignalSpy selected(m_view, &ConversationListView::selectedIdsChanged);
    QVERIFY(m_view->currentId().isEmpty());
    m_view->selectNext(); // nothing current: the first row
    QCOMPARE(m_view->currentId(), QStringLiteral("c0"));
    m_view->selectNext();
    m_view->selectNext();
    QCOMPARE(m_view->selectedIds(), QStringList{QStringLiteral("c2")});
    m_view->selectPrevious();
    QCOMPARE(m_view->selectedIds(), QStringList{QStringLiteral("c1")});
    QVERIFY(selected.count() >= 4);
    QCOMPARE(selected.last().at(0).toStringList(), QStringList{QStringLiteral("c1")});
    for (int i = 0; i < 20; ++i)
        m_view->selectNext();
    QCOMPARE(m_view->currentId(), QStringLiteral("c7")); // stops at the end
    for (int i = 0; i < 20; ++i)
        m_view->selectPrevious();
    QCOMPARE(m_view->currentId(), QStringLiteral("c0"));
    QVERIFY(m_view->selectId(QStringLiteral("c5")));
    QCOMPARE(m_view->selectedIds(), QStringList{QStringLiteral("c5")});
    QVERIFY(!m_view->selectId(QStringLiteral("nope")));
}

void TestConversationListView::enterOpensTheCurrentRow_data()
{
    QTest::addColumn<int>("key");
    QTest::newRow("key/return") << int(Qt::Key_Return);
    QTest::newRow("key/enter") << int(Qt::Key_Enter);
}

void TestConversationListView::enterOpensTheCurrentRow()
{
    QFETCH(int, key);
    QSignalSpy open(m_view, &ConversationListView::openRequested);
    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key(key)); // no current row yet: nothing to open
    QCOMPARE(open.count(), 0);
    m_view->selectId(QStringLiteral("c3"));
    QTest::keyClick(m_view, Qt::Key_Down);
    QTest::keyClick(m_view, Qt::Key(key));
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("c4"));
    m_view->openCurrent();
    QCOMPARE(open.count(), 2);
}

void TestConversationListView::shiftAndControlSelectSeveral()
{
    m_view->setFocus();
    m_view->selectId(QStringLiteral("c1"));
    QTest::keyClick(m_view, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(m_view, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(m_view->selectedIds(),
             QStringList({QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3")}));
    // Ctrl-click adds a row; the ids stay in list order whatever the order of the clicks.
    const QRect sixth = m_view->visualRect(m_model->index(6, 0));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::ControlModifier, sixth.center());
    const QRect first = m_view->visualRect(m_model->index(0, 0));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::ControlModifier, first.center());
    QCOMPARE(m_view->selectedIds(),
             QStringList({QStringLiteral("c0"), QStringLiteral("c1"), QStringLiteral("c2"),
                          QStringLiteral("c3"), QStringLiteral("c6")}));
    // A plain click selects one again.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, sixth.center());
    QCOMPARE(m_view->selectedIds(), QStringList{QStringLiteral("c6")});
}

void TestConversationListView::contextMenuOffersBulkActions()
{
    m_view->selectId(QStringLiteral("c1"));
    QTest::keyClick(m_view, Qt::Key_Down, Qt::ShiftModifier);
    QSignalSpy bulk(m_view, &ConversationListView::bulkActionRequested);

    // Right click on the selection: the menu acts on the whole selection.
    const QPoint inside = m_view->visualRect(m_model->index(2, 0)).center();
    QContextMenuEvent onSelection(QContextMenuEvent::Mouse, inside,
                                  m_view->viewport()->mapToGlobal(inside));
    QApplication::sendEvent(m_view->viewport(), &onSelection);
    QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QCOMPARE(menu->objectName(), QStringLiteral("conversationBulkMenu"));
    QVERIFY(!menu->accessibleName().isEmpty());
    auto *close = menu->findChild<QAction *>(QStringLiteral("bulkClose"));
    QVERIFY(close);
    close->trigger();
    menu->close();
    QCOMPARE(bulk.count(), 1);
    QCOMPARE(bulk.at(0).at(0).value<ConversationListView::BulkAction>(),
             ConversationListView::BulkAction::Close);
    QCOMPARE(bulk.at(0).at(1).toStringList(),
             QStringList({QStringLiteral("c1"), QStringLiteral("c2")}));

    // Right click outside the selection: that row alone.
    const QPoint outside = m_view->visualRect(m_model->index(5, 0)).center();
    QContextMenuEvent onOther(QContextMenuEvent::Mouse, outside,
                              m_view->viewport()->mapToGlobal(outside));
    QApplication::sendEvent(m_view->viewport(), &onOther);
    QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
    menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    for (const char *name : {"bulkAssign", "bulkSnooze", "bulkReopen", "bulkTag"})
        QVERIFY2(menu->findChild<QAction *>(QLatin1String(name)), name);
    menu->findChild<QAction *>(QStringLiteral("bulkSnooze"))->trigger();
    menu->close();
    QCOMPARE(bulk.count(), 2);
    QCOMPARE(bulk.at(1).at(1).toStringList(), QStringList{QStringLiteral("c5")});
    QCOMPARE(m_view->selectedIds(), QStringList{QStringLiteral("c5")});
}

void TestConversationListView::contextMenuSignalReplacesTheMenu()
{
    QSignalSpy requested(m_view, &ConversationListView::contextMenuRequested);
    m_view->selectId(QStringLiteral("c4"));
    // From the keyboard (the Menu key): at the current row.
    QContextMenuEvent fromKeyboard(QContextMenuEvent::Keyboard, QPoint(), QPoint());
    QApplication::sendEvent(m_view->viewport(), &fromKeyboard);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toStringList(), QStringList{QStringLiteral("c4")});
    QVERIFY(!QApplication::activePopupWidget());
}

void TestConversationListView::rowsHaveAccessibleText()
{
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(m_view);
    QVERIFY(list);
    QCOMPARE(list->text(QAccessible::Name), QStringLiteral("Conversations"));
    QVERIFY(list->childCount() >= 8);
    bool found = false;
    for (int i = 0; i < list->childCount(); ++i) {
        if (list->child(i)->text(QAccessible::Name) == QStringLiteral("Contact 3: Title 3"))
            found = true;
    }
    QVERIFY(found);
}

void TestConversationListView::emptyStateText()
{
    QCOMPARE(m_view->emptyText(), QStringLiteral("No conversations in this view"));
    m_model->clear();
    const QImage empty = m_view->viewport()->grab().toImage();
    m_view->setEmptyText(QString());
    const QImage blank = m_view->viewport()->grab().toImage();
    QVERIFY(empty != blank); // the text is painted
}

void TestConversationListView::paneFollowsTheStoreModel()
{
    storetest::TempStore store;
    models::StoreChanges changes;
    QList<api::Conversation> batch;
    for (int i = 1; i <= 150; ++i) {
        api::Conversation c = storetest::conversation(QString::number(5000 + i), 1'700'000'000 + i);
        c.waitingSince = i % 2 ? 1'700'000'000 - i : 0;
        batch << c;
    }
    QVERIFY(models::ConversationRepository(store.db()).upsertConversations(batch));
    models::ConversationListModel model(store.db(), &changes);
    model.setView(models::ConversationFilter::allOpen(), models::ConversationSort::UpdatedNewest);
    ConversationListPane pane;
    pane.setTitle(QStringLiteral("All open"));
    pane.setModel(&model);
    pane.resize(400, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    auto *count = pane.findChild<QLabel *>(QStringLiteral("conversationListCount"));
    QTRY_COMPARE(count->text(), QLocale().toString(150));
    auto *title = pane.findChild<QLabel *>(QStringLiteral("conversationListTitle"));
    QVERIFY2(title->accessibleName().startsWith(QStringLiteral("All open, 150 conversation")),
             qPrintable(title->accessibleName()));

    auto *button = pane.findChild<QToolButton *>(QStringLiteral("sortButton"));
    QVERIFY(button->text().startsWith(QStringLiteral("Newest")));
    QVERIFY(!button->accessibleName().isEmpty());
    QSignalSpy sortChanged(&pane, &ConversationListPane::sortChanged);
    auto *waiting = button->menu()->findChild<QAction *>(
        QStringLiteral("sort%1").arg(int(models::ConversationSort::WaitingLongest)));
    QVERIFY(waiting);
    waiting->trigger();
    QCOMPARE(sortChanged.count(), 1);
    QCOMPARE(model.viewSort(), models::ConversationSort::WaitingLongest);
    QVERIFY(waiting->isChecked());
    QVERIFY(button->text().startsWith(QStringLiteral("Waiting longest")));
    // Waiting the longest: 5149 waits since 1'700'000'000 - 149.
    QCOMPARE(model.index(0, 0).data(models::ConversationIdRole).toString(), QStringLiteral("5149"));
    pane.setSort(models::ConversationSort::WaitingLongest); // no change, no signal
    QCOMPARE(sortChanged.count(), 1);

    // A text search that finds nothing says so.
    models::ConversationFilter search = models::ConversationFilter::allOpen();
    search.text = QStringLiteral("zzzznothing");
    model.setView(search, models::ConversationSort::UpdatedNewest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(pane.view()->emptyText(), QStringLiteral("Nothing matches"));
    QTRY_COMPARE(count->text(), QStringLiteral("0"));
    model.setView(models::ConversationFilter::closed(), models::ConversationSort::UpdatedNewest);
    QCOMPARE(pane.view()->emptyText(), QStringLiteral("No conversations in this view"));
}

void TestConversationListView::selectionSurvivesASortChange()
{
    storetest::TempStore store;
    QList<api::Conversation> batch;
    for (int i = 1; i <= 20; ++i)
        batch << storetest::conversation(QString::number(7000 + i), 1'700'000'000 + i);
    QVERIFY(models::ConversationRepository(store.db()).upsertConversations(batch));
    models::ConversationListModel model(store.db(), nullptr);
    model.setView(models::ConversationFilter::allOpen(), models::ConversationSort::UpdatedNewest);
    ConversationListPane pane;
    pane.setModel(&model);
    pane.view()->selectId(QStringLiteral("7005"));
    QTest::keyClick(pane.view(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(pane.view()->selectedIds(),
             QStringList({QStringLiteral("7005"), QStringLiteral("7004")}));
    pane.setSort(models::ConversationSort::UpdatedOldest);
    QCOMPARE(pane.view()->selectedIds(),
             QStringList({QStringLiteral("7004"), QStringLiteral("7005")}));
    QCOMPARE(pane.view()->currentId(), QStringLiteral("7004"));
}

QTEST_MAIN(TestConversationListView)
#include "tst_conversationlistview.moc"
