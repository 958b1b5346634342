// SyncWorker on its own (in the test thread): what each page writes and records, the
// watermark rules, refused walks after a failed page, reference lists, threads, prefetch.
#include "models/outbox/localeffects.h"
#include "models/outbox/outboxaction.h"
#include "models/store/conversationrepository.h"
#include "models/store/outboxrepository.h"
#include "models/store/database.h"
#include "models/store/referencerepository.h"
#include "models/store/syncstaterepository.h"
#include "models/storechanges.h"
#include "models/sync/syncworker.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace models;

namespace {

QJsonObject conversation(const QString &id, qint64 updatedAt, const QString &admin = {})
{
    return {{QStringLiteral("type"), QStringLiteral("conversation")},
            {QStringLiteral("id"), id},
            {QStringLiteral("created_at"), updatedAt - 100},
            {QStringLiteral("updated_at"), updatedAt},
            {QStringLiteral("state"), QStringLiteral("open")},
            {QStringLiteral("open"), true},
            {QStringLiteral("admin_assignee_id"), admin.isEmpty() ? QJsonValue(0) : admin},
            {QStringLiteral("team_assignee_id"), 0}};
}

QJsonObject page(const QList<QJsonObject> &conversations)
{
    QJsonArray items;
    for (const QJsonObject &c : conversations)
        items.append(c);
    return {{QStringLiteral("type"), QStringLiteral("conversation.list")},
            {QStringLiteral("conversations"), items},
            {QStringLiteral("total_count"), items.size()}};
}

PageTask initialTask(quint64 walk, const QJsonObject &json, const QString &stage, bool first,
                     const QString &nextCursor, const QString &nextStage = {})
{
    PageTask task;
    task.walkId = walk;
    task.kind = PageTask::Kind::Initial;
    task.page = json;
    task.stage = stage;
    task.firstPage = first;
    task.lastPage = nextCursor.isEmpty();
    task.nextCursor = nextCursor;
    task.nextStage = nextStage;
    task.fallbackWatermark = 777;
    return task;
}

PageTask incrementalTask(quint64 walk, const QJsonObject &json, bool last)
{
    PageTask task;
    task.walkId = walk;
    task.kind = PageTask::Kind::Incremental;
    task.page = json;
    task.lastPage = last;
    return task;
}

} // namespace

class tst_SyncWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void initialStagesRecordCursorAndWatermark();
    void emptyInitialSyncUsesFallbackWatermark();
    void incrementalAdvancesOnlyOnLastPage();
    void failedPageRefusesRestOfWalk();
    void storesReferenceLists();
    void storesThreadsAndFindsPrefetchCandidates();
    void reportsStoreThatCannotOpen();
    void pendingEffectsSurviveServerWrites();

private:
    qint64 queueWithEffect(const QString &conversationId, OutboxAction action);

    PageResult store(const PageTask &task);
    QString value(const QString &key);

    QTemporaryDir m_dir;
    QString m_path;
    StoreChanges m_changes;
    std::unique_ptr<SyncWorker> m_worker;
    std::unique_ptr<Database> m_db; ///< the test's own connection, for checks
};

void tst_SyncWorker::init()
{
    static int counter = 0;
    m_path = m_dir.filePath(QStringLiteral("store%1.sqlite").arg(++counter));
    m_worker = std::make_unique<SyncWorker>(&m_changes);
    QSignalSpy opened(m_worker.get(), &SyncWorker::opened);
    m_worker->open(m_path);
    QCOMPARE(opened.count(), 1);
    const auto snapshot = opened.first().first().value<SyncSnapshot>();
    QVERIFY(snapshot.ok);
    QVERIFY(snapshot.stage.isEmpty());
    QCOMPARE(snapshot.watermark, 0);
    m_db = std::make_unique<Database>();
    QVERIFY(!m_db->open(m_path));
}

void tst_SyncWorker::cleanup()
{
    m_worker.reset();
    m_db.reset();
}

PageResult tst_SyncWorker::store(const PageTask &task)
{
    QSignalSpy stored(m_worker.get(), &SyncWorker::pageStored);
    m_worker->storePage(task);
    if (stored.count() != 1)
        return {};
    return stored.first().first().value<PageResult>();
}

QString tst_SyncWorker::value(const QString &key)
{
    return SyncStateRepository(*m_db).value(key);
}

void tst_SyncWorker::initialStagesRecordCursorAndWatermark()
{
    QSignalSpy changed(&m_changes, &StoreChanges::conversationsChanged);
    PageResult result = store(initialTask(
        1,
        page({conversation(QStringLiteral("11"), 5000), conversation(QStringLiteral("12"), 4000)}),
        SyncKeys::stageOpen(), true, QStringLiteral("c1")));
    QVERIFY(result.ok);
    QCOMPARE(result.stored, 2);
    QCOMPARE(result.thread, QThread::currentThread());
    QCOMPARE(result.watermark, 0);
    QCOMPARE(value(SyncKeys::initialStage()), SyncKeys::stageOpen());
    QCOMPARE(value(SyncKeys::initialCursor()), QStringLiteral("c1"));
    QCOMPARE(value(SyncKeys::initialWatermark()), QStringLiteral("5000"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toStringList(),
             (QStringList{QStringLiteral("11"), QStringLiteral("12")}));

    result = store(initialTask(1, page({conversation(QStringLiteral("13"), 3000)}),
                               SyncKeys::stageOpen(), false, {}, SyncKeys::stageClosed()));
    QVERIFY(result.ok);
    QCOMPARE(result.stage, SyncKeys::stageClosed());
    QCOMPARE(value(SyncKeys::initialStage()), SyncKeys::stageClosed());
    QCOMPARE(value(SyncKeys::initialCursor()), QString());

    // The closed walk's newer first page does not raise the watermark: the open walk started
    // first, so changes made during it are only covered from its own newest conversation.
    result = store(initialTask(2, page({conversation(QStringLiteral("21"), 9000)}),
                               SyncKeys::stageClosed(), true, {}, SyncKeys::stageDone()));
    QVERIFY(result.ok);
    QCOMPARE(result.stage, SyncKeys::stageDone());
    QCOMPARE(result.watermark, 5000);
    QCOMPARE(SyncStateRepository(*m_db).integer(SyncStateRepository::conversationsWatermark()),
             5000);
    QVERIFY(SyncStateRepository(*m_db).integer(SyncStateRepository::lastFullSync()) > 0);
    QCOMPARE(ConversationRepository(*m_db).count({}), 4);
}

void tst_SyncWorker::emptyInitialSyncUsesFallbackWatermark()
{
    QVERIFY(
        store(initialTask(1, page({}), SyncKeys::stageOpen(), true, {}, SyncKeys::stageClosed()))
            .ok);
    const PageResult result
        = store(initialTask(2, page({}), SyncKeys::stageClosed(), true, {}, SyncKeys::stageDone()));
    QVERIFY(result.ok);
    QCOMPARE(result.watermark, 777);
    QCOMPARE(value(SyncStateRepository::conversationsWatermark()), QStringLiteral("777"));
}

void tst_SyncWorker::incrementalAdvancesOnlyOnLastPage()
{
    QVERIFY(
        SyncStateRepository(*m_db).setInteger(SyncStateRepository::conversationsWatermark(), 1000));
    PageResult result
        = store(incrementalTask(5, page({conversation(QStringLiteral("1"), 5000)}), false));
    QVERIFY(result.ok);
    QCOMPARE(result.watermark, 0);
    QCOMPARE(value(SyncStateRepository::conversationsWatermark()), QStringLiteral("1000"));
    result = store(incrementalTask(5, page({conversation(QStringLiteral("2"), 3000)}), true));
    QVERIFY(result.ok);
    QCOMPARE(result.watermark, 5000);
    QCOMPARE(value(SyncStateRepository::conversationsWatermark()), QStringLiteral("5000"));

    // Never backwards.
    result = store(incrementalTask(6, page({conversation(QStringLiteral("3"), 2000)}), true));
    QVERIFY(result.ok);
    QCOMPARE(result.watermark, 5000);
    QCOMPARE(value(SyncStateRepository::conversationsWatermark()), QStringLiteral("5000"));
}

void tst_SyncWorker::failedPageRefusesRestOfWalk()
{
    QVERIFY(
        SyncStateRepository(*m_db).setInteger(SyncStateRepository::conversationsWatermark(), 1000));
    // The store refuses one conversation.
    QVERIFY(
        m_db->exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON conversations"
                                  " WHEN NEW.id = '666' BEGIN SELECT RAISE(ABORT, 'no'); END")));
    QSignalSpy changed(&m_changes, &StoreChanges::conversationsChanged);
    PageResult result = store(incrementalTask(
        7,
        page({conversation(QStringLiteral("1"), 4000), conversation(QStringLiteral("666"), 4500)}),
        false));
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
    result = store(incrementalTask(7, page({conversation(QStringLiteral("2"), 3000)}), true));
    QVERIFY(!result.ok);
    QCOMPARE(result.watermark, 0);
    QCOMPARE(ConversationRepository(*m_db).count({}), 0); // the failed page rolled back whole
    QCOMPARE(value(SyncStateRepository::conversationsWatermark()), QStringLiteral("1000"));
    QCOMPARE(changed.count(), 0);

    // The next walk is not affected.
    result = store(incrementalTask(8, page({conversation(QStringLiteral("2"), 3000)}), true));
    QVERIFY(result.ok);
    QCOMPARE(value(SyncStateRepository::conversationsWatermark()), QStringLiteral("3000"));
}

void tst_SyncWorker::storesReferenceLists()
{
    QSignalSpy stored(m_worker.get(), &SyncWorker::referenceStored);
    QSignalSpy changed(&m_changes, &StoreChanges::referenceDataChanged);
    const QJsonObject admin{{QStringLiteral("type"), QStringLiteral("admin")},
                            {QStringLiteral("id"), QStringLiteral("5")},
                            {QStringLiteral("name"), QStringLiteral("Ada")}};
    m_worker->storeReference(SyncWorker::Reference::Me, admin);
    m_worker->storeReference(SyncWorker::Reference::Admins,
                             {{QStringLiteral("admins"), QJsonArray{admin}}});
    m_worker->storeReference(
        SyncWorker::Reference::Teams,
        {{QStringLiteral("teams"),
          QJsonArray{QJsonObject{{QStringLiteral("id"), 7},
                                 {QStringLiteral("name"), QStringLiteral("Billing")},
                                 {QStringLiteral("admin_ids"), QJsonArray{5}}}}}});
    m_worker->storeReference(
        SyncWorker::Reference::Tags,
        {{QStringLiteral("data"),
          QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("9")},
                                 {QStringLiteral("name"), QStringLiteral("VIP")}}}}});
    QCOMPARE(stored.count(), 4);
    for (const QList<QVariant> &args : stored)
        QVERIFY(args.at(1).toBool());
    QCOMPARE(changed.count(), 3);
    ReferenceRepository references(*m_db);
    QCOMPARE(references.admins().size(), 1);
    QCOMPARE(references.teams().size(), 1);
    QCOMPARE(references.teamIdsOf(QStringLiteral("5")), QStringList{QStringLiteral("7")});
    QCOMPARE(references.tags().size(), 1);
    QCOMPARE(value(SyncKeys::meAdminId()), QStringLiteral("5"));
}

void tst_SyncWorker::storesThreadsAndFindsPrefetchCandidates()
{
    QVERIFY(
        store(incrementalTask(1,
                              page({conversation(QStringLiteral("1"), 5000, QStringLiteral("5")),
                                    conversation(QStringLiteral("2"), 4000, QStringLiteral("5")),
                                    conversation(QStringLiteral("3"), 3000),
                                    conversation(QStringLiteral("4"), 2000, QStringLiteral("6"))}),
                              true))
            .ok);
    QSignalSpy candidates(m_worker.get(), &SyncWorker::prefetchCandidatesFound);
    m_worker->findPrefetchCandidates(QStringLiteral("5"), 1);
    QCOMPARE(candidates.count(), 1);
    QCOMPARE(candidates.takeFirst().first().toStringList(),
             (QStringList{QStringLiteral("1"), QStringLiteral("3")}));

    QJsonObject full = conversation(QStringLiteral("1"), 5000, QStringLiteral("5"));
    full.insert(QStringLiteral("conversation_parts"),
                QJsonObject{{QStringLiteral("conversation_parts"),
                             QJsonArray{QJsonObject{
                                 {QStringLiteral("type"), QStringLiteral("conversation_part")},
                                 {QStringLiteral("id"), QStringLiteral("p1")},
                                 {QStringLiteral("part_type"), QStringLiteral("comment")},
                                 {QStringLiteral("body"), QStringLiteral("<p>Hi</p>")},
                                 {QStringLiteral("created_at"), 4900}}}},
                            {QStringLiteral("total_count"), 1}});
    QSignalSpy threads(m_worker.get(), &SyncWorker::threadStored);
    QSignalSpy parts(&m_changes, &StoreChanges::partsChanged);
    m_worker->storeThread(full, 123456);
    QCOMPARE(threads.count(), 1);
    QCOMPARE(threads.first().at(0).toString(), QStringLiteral("1"));
    QVERIFY(threads.first().at(1).toBool());
    QCOMPARE(parts.count(), 1);
    QCOMPARE(ConversationRepository(*m_db).parts(QStringLiteral("1")).size(), 1);

    // The top of "mine" has its thread now: only the top of "unassigned" is left.
    m_worker->findPrefetchCandidates(QStringLiteral("5"), 1);
    QCOMPARE(candidates.takeFirst().first().toStringList(), QStringList{QStringLiteral("3")});

    // A thread without an id is refused, not stored.
    m_worker->storeThread(QJsonObject{{QStringLiteral("type"), QStringLiteral("conversation")}}, 1);
    QCOMPARE(threads.count(), 2);
    QVERIFY(!threads.last().at(1).toBool());
    QVERIFY(!threads.last().at(2).toString().isEmpty());
}

void tst_SyncWorker::reportsStoreThatCannotOpen()
{
    SyncWorker worker(nullptr);
    QSignalSpy opened(&worker, &SyncWorker::opened);
    QFile notADatabase(m_dir.filePath(QStringLiteral("garbage.sqlite")));
    QVERIFY(notADatabase.open(QIODevice::WriteOnly));
    notADatabase.write(QByteArray(4096, 'x'));
    notADatabase.close();
    worker.open(notADatabase.fileName());
    QCOMPARE(opened.count(), 1);
    const auto snapshot = opened.first().first().value<SyncSnapshot>();
    QVERIFY(!snapshot.ok);
    QVERIFY(!snapshot.error.isEmpty());
    QSignalSpy stored(&worker, &SyncWorker::pageStored);
    worker.storePage(incrementalTask(1, page({conversation(QStringLiteral("1"), 1)}), true));
    QCOMPARE(stored.count(), 1);
    QVERIFY(!stored.first().first().value<PageResult>().ok);
}


qint64 tst_SyncWorker::queueWithEffect(const QString &conversationId, OutboxAction action)
{
    // What Outbox does in one transaction: the entry and its optimistic effect.
    LocalEffects effects(*m_db, QStringLiteral("42"));
    effects.captureBefore(conversationId, action);
    OutboxEntry entry;
    entry.conversationId = conversationId;
    entry.kind = OutboxAction::kindName(action.kind);
    entry.payload = action.toPayload();
    static int serial = 0;
    entry.marker = QStringLiteral("m-%1").arg(++serial);
    const qint64 id = OutboxRepository(*m_db).enqueue(entry, 1000);
    if (id <= 0 || !effects.apply(conversationId, action, entry.marker, 1000))
        return 0;
    return id;
}

void tst_SyncWorker::pendingEffectsSurviveServerWrites()
{
    const QString id = QStringLiteral("31");
    QVERIFY(store(incrementalTask(1, page({conversation(id, 5000)}), true)).ok);
    QVERIFY(queueWithEffect(id, OutboxAction::close()) > 0);
    QVERIFY(queueWithEffect(id, OutboxAction::assign(OutboxAction::AssigneeType::Admin,
                                                     QStringLiteral("77")))
            > 0);
    ConversationRepository conversations(*m_db);
    QCOMPARE(conversations.summary(id)->state, api::Conversation::State::Closed);

    // The server still says open and unassigned (the actions are not delivered yet): a sync
    // page and a thread fetch both write that, and the agent must still see their actions.
    QVERIFY(store(incrementalTask(2, page({conversation(id, 6000)}), true)).ok);
    QCOMPARE(conversations.summary(id)->state, api::Conversation::State::Closed);
    QCOMPARE(conversations.summary(id)->adminAssigneeId, QStringLiteral("77"));
    QSignalSpy threadStored(m_worker.get(), &SyncWorker::threadStored);
    m_worker->storeThread(conversation(id, 6500), 7000);
    QCOMPARE(threadStored.count(), 1);
    QVERIFY(threadStored.first().at(1).toBool());
    QCOMPARE(conversations.summary(id)->state, api::Conversation::State::Closed);
    QCOMPARE(conversations.summary(id)->adminAssigneeId, QStringLiteral("77"));

    // Once delivered (done), the server's copy is the truth again.
    OutboxRepository outbox(*m_db);
    for (const OutboxEntry &entry : outbox.unsettled({id}))
        QVERIFY(m_db->exec(QStringLiteral("UPDATE outbox SET state = 'done' WHERE id = ?"),
                           {entry.id}));
    QVERIFY(store(incrementalTask(3, page({conversation(id, 8000)}), true)).ok);
    QCOMPARE(conversations.summary(id)->state, api::Conversation::State::Open);
    QCOMPARE(conversations.summary(id)->adminAssigneeId, QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(tst_SyncWorker)
#include "tst_syncworker.moc"
