#include "ui/inbox/sidebarmodel.h"
#include "ui/inbox/viewsidebar.h"

#include "models/search/savedsearchesmodel.h"
#include "models/store/conversationrepository.h"
#include "models/store/referencerepository.h"
#include "models/store/savedsearchrepository.h"
#include "models/storechanges.h"
#include "models/viewcountsmodel.h"
#include "models/viewroles.h"
#include "tests/models/storefixture.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using ui::SidebarModel;
using ui::ViewSidebar;

/// The left pane over the real view counts of a store, with a saved-search model beside.
class TestViewSidebar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsViewsWithCounts();
    void countsFollowTheStore();
    void clickAndKeyboardSelect();
    void selectViewRestoresByKey();
    void savedSearchSection();
    void keepsTheSelectionWhenRowsChange();
    void renameInPlaceWithF2();
    void deleteAfterConfirmation();
    void contextMenuRenamesAndDeletes();

private:
    /// A real saved-search model over the test store with "A", "B" and "C", in the sidebar.
    std::unique_ptr<models::SavedSearchesModel> useStoredSearches();
    QString keyOf(const models::SavedSearchesModel &saved, int row) const
    {
        return models::SavedSearchesModel::viewKey(saved.searchAt(row).id);
    }
    template<typename T> T *shown(const QString &objectName) const
    {
        const QList<T *> found = m_sidebar->findChildren<T *>(objectName);
        for (T *widget : found) {
            if (widget->isVisible())
                return widget;
        }
        return nullptr;
    }

    QStandardItem *savedSearch(const QString &id, const QString &name);
    QString rowText(const QString &key) const;

    std::unique_ptr<storetest::TempStore> m_store;
    std::unique_ptr<models::StoreChanges> m_changes;
    std::unique_ptr<models::ViewCountsModel> m_views;
    std::unique_ptr<QStandardItemModel> m_saved;
    std::unique_ptr<ViewSidebar> m_sidebar;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestViewSidebar::init()
{
    m_store = std::make_unique<storetest::TempStore>();
    m_changes = std::make_unique<models::StoreChanges>();
    QVERIFY(models::ReferenceRepository(m_store->db())
                .replaceTeams({storetest::team(QStringLiteral("t1"), QStringLiteral("Billing"))}));
    QList<api::Conversation> batch;
    for (int i = 0; i < 12; ++i) {
        api::Conversation c = storetest::conversation(QStringLiteral("c%1").arg(i), 1000 + i);
        c.adminAssigneeId = i < 5 ? QStringLiteral("me") : api::Conversation::unassigned();
        c.teamAssigneeId = i >= 10 ? QStringLiteral("t1") : api::Conversation::unassigned();
        batch << c;
    }
    QVERIFY(models::ConversationRepository(m_store->db()).upsertConversations(batch));
    m_views = std::make_unique<models::ViewCountsModel>(
        m_store->db(), m_changes.get(), QStringLiteral("me"), QStringList{QStringLiteral("t1")});
    m_views->setRecountInterval(0);
    m_saved = std::make_unique<QStandardItemModel>();
    m_sidebar = std::make_unique<ViewSidebar>();
    m_sidebar->setViewsModel(m_views.get());
    m_sidebar->setSavedSearchesModel(m_saved.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_sidebar->sidebarModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_sidebar->resize(220, 400);
    m_sidebar->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_sidebar.get()));
}

void TestViewSidebar::cleanup()
{
    m_tester.reset();
    m_sidebar.reset();
    m_saved.reset();
    m_views.reset();
    m_changes.reset();
    m_store.reset();
}

QStandardItem *TestViewSidebar::savedSearch(const QString &id, const QString &name)
{
    auto *item = new QStandardItem(name);
    item->setData(QString(QStringLiteral("saved:") + id), models::ViewKeyRole);
    models::ConversationFilter filter = models::ConversationFilter::allOpen();
    filter.text = name;
    item->setData(QVariant::fromValue(filter), models::ViewFilterRole);
    return item;
}

QString TestViewSidebar::rowText(const QString &key) const
{
    const SidebarModel *model = m_sidebar->sidebarModel();
    return model->index(model->rowOfKey(key)).data(Qt::AccessibleTextRole).toString();
}

void TestViewSidebar::listsViewsWithCounts()
{
    const SidebarModel *model = m_sidebar->sidebarModel();
    // Your inbox, Unassigned, Billing, All open, Snoozed, Closed, header, "none" note.
    QCOMPARE(model->rowCount(), 8);
    QCOMPARE(model->index(0).data().toString(), QStringLiteral("Your inbox"));
    QCOMPARE(model->index(0).data(models::ViewCountRole).toInt(), 5);
    QVERIFY2(
        rowText(QStringLiteral("mine")).startsWith(QStringLiteral("Your inbox, 5 conversation")),
        qPrintable(rowText(QStringLiteral("mine"))));
    QVERIFY(
        rowText(QStringLiteral("team:t1")).startsWith(QStringLiteral("Billing, 2 conversation")));
    QVERIFY(rowText(QStringLiteral("all")).startsWith(QStringLiteral("All open, 12 conversation")));

    // The screen reader hears the same as the model says.
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(m_sidebar->listView());
    QVERIFY(list);
    QCOMPARE(list->text(QAccessible::Name), QStringLiteral("Inbox views"));
    QVERIFY(list->child(0)->text(QAccessible::Name).startsWith(QStringLiteral("Your inbox, 5")));

    // Filters come from the views model.
    QCOMPARE(m_sidebar->filterForKey(QStringLiteral("unassigned")),
             models::ConversationFilter::unassigned());
    QVERIFY(!m_sidebar->filterForKey(QStringLiteral("nope")));
    QCOMPARE(m_sidebar->nameForKey(QStringLiteral("team:t1")), QStringLiteral("Billing"));
}

void TestViewSidebar::countsFollowTheStore()
{
    QSignalSpy changed(m_sidebar->sidebarModel(), &QAbstractItemModel::dataChanged);
    api::Conversation c = storetest::conversation(QStringLiteral("c7"), 5000);
    c.adminAssigneeId = QStringLiteral("me");
    QVERIFY(models::ConversationRepository(m_store->db()).upsertConversations({c}));
    m_changes->notifyConversationsChanged({c.id});
    QTRY_VERIFY(rowText(QStringLiteral("mine")).startsWith(QStringLiteral("Your inbox, 6")));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(m_sidebar->sidebarModel()->rowCount(), 8); // in place, no reset
}

void TestViewSidebar::clickAndKeyboardSelect()
{
    QSignalSpy selected(m_sidebar.get(), &ViewSidebar::viewSelected);
    QListView *list = m_sidebar->listView();
    const SidebarModel *model = m_sidebar->sidebarModel();
    const int unassigned = model->rowOfKey(QStringLiteral("unassigned"));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(model->index(unassigned)).center());
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.at(0).at(0).toString(), QStringLiteral("unassigned"));
    QCOMPARE(m_sidebar->currentKey(), QStringLiteral("unassigned"));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(selected.last().at(0).toString(), QStringLiteral("team:t1"));
    QTest::keyClick(list, Qt::Key_Up);
    QTest::keyClick(list, Qt::Key_Up);
    QCOMPARE(selected.last().at(0).toString(), QStringLiteral("mine"));
    QCOMPARE(selected.count(), 4); // unassigned, team:t1, unassigned, mine
    // Clicking the section header or the note changes nothing.
    const int header = model->rowOfKey(QStringLiteral("closed")) + 1;
    QCOMPARE(model->kindAt(header), SidebarModel::RowKind::SectionHeader);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(model->index(header)).center());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(model->index(header + 1)).center());
    QCOMPARE(selected.count(), 4);
    QCOMPARE(m_sidebar->currentKey(), QStringLiteral("mine"));
}

void TestViewSidebar::selectViewRestoresByKey()
{
    QSignalSpy selected(m_sidebar.get(), &ViewSidebar::viewSelected);
    QVERIFY(m_sidebar->selectView(QStringLiteral("closed")));
    QCOMPARE(selected.count(), 1);
    QVERIFY(m_sidebar->selectView(QStringLiteral("closed"))); // same key: no second signal
    QCOMPARE(selected.count(), 1);
    QVERIFY(!m_sidebar->selectView(QStringLiteral("team:unknown")));
    QCOMPARE(m_sidebar->currentKey(), QStringLiteral("closed"));
    QCOMPARE(m_sidebar->listView()->currentIndex().data().toString(), QStringLiteral("Closed"));
}

void TestViewSidebar::savedSearchSection()
{
    const SidebarModel *model = m_sidebar->sidebarModel();
    const int header = model->rowCount() - 2;
    QCOMPARE(model->index(header).data().toString(), QStringLiteral("Saved searches"));
    QCOMPARE(model->kindAt(header + 1), SidebarModel::RowKind::EmptyNote);
    QCOMPARE(model->index(header + 1).data().toString(), QStringLiteral("No saved searches"));
    QVERIFY(!(model->flags(model->index(header + 1)) & Qt::ItemIsSelectable));

    m_saved->appendRow(savedSearch(QStringLiteral("1"), QStringLiteral("Refunds")));
    m_saved->appendRow(savedSearch(QStringLiteral("2"), QStringLiteral("Enterprise")));
    QCOMPARE(model->rowCount(), header + 3);
    QCOMPARE(model->kindAt(header + 1), SidebarModel::RowKind::SavedSearch);
    QCOMPARE(rowText(QStringLiteral("saved:2")), QStringLiteral("Saved search Enterprise"));
    QCOMPARE(m_sidebar->filterForKey(QStringLiteral("saved:1"))->text, QStringLiteral("Refunds"));

    // Keyboard: from the last view, Down skips the header to the first search.
    QSignalSpy selected(m_sidebar.get(), &ViewSidebar::viewSelected);
    m_sidebar->selectView(QStringLiteral("closed"));
    m_sidebar->focusList();
    QTest::keyClick(m_sidebar->listView(), Qt::Key_Down);
    QCOMPARE(m_sidebar->currentKey(), QStringLiteral("saved:1"));
    QTest::keyClick(m_sidebar->listView(), Qt::Key_End);
    QCOMPARE(m_sidebar->currentKey(), QStringLiteral("saved:2"));
    QTest::keyClick(m_sidebar->listView(), Qt::Key_Up);
    QTest::keyClick(m_sidebar->listView(), Qt::Key_Up);
    QCOMPARE(m_sidebar->currentKey(), QStringLiteral("closed"));
    QCOMPARE(selected.count(), 5); // closed, saved:1, saved:2, saved:1, closed

    // Renaming a search updates its row in place.
    m_saved->item(0)->setText(QStringLiteral("Refunds (EU)"));
    QCOMPARE(m_sidebar->nameForKey(QStringLiteral("saved:1")), QStringLiteral("Refunds (EU)"));
}

void TestViewSidebar::keepsTheSelectionWhenRowsChange()
{
    m_saved->appendRow(savedSearch(QStringLiteral("1"), QStringLiteral("Refunds")));
    QVERIFY(m_sidebar->selectView(QStringLiteral("saved:1")));
    QSignalSpy selected(m_sidebar.get(), &ViewSidebar::viewSelected);
    m_saved->insertRow(0, savedSearch(QStringLiteral("0"), QStringLiteral("Angry customers")));
    QCOMPARE(m_sidebar->currentKey(), QStringLiteral("saved:1"));
    QCOMPARE(m_sidebar->listView()->currentIndex().data().toString(), QStringLiteral("Refunds"));
    // A new team view appears above: the selection stays on the search.
    QVERIFY(models::ReferenceRepository(m_store->db())
                .replaceTeams({storetest::team(QStringLiteral("t1"), QStringLiteral("Billing")),
                               storetest::team(QStringLiteral("t2"), QStringLiteral("Alpha"))}));
    m_views = std::make_unique<models::ViewCountsModel>(
        m_store->db(), m_changes.get(), QStringLiteral("me"),
        QStringList{QStringLiteral("t1"), QStringLiteral("t2")});
    m_sidebar->setViewsModel(m_views.get());
    QCOMPARE(m_sidebar->currentKey(), QStringLiteral("saved:1"));
    QCOMPARE(m_sidebar->listView()->currentIndex().data().toString(), QStringLiteral("Refunds"));
    QCOMPARE(selected.count(), 0);
}

std::unique_ptr<models::SavedSearchesModel> TestViewSidebar::useStoredSearches()
{
    auto saved = std::make_unique<models::SavedSearchesModel>(m_store->db());
    saved->addSearch(QStringLiteral("A"), QStringLiteral("refund"));
    saved->addSearch(QStringLiteral("B"), QStringLiteral("tag:vip"));
    saved->addSearch(QStringLiteral("C"), QStringLiteral("assignee:me"));
    m_sidebar->setSavedSearchesModel(saved.get());
    return saved;
}

void TestViewSidebar::renameInPlaceWithF2()
{
    const auto saved = useStoredSearches();
    const QString key = keyOf(*saved, 0);
    QVERIFY(m_sidebar->selectView(key));
    QSignalSpy selected(m_sidebar.get(), &ViewSidebar::viewSelected);
    QListView *list = m_sidebar->listView();

    QTest::keyClick(list, Qt::Key_F2);
    QLineEdit *editor = shown<QLineEdit>(QStringLiteral("savedSearchNameEditor"));
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("A"));
    QVERIFY(!editor->accessibleName().isEmpty());
    editor->clear();
    QTest::keyClicks(editor, QStringLiteral("Refunds (EU)"));
    QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on the next event loop turn
    QTRY_COMPARE(saved->searchAt(0).name, QStringLiteral("Refunds (EU)"));
    QCOMPARE(models::SavedSearchRepository(m_store->db()).find(saved->searchAt(0).id)->name,
             QStringLiteral("Refunds (EU)"));
    QCOMPARE(m_sidebar->nameForKey(key), QStringLiteral("Refunds (EU)"));
    QCOMPARE(m_sidebar->currentKey(), key); // the key is the id: a rename keeps the selection
    QCOMPARE(selected.count(), 0);
    QTRY_VERIFY(!shown<QLineEdit>(QStringLiteral("savedSearchNameEditor")));

    // Escape keeps the old name; a blank name is refused.
    QTest::keyClick(list, Qt::Key_F2);
    editor = shown<QLineEdit>(QStringLiteral("savedSearchNameEditor"));
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("zzz"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(!shown<QLineEdit>(QStringLiteral("savedSearchNameEditor")));
    QTest::keyClick(list, Qt::Key_F2);
    editor = shown<QLineEdit>(QStringLiteral("savedSearchNameEditor"));
    QVERIFY(editor);
    editor->clear();
    QTest::keyClicks(editor, QStringLiteral("  "));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!shown<QLineEdit>(QStringLiteral("savedSearchNameEditor")));
    QCOMPARE(saved->searchAt(0).name, QStringLiteral("Refunds (EU)"));

    // Views are not renamed.
    QVERIFY(m_sidebar->selectView(QStringLiteral("mine")));
    QTest::keyClick(list, Qt::Key_F2);
    QVERIFY(!shown<QLineEdit>(QStringLiteral("savedSearchNameEditor")));
    QVERIFY(!m_sidebar->renameSearch(QStringLiteral("mine")));
}

void TestViewSidebar::deleteAfterConfirmation()
{
    const auto saved = useStoredSearches();
    const QString a = keyOf(*saved, 0);
    const QString b = keyOf(*saved, 1);
    const QString c = keyOf(*saved, 2);
    QVERIFY(m_sidebar->selectView(b));
    QSignalSpy selected(m_sidebar.get(), &ViewSidebar::viewSelected);
    QListView *list = m_sidebar->listView();

    // Escape cancels: nothing is deleted.
    QTest::keyClick(list, Qt::Key_Delete);
    QMessageBox *dialog = shown<QMessageBox>(QStringLiteral("deleteSavedSearchDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->text().contains(QStringLiteral("“B”")));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!shown<QMessageBox>(QStringLiteral("deleteSavedSearchDialog")));
    QCOMPARE(saved->rowCount(), 3);

    // Enter confirms: the search goes from the store, the next one is selected.
    QTest::keyClick(list, Qt::Key_Delete);
    dialog = shown<QMessageBox>(QStringLiteral("deleteSavedSearchDialog"));
    QVERIFY(dialog);
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_COMPARE(saved->rowCount(), 2);
    QCOMPARE(models::SavedSearchRepository(m_store->db()).list().size(), 2);
    QCOMPARE(m_sidebar->sidebarModel()->rowOfKey(b), -1);
    QCOMPARE(m_sidebar->currentKey(), c);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.first().first().toString(), c);

    // The last search gives way to the one above it.
    QTest::keyClick(list, Qt::Key_Delete);
    dialog = shown<QMessageBox>(QStringLiteral("deleteSavedSearchDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->button(QMessageBox::Cancel)); // there is a Cancel button…
    QTest::keyClick(dialog, Qt::Key_Return);      // … but Enter means Delete
    QTRY_COMPARE(saved->rowCount(), 1);
    QCOMPARE(m_sidebar->currentKey(), a);

    // Views are never deleted, and no question is asked.
    QVERIFY(m_sidebar->selectView(QStringLiteral("mine")));
    QTest::keyClick(list, Qt::Key_Delete);
    QVERIFY(!shown<QMessageBox>(QStringLiteral("deleteSavedSearchDialog")));
    QVERIFY(!m_sidebar->confirmDeleteSearch(QStringLiteral("mine")));
    QCOMPARE(saved->rowCount(), 1);
}

void TestViewSidebar::contextMenuRenamesAndDeletes()
{
    const auto saved = useStoredSearches();
    QVERIFY(m_sidebar->selectView(QStringLiteral("mine")));
    QListView *list = m_sidebar->listView();
    const SidebarModel *model = m_sidebar->sidebarModel();

    // A right click on a search opens its menu.
    const QRect rect = list->visualRect(model->index(model->rowOfKey(keyOf(*saved, 1))));
    QContextMenuEvent mouse(QContextMenuEvent::Mouse, rect.center(),
                            list->viewport()->mapToGlobal(rect.center()));
    QApplication::sendEvent(list->viewport(), &mouse);
    QMenu *menu = shown<QMenu>(QStringLiteral("savedSearchMenu"));
    QVERIFY(menu);
    QAction *rename = menu->findChild<QAction *>(QStringLiteral("renameSavedSearch"));
    QVERIFY(rename && rename->isEnabled());
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("deleteSavedSearch")));
    menu->hide();
    rename->trigger();
    QLineEdit *editor = shown<QLineEdit>(QStringLiteral("savedSearchNameEditor"));
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("B"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(!shown<QLineEdit>(QStringLiteral("savedSearchNameEditor")));

    // The Menu key opens it for the current row; Delete… asks first.
    QVERIFY(m_sidebar->selectView(keyOf(*saved, 2)));
    QContextMenuEvent keyboard(QContextMenuEvent::Keyboard, QPoint(), QPoint());
    QApplication::sendEvent(list, &keyboard);
    QTRY_VERIFY(shown<QMenu>(QStringLiteral("savedSearchMenu")));
    menu = shown<QMenu>(QStringLiteral("savedSearchMenu"));
    QAction *remove = menu->findChild<QAction *>(QStringLiteral("deleteSavedSearch"));
    QVERIFY(remove);
    menu->hide();
    remove->trigger();
    QMessageBox *dialog = shown<QMessageBox>(QStringLiteral("deleteSavedSearchDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->text().contains(QStringLiteral("“C”")));
    dialog->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!shown<QMessageBox>(QStringLiteral("deleteSavedSearchDialog")));
    QCOMPARE(saved->rowCount(), 3);

    // Views have no such menu.
    const QRect view = list->visualRect(model->index(model->rowOfKey(QStringLiteral("all"))));
    QContextMenuEvent onView(QContextMenuEvent::Mouse, view.center(),
                             list->viewport()->mapToGlobal(view.center()));
    QApplication::sendEvent(list->viewport(), &onView);
    QTRY_VERIFY(!shown<QMenu>(QStringLiteral("savedSearchMenu")));
}

QTEST_MAIN(TestViewSidebar)
#include "tst_viewsidebar.moc"
