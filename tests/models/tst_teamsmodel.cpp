#include "models/referenceroles.h"
#include "models/store/referencerepository.h"
#include "models/storechanges.h"
#include "models/teamsmodel.h"

#include "storefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using models::TeamsModel;
using storetest::team;

/// Teams with their members, sorted by name; membership changes update one row.
class TestTeamsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void membersAndLiveChanges();
    void withoutChangesNotifierStaysAsRead();
};

void TestTeamsModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestTeamsModel::membersAndLiveChanges()
{
    storetest::TempStore store;
    models::StoreChanges changes;
    models::ReferenceRepository references(store.db());
    QList<api::Team> teams{
        team(QStringLiteral("t1"), QStringLiteral("Support"),
             {QStringLiteral("a1"), QStringLiteral("a2")}),
        team(QStringLiteral("t2"), QStringLiteral("billing"), {}),
        team(QStringLiteral("t3"), QStringLiteral("Sales"), {QStringLiteral("a3")})};
    QVERIFY(references.replaceTeams(teams));
    TeamsModel model(store.db(), &changes);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("billing"));
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("Sales"));
    const QModelIndex support = model.index(2);
    QCOMPARE(support.data(models::ReferenceIdRole).toString(), QStringLiteral("t1"));
    QCOMPARE(support.data(models::TeamMemberCountRole).toInt(), 2);
    QCOMPARE(support.data(models::TeamMemberIdsRole).toStringList(),
             (QStringList{QStringLiteral("a1"), QStringLiteral("a2")}));
    QCOMPARE(model.index(0).data(models::TeamMemberCountRole).toInt(), 0);
    QVERIFY(!support.data(models::AdminEmailRole).isValid());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    teams[1].adminIds = {QStringLiteral("a4")};
    QVERIFY(references.replaceTeams(teams));
    changes.notifyReferenceDataChanged();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(model.index(0).data(models::TeamMemberCountRole).toInt(), 1);

    // Renamed to sort last: one move.
    teams[1].name = QStringLiteral("Zebra desk");
    QVERIFY(references.replaceTeams(teams));
    changes.notifyReferenceDataChanged();
    QCOMPARE(moved.count(), 1);
    QCOMPARE(model.rowOf(QStringLiteral("t2")), 2);
    QCOMPARE(model.index(2).data().toString(), QStringLiteral("Zebra desk"));
}

void TestTeamsModel::withoutChangesNotifierStaysAsRead()
{
    storetest::TempStore store;
    QVERIFY(models::ReferenceRepository(store.db())
                .replaceTeams({team(QStringLiteral("t1"), QStringLiteral("Support"), {})}));
    TeamsModel model(store.db(), nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(models::ReferenceRepository(store.db()).replaceTeams({}));
    QCOMPARE(model.rowCount(), 1);
    model.refresh();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestTeamsModel)
#include "tst_teamsmodel.moc"
