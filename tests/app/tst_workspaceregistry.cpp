#include "app/workspaces/workspaceregistry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using app::WorkspaceProfile;
using app::WorkspaceRegistry;

namespace {

constexpr QFileDevice::Permissions userOnlyDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                 | QFileDevice::ExeOwner | QFileDevice::ReadUser
                                                 | QFileDevice::WriteUser | QFileDevice::ExeUser;
constexpr QFileDevice::Permissions userOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                  | QFileDevice::ReadUser | QFileDevice::WriteUser;

WorkspaceProfile profile(const QString &workspaceId, const QString &adminId)
{
    WorkspaceProfile p;
    p.workspaceId = workspaceId;
    p.adminId = adminId;
    p.workspaceName = QStringLiteral("Workspace ") + workspaceId;
    p.teammateName = QStringLiteral("Teammate ") + adminId;
    p.email = adminId + QStringLiteral("@example.com");
    return p;
}

void writeFile(const QString &path, const QByteArray &content = "x")
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(content);
}

QStringList ids(const WorkspaceRegistry &registry)
{
    QStringList result;
    for (const WorkspaceProfile &p : registry.workspaces())
        result.append(p.id);
    return result;
}

} // namespace

/// The list of workspaces on disk, its order and current entry, and each workspace's folder.
class TestWorkspaceRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void roundTrip();
    void updateInPlace();
    void rejectsUnsafeIds();
    void ordering();
    void removeMovesCurrent();
    void fileIsPrivate();
    void damagedFileIgnoresBadEntries();
    void storeFolderIsPrivate();
    void forgetLocalDataDeletesOnlyThatWorkspace();
    void forgetLocalDataStaysInside();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ini;
    QString m_data;
};

void TestWorkspaceRegistry::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ini = m_dir->filePath(QStringLiteral("config/Triage/workspaces.ini"));
    m_data = m_dir->filePath(QStringLiteral("data/Triage/workspaces"));
}

void TestWorkspaceRegistry::cleanup()
{
    m_dir.reset();
}

void TestWorkspaceRegistry::roundTrip()
{
    WorkspaceProfile eu = profile(QStringLiteral("eu1"), QStringLiteral("7"));
    eu.region = WorkspaceProfile::Region::EU;
    WorkspaceProfile custom = profile(QStringLiteral("sbx"), QStringLiteral("1"));
    custom.region = WorkspaceProfile::Region::Custom;
    custom.customBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    WorkspaceProfile demo = profile(QStringLiteral("demo"), QStringLiteral("1"));
    demo.id = QStringLiteral("demo-seed1-n500"); // an explicit id is kept as given
    demo.demo = true;
    {
        WorkspaceRegistry registry(m_ini, m_data);
        QVERIFY(registry.isEmpty());
        QVERIFY(registry.currentId().isEmpty());
        QSignalSpy changed(&registry, &WorkspaceRegistry::workspacesChanged);
        QCOMPARE(registry.addOrUpdate(eu), QStringLiteral("eu1-7"));
        QCOMPARE(registry.addOrUpdate(custom), QStringLiteral("127.0.0.1_8080-sbx-1"));
        QCOMPARE(registry.addOrUpdate(demo), QStringLiteral("demo-seed1-n500"));
        QCOMPARE(changed.count(), 3);
        QVERIFY(registry.setCurrentId(QStringLiteral("127.0.0.1_8080-sbx-1")));
        QVERIFY(registry.lastSaveSucceeded());
    }
    WorkspaceRegistry reloaded(m_ini, m_data);
    QCOMPARE(reloaded.count(), 3);
    eu.id = eu.makeId();
    custom.id = custom.makeId();
    QCOMPARE(reloaded.at(0), eu);
    QCOMPARE(reloaded.at(1), custom);
    QCOMPARE(reloaded.at(2), demo);
    QCOMPARE(reloaded.currentId(), custom.id);
    QCOMPARE(reloaded.current(), custom);
    QVERIFY(!reloaded.at(3).isValid());
    QVERIFY(!reloaded.at(-1).isValid());
    QVERIFY(!reloaded.workspace(QStringLiteral("nope")).isValid());
}

void TestWorkspaceRegistry::updateInPlace()
{
    WorkspaceRegistry registry(m_ini, m_data);
    const QString a = registry.addOrUpdate(profile(QStringLiteral("a"), QStringLiteral("1")));
    registry.addOrUpdate(profile(QStringLiteral("b"), QStringLiteral("1")));
    QSignalSpy changed(&registry, &WorkspaceRegistry::workspacesChanged);

    WorkspaceProfile renamed = registry.workspace(a);
    QCOMPARE(registry.addOrUpdate(renamed), a);
    QCOMPARE(changed.count(), 0); // nothing changed, nothing said

    renamed.workspaceName = QStringLiteral("Renamed");
    QCOMPARE(registry.addOrUpdate(renamed), a);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(registry.count(), 2);
    QCOMPARE(registry.indexOf(a), 0);
    QCOMPARE(WorkspaceRegistry(m_ini, m_data).workspace(a).workspaceName,
             QStringLiteral("Renamed"));
}

void TestWorkspaceRegistry::rejectsUnsafeIds()
{
    WorkspaceRegistry registry(m_ini, m_data);
    QSignalSpy changed(&registry, &WorkspaceRegistry::workspacesChanged);
    for (const char *id : {"..", "../elsewhere", "a/b", ".hidden"}) {
        WorkspaceProfile p = profile(QStringLiteral("w"), QStringLiteral("1"));
        p.id = QLatin1String(id);
        QVERIFY2(registry.addOrUpdate(p).isEmpty(), id);
    }
    QVERIFY(registry.isEmpty());
    QCOMPARE(changed.count(), 0);
    QVERIFY(!registry.setCurrentId(QStringLiteral("unknown")));
}

void TestWorkspaceRegistry::ordering()
{
    WorkspaceRegistry registry(m_ini, m_data);
    for (const char *w : {"a", "b", "c", "d"})
        registry.addOrUpdate(profile(QLatin1String(w), QStringLiteral("1")));
    QCOMPARE(ids(registry), QStringList({"a-1", "b-1", "c-1", "d-1"}));

    QSignalSpy changed(&registry, &WorkspaceRegistry::workspacesChanged);
    QVERIFY(registry.move(QStringLiteral("d-1"), 0));
    QCOMPARE(ids(registry), QStringList({"d-1", "a-1", "b-1", "c-1"}));
    QVERIFY(registry.move(QStringLiteral("a-1"), 99)); // clamped to the end
    QCOMPARE(ids(registry), QStringList({"d-1", "b-1", "c-1", "a-1"}));
    QVERIFY(registry.move(QStringLiteral("a-1"), 3)); // already there
    QVERIFY(!registry.move(QStringLiteral("z-1"), 0));
    QCOMPARE(changed.count(), 2);

    // Ctrl+2 opens the second one, also after a restart.
    WorkspaceRegistry reloaded(m_ini, m_data);
    QCOMPARE(ids(reloaded), ids(registry));
    QCOMPARE(reloaded.at(1).id, QStringLiteral("b-1"));
}

void TestWorkspaceRegistry::removeMovesCurrent()
{
    WorkspaceRegistry registry(m_ini, m_data);
    for (const char *w : {"a", "b", "c"})
        registry.addOrUpdate(profile(QLatin1String(w), QStringLiteral("1")));
    QVERIFY(registry.setCurrentId(QStringLiteral("b-1")));
    QSignalSpy current(&registry, &WorkspaceRegistry::currentChanged);
    QSignalSpy changed(&registry, &WorkspaceRegistry::workspacesChanged);

    QVERIFY(registry.remove(QStringLiteral("c-1"))); // not current: current stays
    QCOMPARE(current.count(), 0);
    QVERIFY(registry.remove(QStringLiteral("b-1")));
    QCOMPARE(current.count(), 1);
    QCOMPARE(current.last().constFirst().toString(), QStringLiteral("a-1"));
    QCOMPARE(registry.currentId(), QStringLiteral("a-1"));
    QVERIFY(!registry.remove(QStringLiteral("b-1")));
    QVERIFY(registry.remove(QStringLiteral("a-1")));
    QVERIFY(registry.currentId().isEmpty());
    QCOMPARE(changed.count(), 3);
    QVERIFY(WorkspaceRegistry(m_ini, m_data).isEmpty());
}

void TestWorkspaceRegistry::fileIsPrivate()
{
    WorkspaceRegistry registry(m_ini, m_data);
    registry.addOrUpdate(profile(QStringLiteral("a"), QStringLiteral("1")));
    QCOMPARE(QFile::permissions(m_ini), userOnlyFile);
    // The folders it had to create are the user's only; existing ones are left as they are.
    QCOMPARE(QFile::permissions(QFileInfo(m_ini).absolutePath()), userOnlyDir);
    QCOMPARE(QFile::permissions(m_dir->filePath(QStringLiteral("config"))), userOnlyDir);

    // A file left with a looser mode is tightened at the next save.
    QFile::setPermissions(m_ini, userOnlyFile | QFileDevice::ReadOther | QFileDevice::ReadGroup);
    registry.addOrUpdate(profile(QStringLiteral("b"), QStringLiteral("1")));
    QCOMPARE(QFile::permissions(m_ini), userOnlyFile);
}

void TestWorkspaceRegistry::damagedFileIgnoresBadEntries()
{
    QDir().mkpath(QFileInfo(m_ini).absolutePath());
    writeFile(m_ini, "[General]\ncurrent=../../etc\n"
                     "[workspaces]\nsize=3\n"
                     "1\\id=../../etc\n1\\workspaceId=evil\n"
                     "2\\id=good-1\n2\\workspaceId=good\n2\\region=42\n"
                     "3\\id=good-1\n3\\workspaceId=duplicate\n");
    WorkspaceRegistry registry(m_ini, m_data);
    QCOMPARE(ids(registry), QStringList{QStringLiteral("good-1")});
    QCOMPARE(registry.at(0).workspaceId, QStringLiteral("good"));
    QCOMPARE(registry.at(0).region, WorkspaceProfile::Region::US);
    QCOMPARE(registry.currentId(), QStringLiteral("good-1"));
}

void TestWorkspaceRegistry::storeFolderIsPrivate()
{
    WorkspaceRegistry registry(m_ini, m_data);
    WorkspaceProfile p = registry.workspace(
        registry.addOrUpdate(profile(QStringLiteral("a"), QStringLiteral("1"))));
    const QString folder = QDir(m_data).filePath(QStringLiteral("a-1"));
    QCOMPARE(registry.storeFolderFor(p), folder);
    QCOMPARE(registry.storePathFor(p), folder + QStringLiteral("/store.sqlite"));
    QCOMPARE(registry.windowSettingsPathFor(p), folder + QStringLiteral("/window.ini"));

    QString error;
    QVERIFY2(registry.prepareStoreFolder(p, &error), qPrintable(error));
    QCOMPARE(QFile::permissions(folder), userOnlyDir);
    QCOMPARE(QFile::permissions(m_data), userOnlyDir); // created here, so restricted too
    QCOMPARE(QFile::permissions(QFileInfo(m_data).absolutePath()), userOnlyDir);

    // An existing workspace folder with a loose mode is tightened.
    QFile::setPermissions(folder, userOnlyDir | QFileDevice::ReadOther | QFileDevice::ExeOther);
    QVERIFY2(registry.prepareStoreFolder(p, &error), qPrintable(error));
    QCOMPARE(QFile::permissions(folder), userOnlyDir);

    p.id = QStringLiteral("../x");
    QVERIFY(!registry.prepareStoreFolder(p, &error));
    QVERIFY(!error.isEmpty());
}

void TestWorkspaceRegistry::forgetLocalDataDeletesOnlyThatWorkspace()
{
    WorkspaceRegistry registry(m_ini, m_data);
    const WorkspaceProfile a = registry.workspace(
        registry.addOrUpdate(profile(QStringLiteral("a"), QStringLiteral("1"))));
    const WorkspaceProfile b = registry.workspace(
        registry.addOrUpdate(profile(QStringLiteral("b"), QStringLiteral("1"))));
    QString error;
    for (const WorkspaceProfile &p : {a, b}) {
        QVERIFY2(registry.prepareStoreFolder(p, &error), qPrintable(error));
        for (const char *suffix : {"", "-wal", "-shm"})
            writeFile(registry.storePathFor(p) + QLatin1String(suffix));
        writeFile(registry.windowSettingsPathFor(p));
    }

    QVERIFY2(registry.forgetLocalData(a.id, &error), qPrintable(error));
    QVERIFY(!QFileInfo::exists(registry.storeFolderFor(a)));
    QVERIFY(QFileInfo::exists(registry.storePathFor(b)));
    QVERIFY(QFileInfo::exists(registry.storePathFor(b) + QLatin1String("-wal")));
    QVERIFY(QFileInfo::exists(registry.windowSettingsPathFor(b)));
    QVERIFY(QFileInfo::exists(m_ini));
    QCOMPARE(registry.count(), 2); // the entry is the caller's to remove

    QVERIFY2(registry.forgetLocalData(a.id, &error), qPrintable(error)); // already gone: fine
}

void TestWorkspaceRegistry::forgetLocalDataStaysInside()
{
    WorkspaceRegistry registry(m_ini, m_data);
    QString error;
    QVERIFY(QDir().mkpath(m_data));
    const QString outside = m_dir->filePath(QStringLiteral("outside"));
    QVERIFY(QDir().mkpath(outside));
    writeFile(outside + QStringLiteral("/keep.txt"));
    writeFile(m_dir->filePath(QStringLiteral("data/Triage/sibling.txt")));

    for (const char *id : {"..", ".", "", "../outside", "a/../.."}) {
        error.clear();
        QVERIFY2(!registry.forgetLocalData(QLatin1String(id), &error), id);
        QVERIFY(!error.isEmpty());
    }
    // A link in the data root is removed, never followed.
    const QString link = QDir(m_data).filePath(QStringLiteral("linked-1"));
    QVERIFY(QFile::link(outside, link));
    QVERIFY2(registry.forgetLocalData(QStringLiteral("linked-1"), &error), qPrintable(error));
    QVERIFY(!QFileInfo(link).isSymLink());
    QVERIFY(QFileInfo::exists(outside + QStringLiteral("/keep.txt")));
    QVERIFY(QFileInfo::exists(m_dir->filePath(QStringLiteral("data/Triage/sibling.txt"))));

    // A plain file where a folder should be is not ours to delete.
    writeFile(QDir(m_data).filePath(QStringLiteral("file-1")));
    QVERIFY(!registry.forgetLocalData(QStringLiteral("file-1"), &error));
    QVERIFY(QFileInfo::exists(QDir(m_data).filePath(QStringLiteral("file-1"))));
}

QTEST_GUILESS_MAIN(TestWorkspaceRegistry)
#include "tst_workspaceregistry.moc"
