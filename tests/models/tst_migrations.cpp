#include "storefixture.h"

#include "models/store/conversationrepository.h"
#include "models/store/draftrepository.h"
#include "models/store/migrator.h"
#include "models/store/savedsearchrepository.h"
#include "models/store/schema.h"

#include <QSqlQuery>

using namespace models;

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepsAreOrdered();
    void fromEveryEarlierVersion_data();
    void fromEveryEarlierVersion();
    void failingStepKeepsOldVersion_data();
    void failingStepKeepsOldVersion();
    void rerunIsNoOp();

private:
    static QList<MigrationStep> stepsUpTo(int version);
    static void fill(Database &db, int version);
    static QStringList schemaOf(Database &db);
};

QList<MigrationStep> TestMigrations::stepsUpTo(int version)
{
    QList<MigrationStep> steps;
    for (const MigrationStep &step : Schema::steps()) {
        if (step.version <= version)
            steps.append(step);
    }
    return steps;
}

// A little data written with the SQL of each version (repositories only know the latest).
void TestMigrations::fill(Database &db, int version)
{
    if (version < 1)
        return;
    QVERIFY(db.exec(QStringLiteral("INSERT INTO conversations(id, title, state, open, updated_at,"
                                   " contact_name) VALUES ('c1', 'Ünïcode title', 'open', 1, 100,"
                                   " 'Zoë')")));
    QVERIFY(db.exec(QStringLiteral("INSERT INTO parts(id, conversation_id, part_type, body,"
                                   " created_at) VALUES ('p1', 'c1', 'comment', '<b>hi</b>', 5),"
                                   " ('p2', 'c1', 'note', 'internal', 6)")));
    if (version >= 2) // the sync writes it from v2 on (v2 backfilled older files)
        QVERIFY(db.exec(
            QStringLiteral("UPDATE conversations SET parts_total_count = 2 WHERE id = 'c1'")));
    // v3 rebuilt the full-text table: its documents must survive.
    QVERIFY(db.exec(QStringLiteral("INSERT INTO conversation_search(rowid, title, first_message,"
                                   " messages, notes, people) SELECT doc_id, title, '', 'hi',"
                                   " 'internal', contact_name FROM conversations")));
    QVERIFY(db.exec(QStringLiteral("INSERT INTO conversation_tags VALUES ('c1', 't1')")));
    QVERIFY(db.exec(QStringLiteral("INSERT INTO drafts VALUES ('c1', 'reply', 'draft text', 1)")));
    QVERIFY(db.exec(QStringLiteral("INSERT INTO outbox(conversation_id, kind, created_at, marker)"
                                   " VALUES ('c1', 'close', 1, 'm-1')")));
    QVERIFY(db.exec(QStringLiteral("INSERT INTO sync_state(key, value) VALUES ('w', '42')")));
    if (version >= 4) // v4 added the drafts' files
        QVERIFY(db.exec(QStringLiteral("INSERT INTO draft_attachments(conversation_id, kind,"
                                       " position, name, data) VALUES ('c1', 'reply', 0, 'a.txt',"
                                       " X'6869')")));
    if (version >= 6) // v6 added saved searches
        QVERIFY(db.exec(QStringLiteral("INSERT INTO saved_searches(name, query, position,"
                                       " created_at) VALUES ('Mine', 'assignee:me', 0, 1)")));
}

// Every table, index and column definition, comparable between two databases.
QStringList TestMigrations::schemaOf(Database &db)
{
    QStringList objects;
    QStringList tables;
    db.select(QStringLiteral("SELECT type, name, tbl_name FROM sqlite_master"
                             " WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"),
              {}, [&](const QSqlQuery &row) {
                  objects.append(row.value(0).toString() + QLatin1Char(' ')
                                 + row.value(1).toString());
                  if (row.value(0).toString() == QLatin1String("table"))
                      tables.append(row.value(1).toString());
              });
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery info(db.connection());
        info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        while (info.next()) {
            objects.append(QStringLiteral("%1.%2 %3 notnull=%4 default=%5")
                               .arg(table, info.value(1).toString(), info.value(2).toString(),
                                    info.value(3).toString(), info.value(4).toString()));
        }
    }
    return objects;
}

void TestMigrations::stepsAreOrdered()
{
    const QList<MigrationStep> steps = Schema::steps();
    QCOMPARE(steps.size(), Schema::latestVersion());
    for (int i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps.at(i).version, i + 1);
        QVERIFY(!steps.at(i).description.isEmpty());
    }
}

void TestMigrations::fromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("from");
    for (int version = 0; version < Schema::latestVersion(); ++version)
        QTest::addRow("from/v%d", version) << version;
}

void TestMigrations::fromEveryEarlierVersion()
{
    QFETCH(int, from);
    storetest::TempStore fresh; // the reference: a new file at the latest version
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        Database old;
        const StoreError error = old.open(path, stepsUpTo(from), from);
        QVERIFY2(!error, qPrintable(error.detail));
        QCOMPARE(old.schemaVersion(), from);
        fill(old, from);
    }
    Database db;
    const StoreError error = db.open(path);
    QVERIFY2(!error, qPrintable(error.detail));
    QCOMPARE(db.schemaVersion(), Schema::latestVersion());
    QCOMPARE(schemaOf(db), schemaOf(fresh.db()));
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_key_check")), QVariant());
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));

    if (from < 1)
        return;
    ConversationRepository repo(db);
    const auto summary = repo.summary(QStringLiteral("c1"));
    QVERIFY(summary.has_value());
    QCOMPARE(summary->title, QStringLiteral("Ünïcode title"));
    QCOMPARE(summary->contactName, QStringLiteral("Zoë"));
    QCOMPARE(summary->tagIds, QStringList{QStringLiteral("t1")});
    QCOMPARE(summary->partsTotalCount, 2); // v2 backfilled it
    QCOMPARE(repo.parts(QStringLiteral("c1")).size(), 2);
    ConversationFilter search = ConversationFilter::allOpen();
    search.text = QStringLiteral("intern");
    QCOMPARE(repo.search(search, 10).value(0).id, QStringLiteral("c1"));
    // v7: every document got its conversation's facets; the view's filter is in the MATCH.
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM conversation_search s"
                                      " JOIN conversation_facets f ON f.doc_id = s.rowid"
                                      " WHERE s.facets = f.facets"))
                 .toInt(),
             1);
    search.tagId = QStringLiteral("t1");
    QCOMPARE(repo.search(search, 10).value(0).id, QStringLiteral("c1"));
    QCOMPARE(repo.count(search), 1);
    search.tagId = QStringLiteral("t2");
    QCOMPARE(repo.count(search), 0);
    // ...and follow the tables from then on.
    QVERIFY(repo.addTag(QStringLiteral("c1"), QStringLiteral("t2")));
    QCOMPARE(repo.count(search), 1);
    QVERIFY(repo.setState(QStringLiteral("c1"), api::Conversation::State::Closed));
    QCOMPARE(repo.count(search), 0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT text FROM drafts")).toString(),
             QStringLiteral("draft text"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT marker FROM outbox")).toString(),
             QStringLiteral("m-1"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT value FROM sync_state WHERE key = 'w'")).toString(),
             QStringLiteral("42"));
    // v4: a draft keeps files beside its text; older drafts keep their text and have none.
    DraftRepository drafts(db);
    QCOMPARE(drafts.load(QStringLiteral("c1"), DraftRepository::Kind::Reply)->attachments.size(),
             from >= 4 ? 1 : 0);
    const MessageAttachment file{QStringLiteral("log.txt"), QStringLiteral("text/plain"), "hi"};
    QVERIFY(drafts.saveAttachments(QStringLiteral("c1"), DraftRepository::Kind::Reply, {file}));
    const auto draft = drafts.load(QStringLiteral("c1"), DraftRepository::Kind::Reply);
    QCOMPARE(draft->text, QStringLiteral("draft text"));
    QCOMPARE(draft->attachments, QList<MessageAttachment>{file});
    // v6: saved searches survive; an older file starts with none and can store them.
    SavedSearchRepository saved(db);
    QCOMPARE(saved.list().size(), from >= 6 ? 1 : 0);
    QVERIFY(saved.add(QStringLiteral("Unread"), QStringLiteral("is:unread")).has_value());
    QCOMPARE(saved.list().constLast().position, from >= 6 ? 1 : 0);
}

void TestMigrations::failingStepKeepsOldVersion_data()
{
    QTest::addColumn<bool>("failInCode");
    QTest::newRow("fail/sql") << false;
    QTest::newRow("fail/code") << true;
}

void TestMigrations::failingStepKeepsOldVersion()
{
    QFETCH(bool, failInCode);
    storetest::TempStore store;
    QVERIFY(
        store.db().exec(QStringLiteral("INSERT INTO sync_state(key, value) VALUES ('k', 'v')")));
    store.db().close();

    // A step whose first statements succeed and whose last part fails.
    MigrationStep broken;
    broken.version = Schema::latestVersion() + 1;
    broken.description = QStringLiteral("broken");
    broken.statements = {QStringLiteral("CREATE TABLE half_done (x INTEGER)"),
                         QStringLiteral("DELETE FROM sync_state")};
    if (failInCode)
        broken.code = [](Database &) {
            return false;
        };
    else
        broken.statements.append(QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
    QList<MigrationStep> steps = Schema::steps();
    steps.append(broken);

    {
        Database db;
        const StoreError error = db.open(store.path(), steps);
        QCOMPARE(error.code, StoreError::Code::MigrationFailed);
        QCOMPARE(error.version, Schema::latestVersion() + 1);
        QVERIFY(!error.displayText().isEmpty());
        QVERIFY(!db.isOpen());
    }
    Database db;
    QVERIFY(!db.open(store.path()));
    QCOMPARE(db.schemaVersion(), Schema::latestVersion());
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master"
                                      " WHERE name = 'half_done'"))
                 .toInt(),
             0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT value FROM sync_state WHERE key = 'k'")).toString(),
             QStringLiteral("v"));
}

void TestMigrations::rerunIsNoOp()
{
    storetest::TempStore store;
    QVERIFY(!Migrator::migrate(store.db(), Schema::steps(), Schema::latestVersion()));
    QCOMPARE(Migrator::currentVersion(store.db()), Schema::latestVersion());
    QCOMPARE(store.db().scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(),
             Schema::latestVersion());
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
