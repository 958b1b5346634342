#include "app/workspaces/workspaceprofile.h"
#include "app/workspaces/workspacestorage.h"

#include <QTest>

using app::WorkspaceProfile;
using app::WorkspaceStorage;
using Region = WorkspaceProfile::Region;

/// The profile's derived id and region names, and the folder-name rule they rely on.
class TestWorkspaceProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void makeId_data();
    void makeId();
    void regionNames();
    void folderKey_data();
    void folderKey();
    void displayNameAndBaseUrl();
};

void TestWorkspaceProfile::makeId_data()
{
    QTest::addColumn<QString>("workspaceId");
    QTest::addColumn<QString>("adminId");
    QTest::addColumn<int>("region");
    QTest::addColumn<QString>("customUrl");
    QTest::addColumn<bool>("demo");
    QTest::addColumn<QString>("expected");

    QTest::newRow("region/us") << "abc123"
                               << "991" << int(Region::US) << "" << false << "abc123-991";
    QTest::newRow("region/eu") << "abc123"
                               << "991" << int(Region::EU) << "" << false << "abc123-991";
    QTest::newRow("custom/https") << "abc123"
                                  << "991" << int(Region::Custom) << "https://proxy.example.com/api"
                                  << false << "proxy.example.com_443-abc123-991";
    QTest::newRow("custom/port") << "sbx"
                                 << "1" << int(Region::Custom) << "http://127.0.0.1:8080" << false
                                 << "127.0.0.1_8080-sbx-1";
    QTest::newRow("demo/ignores-port")
        << "sbx"
        << "1" << int(Region::Custom) << "http://127.0.0.1:41234" << true << "demo-sbx-1";
    QTest::newRow("unsafe/slashes") << "../x"
                                    << "a/b" << int(Region::US) << "" << false << "_.._x-a_b";
}

void TestWorkspaceProfile::makeId()
{
    QFETCH(QString, workspaceId);
    QFETCH(QString, adminId);
    QFETCH(int, region);
    QFETCH(QString, customUrl);
    QFETCH(bool, demo);
    QFETCH(QString, expected);

    WorkspaceProfile profile;
    profile.workspaceId = workspaceId;
    profile.adminId = adminId;
    profile.region = Region(region);
    profile.customBaseUrl = QUrl(customUrl);
    profile.demo = demo;
    QCOMPARE(profile.makeId(), expected);
    QVERIFY(WorkspaceStorage::isFolderKey(profile.makeId()));
}

void TestWorkspaceProfile::regionNames()
{
    for (const Region region : {Region::US, Region::EU, Region::AU, Region::Custom})
        QCOMPARE(WorkspaceProfile::regionFromName(WorkspaceProfile::regionName(region)), region);
    QCOMPARE(WorkspaceProfile::regionFromName(QStringLiteral("EU")), Region::EU);
    QCOMPARE(WorkspaceProfile::regionFromName(QStringLiteral("mars")), Region::US);
    QCOMPARE(WorkspaceProfile::regionFromName(QString()), Region::US);
}

void TestWorkspaceProfile::folderKey_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("key");
    QTest::newRow("plain") << "abc-1_2.3"
                           << "abc-1_2.3";
    QTest::newRow("empty") << ""
                           << "_";
    QTest::newRow("dot") << "."
                         << "_.";
    QTest::newRow("dotdot") << ".."
                            << "_..";
    QTest::newRow("hidden") << ".config"
                            << "_.config";
    QTest::newRow("separators") << "a/b\\c"
                                << "a_b_c";
    QTest::newRow("unicode") << QStringLiteral("café 1") << "caf__1";
}

void TestWorkspaceProfile::folderKey()
{
    QFETCH(QString, raw);
    QFETCH(QString, key);
    QCOMPARE(WorkspaceStorage::folderKey(raw), key);
    QVERIFY(WorkspaceStorage::isFolderKey(key));
    QCOMPARE(WorkspaceStorage::isFolderKey(raw), raw == key);
}

void TestWorkspaceProfile::displayNameAndBaseUrl()
{
    WorkspaceProfile profile;
    profile.workspaceId = QStringLiteral("abc123");
    QCOMPARE(profile.displayName(), QStringLiteral("abc123"));
    profile.workspaceName = QStringLiteral("Acme Support");
    QCOMPARE(profile.displayName(), QStringLiteral("Acme Support"));

    profile.region = Region::EU;
    QCOMPARE(profile.baseUrl(), QUrl(QStringLiteral("https://api.eu.intercom.io")));
    profile.region = Region::Custom;
    profile.customBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/"));
    QCOMPARE(profile.baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:8080")));
}

QTEST_GUILESS_MAIN(TestWorkspaceProfile)
#include "tst_workspaceprofile.moc"
