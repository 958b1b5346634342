#include "storefixture.h"

#include "models/store/conversationrepository.h"
#include "models/store/schema.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <sys/stat.h>

using namespace models;

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensAtLatestVersion();
    void pragmas();
    void permissions();
    void uniqueConnectionNames();
    void reopenKeepsData();
    void badFile_data();
    void badFile();
    void newerVersionRefused();
    void errorTexts_data();
    void errorTexts();
};

namespace {

int modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

} // namespace

void TestStore::opensAtLatestVersion()
{
    storetest::TempStore store;
    QVERIFY(store.db().isOpen());
    QCOMPARE(store.db().schemaVersion(), Schema::latestVersion());
    QVERIFY(!store.db().lastError());
    QCOMPARE(store.db().scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(),
             Schema::latestVersion());
}

void TestStore::pragmas()
{
    storetest::TempStore store;
    Database &db = store.db();
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
    QVERIFY(db.scalar(QStringLiteral("PRAGMA busy_timeout")).toInt() >= 1000);
    // FTS5 is compiled in.
    QVERIFY(db.scalar(QStringLiteral("SELECT sqlite_compileoption_used('ENABLE_FTS5')")).toInt()
            == 1);
}

void TestStore::permissions()
{
    // A permissive umask must not leak into the files: the store sets modes explicitly.
    const mode_t oldMask = ::umask(0);
    QTemporaryDir base;
    const QString folder = base.filePath(QStringLiteral("appdata/workspace-1"));
    const QString path = folder + QStringLiteral("/store.sqlite");
    {
        Database db;
        const StoreError error = db.open(path);
        QVERIFY2(!error, qPrintable(error.detail));
        ConversationRepository repo(db);
        QVERIFY(repo.upsertConversations({storetest::conversation(QStringLiteral("1"), 1000)}));
        QCOMPARE(modeOf(folder), 0700);
        QCOMPARE(modeOf(base.filePath(QStringLiteral("appdata"))), 0700);
        QCOMPARE(modeOf(path), 0600);
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600);
        QCOMPARE(modeOf(path + QStringLiteral("-shm")), 0600);
    }
    // An existing file with loose permissions is tightened on open.
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                            | QFileDevice::ReadOther));
    {
        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(modeOf(path), 0600);
    }
    ::umask(oldMask);
}

void TestStore::uniqueConnectionNames()
{
    storetest::TempStore store;
    auto second = store.openAnother();
    QVERIFY(second->isOpen());
    QVERIFY(store.db().connectionName() != second->connectionName());
    Database other;
    QVERIFY(other.connectionName().isEmpty());
}

void TestStore::reopenKeepsData()
{
    storetest::TempStore store;
    QVERIFY(ConversationRepository(store.db())
                .upsertConversations({storetest::conversation(QStringLiteral("7"), 500)}));
    store.db().close();
    QVERIFY(!store.db().isOpen());
    auto again = store.openAnother();
    QVERIFY(ConversationRepository(*again).summary(QStringLiteral("7")).has_value());
}

void TestStore::badFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("asFolder");
    QTest::addColumn<int>("code");
    QTest::newRow("not-a-database/text")
        << QByteArray("this is a text file, not a database\n" + QByteArray(4096, 'x')) << false
        << int(StoreError::Code::NotADatabase);
    QTest::newRow("not-a-database/fake-header")
        << QByteArray("SQLite format 3\0garbage-garbage-garbage" + QByteArray(8192, '\x7f'))
        << false << int(StoreError::Code::NotADatabase);
    QTest::newRow("cannot-open/folder")
        << QByteArray() << true << int(StoreError::Code::CannotOpen);
}

void TestStore::badFile()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, asFolder);
    QFETCH(int, code);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    if (asFolder) {
        QVERIFY(QDir().mkpath(path));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    Database db;
    const StoreError error = db.open(path);
    QCOMPARE(int(error.code), code);
    QVERIFY(!db.isOpen());
    QCOMPARE(db.lastError().code, error.code);
    QVERIFY(!error.displayText().isEmpty());
    if (!asFolder) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content); // left untouched
    }
}

void TestStore::newerVersionRefused()
{
    storetest::TempStore store;
    QVERIFY(store.db().exec(QStringLiteral("INSERT INTO schema_version(version, description,"
                                           " applied_at) VALUES (?, 'from the future', 0)"),
                            {Schema::latestVersion() + 5}));
    store.db().close();
    const QByteArray before = [&] {
        QFile file(store.path());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();

    Database db;
    const StoreError error = db.open(store.path());
    QCOMPARE(error.code, StoreError::Code::NewerSchema);
    QCOMPARE(error.version, Schema::latestVersion() + 5);
    QVERIFY(error.displayText().contains(QString::number(Schema::latestVersion() + 5)));
    QVERIFY(!db.isOpen());
    QFile file(store.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TestStore::errorTexts_data()
{
    QTest::addColumn<int>("code");
    for (StoreError::Code code : {StoreError::Code::CannotOpen, StoreError::Code::NotADatabase,
                                  StoreError::Code::NewerSchema, StoreError::Code::MigrationFailed,
                                  StoreError::Code::Busy, StoreError::Code::Sql}) {
        QTest::addRow("code/%d", int(code)) << int(code);
    }
}

void TestStore::errorTexts()
{
    QFETCH(int, code);
    const StoreError error = StoreError::make(StoreError::Code(code), QStringLiteral("/x/s.db"));
    QVERIFY(bool(error));
    QVERIFY(error.displayText().contains(QStringLiteral("s.db")));
    QVERIFY(StoreError().displayText().isEmpty());
    QVERIFY(!StoreError());
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
