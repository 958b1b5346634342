#include "storefixture.h"

#include "models/search/savedsearchesmodel.h"
#include "models/search/savedsearchroles.h"
#include "models/store/savedsearchrepository.h"
#include "models/viewroles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace models;

class TestSavedSearches : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void repositoryKeepsOrder();
    void repositoryRefusesBlankNamesAndUnknownIds();
    void modelShowsNamesAndQueries();
    void modelRenames();
    void modelMoves_data();
    void modelMoves();
    void modelRemoves();
    void survivesReopening();
    void viewKeysSurviveRenames();

private:
    static QStringList names(const QAbstractItemModel &model);
    static void addThree(SavedSearchesModel &model);
};

QStringList TestSavedSearches::names(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row, 0).data().toString();
    return result;
}

void TestSavedSearches::addThree(SavedSearchesModel &model)
{
    QCOMPARE(model.addSearch(QStringLiteral("A"), QStringLiteral("is:open")), 0);
    QCOMPARE(model.addSearch(QStringLiteral("B"), QStringLiteral("assignee:me")), 1);
    QCOMPARE(model.addSearch(QStringLiteral("C"), QStringLiteral("tag:vip")), 2);
}

void TestSavedSearches::repositoryKeepsOrder()
{
    storetest::TempStore store;
    SavedSearchRepository repository(store.db());
    const auto a = repository.add(QStringLiteral(" A "), QStringLiteral("is:open"), 10);
    const auto b = repository.add(QStringLiteral("B"), QStringLiteral("is:closed"), 20);
    const auto c = repository.add(QStringLiteral("C"), QStringLiteral("refund"), 30);
    QVERIFY(a && b && c);
    QCOMPARE(a->name, QStringLiteral("A")); // trimmed
    QCOMPARE(c->position, 2);
    QVERIFY(repository.move(c->id, 0));
    QList<SavedSearch> list = repository.list();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).id, c->id);
    QCOMPARE(list.at(1).id, a->id);
    QCOMPARE(list.at(2).position, 2);
    QVERIFY(repository.remove(a->id));
    list = repository.list();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(1).id, b->id);
    QCOMPARE(list.at(1).position, 1); // dense again
    QVERIFY(repository.setQuery(b->id, QStringLiteral("is:snoozed")));
    QCOMPARE(repository.find(b->id)->query, QStringLiteral("is:snoozed"));
    QCOMPARE(repository.find(b->id)->createdAt, 20);
    QVERIFY(repository.move(b->id, 99)); // clamped to the end: already there
    QCOMPARE(repository.list().constLast().id, b->id);
}

void TestSavedSearches::repositoryRefusesBlankNamesAndUnknownIds()
{
    storetest::TempStore store;
    SavedSearchRepository repository(store.db());
    QVERIFY(!repository.add(QStringLiteral("  "), QStringLiteral("x")));
    QVERIFY(!repository.rename(42, QStringLiteral("x")));
    QVERIFY(!repository.remove(42));
    QVERIFY(!repository.move(42, 0));
    QVERIFY(!repository.find(42));
    const auto a = repository.add(QStringLiteral("A"), QStringLiteral("x"));
    QVERIFY(a);
    QVERIFY(!repository.rename(a->id, QString()));
    QCOMPARE(repository.find(a->id)->name, QStringLiteral("A"));
}

void TestSavedSearches::modelShowsNamesAndQueries()
{
    storetest::TempStore store;
    SavedSearchesModel model(store.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    addThree(model);
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(names(model), (QStringList{"A", "B", "C"}));
    const QModelIndex b = model.index(1, 0);
    QCOMPARE(b.data(SavedSearchQueryRole).toString(), QStringLiteral("assignee:me"));
    QCOMPARE(b.data(Qt::ToolTipRole).toString(), QStringLiteral("assignee:me"));
    QVERIFY(b.data(SavedSearchIdRole).toLongLong() > 0);
    QVERIFY(b.data(Qt::AccessibleTextRole).toString().contains(QLatin1String("B")));
    QVERIFY(model.flags(b) & Qt::ItemIsEditable);
    QCOMPARE(model.addSearch(QStringLiteral(" "), QStringLiteral("x")), -1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.roleNames().value(SavedSearchQueryRole), QByteArray("query"));
}

void TestSavedSearches::modelRenames()
{
    storetest::TempStore store;
    SavedSearchesModel model(store.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    addThree(model);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(model.index(2, 0), QStringLiteral("VIPs")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 2);
    QVERIFY(!model.setData(model.index(2, 0), QString()));
    QVERIFY(!model.setData(model.index(2, 0), QStringLiteral("x"), Qt::DisplayRole));
    QVERIFY(model.setSearchQuery(2, QStringLiteral("tag:vip is:open")));
    QCOMPARE(SavedSearchRepository(store.db()).list().at(2).name, QStringLiteral("VIPs"));
    QCOMPARE(SavedSearchRepository(store.db()).list().at(2).query,
             QStringLiteral("tag:vip is:open"));
}

void TestSavedSearches::modelMoves_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QStringList>("order");
    QTest::newRow("move/first-to-last") << 0 << 2 << QStringList{"B", "C", "A"};
    QTest::newRow("move/last-to-first") << 2 << 0 << QStringList{"C", "A", "B"};
    QTest::newRow("move/down-one") << 0 << 1 << QStringList{"B", "A", "C"};
    QTest::newRow("move/up-one") << 2 << 1 << QStringList{"A", "C", "B"};
}

void TestSavedSearches::modelMoves()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QStringList, order);
    storetest::TempStore store;
    SavedSearchesModel model(store.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    addThree(model);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QVERIFY(model.moveSearch(from, to));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(names(model), order);
    SavedSearchesModel reread(store.db());
    QCOMPARE(names(reread), order);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(reread.searchAt(row).position, row);
}

void TestSavedSearches::modelRemoves()
{
    storetest::TempStore store;
    SavedSearchesModel model(store.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    addThree(model);
    const qint64 cId = model.searchAt(2).id;
    QVERIFY(model.removeSearch(0));
    QCOMPARE(names(model), (QStringList{"B", "C"}));
    QCOMPARE(model.rowOfId(cId), 1);
    QVERIFY(!model.removeSearch(5));
    QCOMPARE(SavedSearchRepository(store.db()).list().size(), 2);
}

void TestSavedSearches::survivesReopening()
{
    storetest::TempStore store;
    {
        SavedSearchesModel model(store.db());
        addThree(model);
        QVERIFY(model.moveSearch(1, 0));
    }
    auto again = store.openAnother();
    SavedSearchesModel model(*again);
    QCOMPARE(names(model), (QStringList{"B", "A", "C"}));
}

QTEST_GUILESS_MAIN(TestSavedSearches)
void TestSavedSearches::viewKeysSurviveRenames()
{
    storetest::TempStore store;
    SavedSearchesModel model(store.db());
    addThree(model);
    const QModelIndex b = model.index(1, 0);
    const QString key = b.data(ViewKeyRole).toString();
    QCOMPARE(key, SavedSearchesModel::viewKey(b.data(SavedSearchIdRole).toLongLong()));
    QVERIFY(key.startsWith(QLatin1String("saved:")));
    QCOMPARE(b.data(ViewNameRole).toString(), QStringLiteral("B"));
    // The sidebar's roles and the model's own do not overlap.
    QVERIFY(b.data(ViewKeyRole) != b.data(SavedSearchIdRole));
    QVERIFY(!b.data(ViewFilterRole).isValid());
    QVERIFY(!b.data(ViewCountRole).isValid());

    QVERIFY(model.renameSearch(1, QStringLiteral("Bee")));
    QCOMPARE(model.index(1, 0).data(ViewKeyRole).toString(), key);
    QCOMPARE(model.rowOfViewKey(key), 1);
    QVERIFY(model.moveSearch(1, 0));
    QCOMPARE(model.rowOfViewKey(key), 0);
    QCOMPARE(model.rowOfViewKey(QStringLiteral("saved:999")), -1);
    QCOMPARE(model.rowOfViewKey(QStringLiteral("saved:x")), -1);
    QCOMPARE(model.rowOfViewKey(QStringLiteral("mine")), -1);
    QVERIFY(model.removeSearch(0));
    QCOMPARE(model.rowOfViewKey(key), -1);
}

#include "tst_savedsearches.moc"
