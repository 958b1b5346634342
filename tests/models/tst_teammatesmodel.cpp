#include "models/referenceroles.h"
#include "models/store/referencerepository.h"
#include "models/storechanges.h"
#include "models/teammatesmodel.h"

#include "storefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using models::TeammatesModel;

using storetest::admin;
using storetest::team;

/// Teammates with their email, avatar, away mode and teams; live from the reference data.
class TestTeammatesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rolesAndOrder();
    void awayModeChangeIsOneDataChanged();

private:
    bool storeAdmins(models::Database &db, const QList<api::Admin> &admins);
};

void TestTeammatesModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

bool TestTeammatesModel::storeAdmins(models::Database &db, const QList<api::Admin> &admins)
{
    return models::ReferenceRepository(db).replaceAdmins(admins);
}

void TestTeammatesModel::rolesAndOrder()
{
    storetest::TempStore store;
    models::StoreChanges changes;
    api::Admin zoe = admin(QStringLiteral("a1"), QStringLiteral("Zoë"), QStringLiteral("zoe@x.io"));
    zoe.avatarUrl = QStringLiteral("https://static.example/zoe.png");
    zoe.awayModeEnabled = true;
    QVERIFY(storeAdmins(store.db(), {zoe, admin(QStringLiteral("a2"), QStringLiteral("adam"), {}),
                                     admin(QStringLiteral("a3"), {}, QStringLiteral("bot@x.io"))}));
    QVERIFY(models::ReferenceRepository(store.db())
                .replaceTeams({team(QStringLiteral("t1"), QStringLiteral("Billing"),
                                    {QStringLiteral("a1")})}));
    TeammatesModel model(store.db(), &changes);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(model.rowCount(), 3);
    // A teammate without a name shows (and sorts by) the email.
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("adam"));
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("bot@x.io"));
    const QModelIndex z = model.index(model.rowOf(QStringLiteral("a1")));
    QCOMPARE(z.row(), 2);
    QCOMPARE(z.data(models::AdminEmailRole).toString(), QStringLiteral("zoe@x.io"));
    QCOMPARE(z.data(models::AdminAvatarUrlRole).toUrl(),
             QUrl(QStringLiteral("https://static.example/zoe.png")));
    QCOMPARE(z.data(models::AdminIsAwayRole).toBool(), true);
    QCOMPARE(z.data(models::AdminTeamIdsRole).toStringList(), QStringList{QStringLiteral("t1")});
    QVERIFY(!model.index(0).data(models::AdminAvatarUrlRole).toUrl().isValid());
    QVERIFY(!z.data(models::TeamMemberCountRole).isValid());
    QCOMPARE(model.roleNames().value(models::AdminEmailRole), QByteArray("email"));
}

void TestTeammatesModel::awayModeChangeIsOneDataChanged()
{
    storetest::TempStore store;
    models::StoreChanges changes;
    QList<api::Admin> admins{admin(QStringLiteral("a1"), QStringLiteral("Ann"), {}),
                             admin(QStringLiteral("a2"), QStringLiteral("Ben"), {}),
                             admin(QStringLiteral("a3"), QStringLiteral("Cy"), {})};
    QVERIFY(storeAdmins(store.db(), admins));
    TeammatesModel model(store.db(), &changes);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    admins[1].awayModeEnabled = true;
    QVERIFY(storeAdmins(store.db(), admins));
    changes.notifyReferenceDataChanged();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
    QCOMPARE(model.index(1).data(models::AdminIsAwayRole).toBool(), true);
    QCOMPARE(reset.count(), 0);

    QVERIFY(storeAdmins(store.db(), {}));
    changes.notifyReferenceDataChanged();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestTeammatesModel)
#include "tst_teammatesmodel.moc"
