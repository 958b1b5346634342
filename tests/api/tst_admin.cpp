#include "api/admin.h"
#include "api/tag.h"
#include "api/team.h"
#include "fixture.h"

#include <QTest>

class TestAdmin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void admin_data();
    void admin();
    void team();
    void tag_data();
    void tag();
};

void TestAdmin::admin_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("avatar");
    QTest::addColumn<bool>("away");
    QTest::addColumn<QStringList>("teams");
    QTest::addColumn<QString>("appIdCode");
    QTest::newRow("me/v2.16") << "admin/me.json"
                              << "814"
                              << "Jonas"
                              << "https://img.example.org/jonas.png" << false
                              << QStringList{"5", "6"} << "tx2p6ysb";
    QTest::newRow("admin/v2.15-int-id-avatar-string")
        << "admin/admin_v215.json"
        << "815"
        << "Kim"
        << "https://img.example.org/kim.png" << true << QStringList() << "";
}

void TestAdmin::admin()
{
    QFETCH(QString, fixture);
    const api::Admin admin = api::Admin::fromJson(loadFixture(fixture));
    QTEST(admin.id, "id");
    QTEST(admin.name, "name");
    QTEST(admin.avatarUrl, "avatar");
    QTEST(admin.awayModeEnabled, "away");
    QTEST(admin.teamIds, "teams");
    QTEST(admin.appIdCode, "appIdCode");
    QVERIFY(!admin.rawJson.isEmpty());
}

void TestAdmin::team()
{
    const api::Team team = api::Team::fromJson(loadFixture(QStringLiteral("admin/team.json")));
    QCOMPARE(team.id, QStringLiteral("5"));
    QCOMPARE(team.name, QStringLiteral("Billing"));
    // Integers and strings both count; null and objects are skipped.
    QCOMPARE(team.adminIds, (QStringList{"814", "815"}));
    QCOMPARE(team.rawJson.value(QLatin1String("distribution_method")).toString(),
             QStringLiteral("round_robin"));
}

void TestAdmin::tag_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("appliedAt");
    QTest::addColumn<QString>("appliedBy");
    QTest::newRow("tag/int-ids") << "admin/tag.json"
                                 << "17"
                                 << "billing" << qint64(1763000100) << "814";
    QTest::newRow("tag/nulls") << "admin/tag_nulls.json"
                               << ""
                               << "" << qint64(0) << "";
}

void TestAdmin::tag()
{
    QFETCH(QString, fixture);
    const api::Tag tag = api::Tag::fromJson(loadFixture(fixture));
    QTEST(tag.id, "id");
    QTEST(tag.name, "name");
    QTEST(tag.appliedAt, "appliedAt");
    QTEST(tag.appliedById, "appliedBy");
}

QTEST_GUILESS_MAIN(TestAdmin)
#include "tst_admin.moc"
