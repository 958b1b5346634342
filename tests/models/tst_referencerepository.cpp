#include "storefixture.h"

#include "models/store/referencerepository.h"

using namespace models;

class TestReferenceRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void admins();
    void teamsAndMembers();
    void tags();
};

namespace {

api::Admin admin(const QString &id, const QString &name)
{
    api::Admin a;
    a.id = id;
    a.name = name;
    return a;
}

api::Team team(const QString &id, const QString &name, const QStringList &members)
{
    api::Team t;
    t.id = id;
    t.name = name;
    t.adminIds = members;
    return t;
}

} // namespace

void TestReferenceRepository::admins()
{
    storetest::TempStore store;
    ReferenceRepository repo(store.db());
    api::Admin full = admin(QStringLiteral("1"), QStringLiteral("Zoë Ångström"));
    full.email = QStringLiteral("zoe@example.com");
    full.jobTitle = QStringLiteral("Support lead");
    full.avatarUrl = QStringLiteral("https://img.test/z.png");
    full.awayModeEnabled = true;
    full.awayModeReassign = true;
    full.hasInboxSeat = true;
    full.rawJson = QJsonObject{{QStringLiteral("id"), QStringLiteral("1")}};
    api::Admin bare = admin(QStringLiteral("2"), QString());
    QVERIFY(repo.replaceAdmins({full, bare, admin(QStringLiteral("3"), QStringLiteral("Bob"))}));
    const QList<api::Admin> all = repo.admins();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).id, QStringLiteral("2")); // by name: "" < Bob < Zoë
    QCOMPARE(all.at(1).name, QStringLiteral("Bob"));
    const auto z = repo.admin(QStringLiteral("1"));
    QVERIFY(z.has_value());
    QCOMPARE(z->name, full.name);
    QCOMPARE(z->email, full.email);
    QCOMPARE(z->jobTitle, full.jobTitle);
    QCOMPARE(z->avatarUrl, full.avatarUrl);
    QVERIFY(z->awayModeEnabled && z->awayModeReassign && z->hasInboxSeat);
    QCOMPARE(z->rawJson, full.rawJson);
    QVERIFY(repo.admin(QStringLiteral("2"))->email.isEmpty());

    // A new full list removes who left.
    QVERIFY(repo.replaceAdmins({admin(QStringLiteral("1"), QStringLiteral("Zoe"))}));
    QCOMPARE(repo.admins().size(), 1);
    QCOMPARE(repo.admins().at(0).name, QStringLiteral("Zoe"));
    QVERIFY(!repo.admin(QStringLiteral("3")).has_value());
}

void TestReferenceRepository::teamsAndMembers()
{
    storetest::TempStore store;
    ReferenceRepository repo(store.db());
    QVERIFY(repo.replaceAdmins({admin(QStringLiteral("a1"), QStringLiteral("A"))}));
    QVERIFY(repo.replaceTeams(
        {team(QStringLiteral("t1"), QStringLiteral("Billing"),
              {QStringLiteral("a1"), QStringLiteral("a2")}),
         team(QStringLiteral("t2"), QStringLiteral("Abuse"), {QStringLiteral("a1")})}));
    QCOMPARE(repo.teams().size(), 2);
    QCOMPARE(repo.teams().at(0).name, QStringLiteral("Abuse"));
    QCOMPARE(repo.team(QStringLiteral("t1"))->adminIds,
             (QStringList{QStringLiteral("a1"), QStringLiteral("a2")}));
    QCOMPARE(repo.teamIdsOf(QStringLiteral("a1")),
             (QStringList{QStringLiteral("t1"), QStringLiteral("t2")}));
    QCOMPARE(repo.admin(QStringLiteral("a1"))->teamIds,
             (QStringList{QStringLiteral("t1"), QStringLiteral("t2")}));

    QVERIFY(repo.replaceTeams(
        {team(QStringLiteral("t1"), QStringLiteral("Billing"), {QStringLiteral("a2")})}));
    QCOMPARE(repo.teamIdsOf(QStringLiteral("a1")), QStringList{});
    QVERIFY(!repo.team(QStringLiteral("t2")).has_value());
    QCOMPARE(store.db().scalar(QStringLiteral("SELECT COUNT(*) FROM team_members")).toInt(), 1);
}

void TestReferenceRepository::tags()
{
    storetest::TempStore store;
    ReferenceRepository repo(store.db());
    QVERIFY(repo.replaceTags({storetest::tag(QStringLiteral("1"), QStringLiteral("vip")),
                              storetest::tag(QStringLiteral("2"), QStringLiteral("Bug"))}));
    QCOMPARE(repo.tags().size(), 2);
    QCOMPARE(repo.tags().at(0).name, QStringLiteral("Bug"));
    QVERIFY(repo.upsertTag(storetest::tag(QStringLiteral("3"), QStringLiteral("new"))));
    QVERIFY(!repo.upsertTag(storetest::tag(QString(), QStringLiteral("no id"))));
    QCOMPARE(repo.tags().size(), 3);
    QVERIFY(repo.replaceTags({storetest::tag(QStringLiteral("2"), QStringLiteral("bug"))}));
    QCOMPARE(repo.tags().size(), 1);
    QCOMPARE(repo.tags().at(0).name, QStringLiteral("bug"));
    QVERIFY(repo.replaceTags({}));
    QVERIFY(repo.tags().isEmpty());
}

QTEST_GUILESS_MAIN(TestReferenceRepository)
#include "tst_referencerepository.moc"
