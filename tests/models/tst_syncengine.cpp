// SyncEngine against the in-process sandbox over loopback: initial sync, incremental cycles,
// catch-up, failures, rate limit, threads, resumption and threading.
#include "models/store/conversationrepository.h"
#include "models/store/database.h"
#include "models/store/referencerepository.h"
#include "models/store/syncstaterepository.h"
#include "models/storechanges.h"
#include "models/sync/headlesssync.h"
#include "models/sync/syncengine.h"

#include "sandbox/sandboxapi.h"
#include "sandbox/workspace.h"

#include "../support/sandboxharness.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace models;

namespace {

struct StoredConversation
{
    QString state;
    qint64 updatedAt = 0;
    QString adminAssigneeId;
};

QString stateName(sandbox::ConversationState state)
{
    switch (state) {
    case sandbox::ConversationState::Open:
        return QStringLiteral("open");
    case sandbox::ConversationState::Snoozed:
        return QStringLiteral("snoozed");
    case sandbox::ConversationState::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

} // namespace

class tst_SyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void initialSyncStoresOpenSnoozedAndRecentClosed();
    void incrementalPicksUpMutations();
    void catchUpAfterDowntime();
    void failedPageKeepsWatermark();
    void errorsAreRetriedNotFatal();
    void resumesInterruptedInitialSync();
    void staysUnderLowRateLimit();
    void fetchesThreadOnOpenAndPrefetches();
    void clockJumpStartsCycle();
    void intervalFollowsActivity();
    void headlessInitialSyncReportsFigures();

private:
    SyncEngine *createEngine(SyncOptions options = {});
    bool runInitialSync(SyncOptions options = {});
    QHash<QString, StoredConversation> stored();
    QSet<QString> expectedInitialIds(qint64 horizonCutoff);
    const sandbox::Conversation &sandboxConversation(const QString &id);
    QStringList openIds(int count);
    bool waitForCycle(bool expectOk, int timeoutMs = 20000);
    qint64 storedWatermark();
    QString me() { return m_sandbox.server->api().meAdminId(); }

    SandboxHarness m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StoreChanges> m_changes;
    std::unique_ptr<SyncEngine> m_engine;
    QString m_path;
};

void tst_SyncEngine::init()
{
    QVERIFY(m_sandbox.start(120));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("store.sqlite"));
    m_changes = std::make_unique<StoreChanges>();
}

void tst_SyncEngine::cleanup()
{
    m_engine.reset();
    m_changes.reset();
    m_dir.reset();
    m_sandbox.client.reset();
    m_sandbox.server.reset();
}

SyncEngine *tst_SyncEngine::createEngine(SyncOptions options)
{
    if (options.activeIntervalMs == SyncOptions().activeIntervalMs)
        options.activeIntervalMs = 60000; // cycles only when a test asks for one
    m_engine = std::make_unique<SyncEngine>(m_sandbox.client.get(), m_path, m_changes.get());
    m_engine->setOptions(options);
    return m_engine.get();
}

bool tst_SyncEngine::runInitialSync(SyncOptions options)
{
    if (options.perPage == SyncOptions().perPage)
        options.perPage = 20; // several pages per stage
    SyncEngine *engine = createEngine(options);
    QSignalSpy done(engine, &SyncEngine::initialSyncFinished);
    engine->start();
    return done.wait(30000) && engine->isInitialSyncDone();
}

QHash<QString, StoredConversation> tst_SyncEngine::stored()
{
    QHash<QString, StoredConversation> result;
    Database db;
    if (db.open(m_path))
        return result;
    db.select(QStringLiteral("SELECT id, state, updated_at, admin_assignee_id FROM conversations"),
              {}, [&](const QSqlQuery &row) {
                  result.insert(row.value(0).toString(),
                                {row.value(1).toString(), row.value(2).toLongLong(),
                                 row.value(3).toString()});
              });
    return result;
}

qint64 tst_SyncEngine::storedWatermark()
{
    Database db;
    if (db.open(m_path))
        return -1;
    return SyncStateRepository(db).integer(SyncStateRepository::conversationsWatermark(), -1);
}

QSet<QString> tst_SyncEngine::expectedInitialIds(qint64 horizonCutoff)
{
    QSet<QString> ids;
    for (const sandbox::Conversation &c : m_sandbox.server->api().workspace().conversations) {
        if (c.state != sandbox::ConversationState::Closed || c.updatedAt > horizonCutoff)
            ids.insert(QString::number(c.id));
    }
    return ids;
}

const sandbox::Conversation &tst_SyncEngine::sandboxConversation(const QString &id)
{
    sandbox::Workspace &ws = m_sandbox.server->api().workspace();
    return ws.conversations[size_t(ws.conversationIndex(id.toLongLong()))];
}

QStringList tst_SyncEngine::openIds(int count)
{
    QStringList ids;
    for (const sandbox::Conversation &c : m_sandbox.server->api().workspace().conversations) {
        if (c.state == sandbox::ConversationState::Open && ids.size() < count)
            ids.append(QString::number(c.id));
    }
    return ids;
}

bool tst_SyncEngine::waitForCycle(bool expectOk, int timeoutMs)
{
    QSignalSpy cycles(m_engine.get(), &SyncEngine::cycleFinished);
    if (!cycles.wait(timeoutMs))
        return false;
    return cycles.first().first().toBool() == expectOk;
}

void tst_SyncEngine::initialSyncStoresOpenSnoozedAndRecentClosed()
{
    SyncEngine *engine = createEngine({});
    QSignalSpy phases(engine, &SyncEngine::phaseChanged);
    QSignalSpy pages(engine, &SyncEngine::pageStored);
    QSignalSpy done(engine, &SyncEngine::initialSyncFinished);
    QSignalSpy errors(engine, &SyncEngine::errorOccurred);
    QSet<QString> announced;
    connect(m_changes.get(), &StoreChanges::conversationsChanged, this,
            [&](const QStringList &ids) {
                QCOMPARE(QThread::currentThread(), thread()); // notified on the GUI thread
                for (const QString &id : ids)
                    announced.insert(id);
            });
    SyncOptions options;
    options.perPage = 20;
    options.activeIntervalMs = 60000;
    engine->setOptions(options);
    engine->start();
    QVERIFY(done.wait(30000));
    QCOMPARE(errors.count(), 0);

    // Exactly the open and snoozed ones plus the closed ones inside the horizon.
    const qint64 cutoff = engine->horizonCutoff();
    const qint64 expectedCutoff = QDateTime::currentSecsSinceEpoch() - 90 * 24 * 3600;
    QVERIFY(qAbs(cutoff - expectedCutoff) < 60);
    const QSet<QString> expected = expectedInitialIds(cutoff);
    const QHash<QString, StoredConversation> store = stored();
    QCOMPARE(QSet<QString>(store.keyBegin(), store.keyEnd()), expected);
    QVERIFY(expected.size() < int(m_sandbox.server->api().workspace().conversations.size()));
    for (auto it = store.begin(); it != store.end(); ++it) {
        const sandbox::Conversation &c = sandboxConversation(it.key());
        QCOMPARE(it->state, stateName(c.state));
        QCOMPARE(it->updatedAt, c.updatedAt);
    }
    QCOMPARE(announced, expected);

    // Reference data.
    Database db;
    QVERIFY(!db.open(m_path));
    ReferenceRepository references(db);
    const sandbox::Workspace &ws = m_sandbox.server->api().workspace();
    QCOMPARE(references.admins().size(), qsizetype(ws.admins.size()));
    QCOMPARE(references.teams().size(), qsizetype(ws.teams.size()));
    QCOMPARE(references.tags().size(), qsizetype(ws.tags.size()));
    QCOMPARE(engine->meAdminId(), me());

    // Progress and bookkeeping.
    QList<SyncPhase> seen;
    for (const QList<QVariant> &args : phases)
        seen.append(args.first().value<SyncPhase>());
    QCOMPARE(seen, (QList<SyncPhase>{SyncPhase::ReferenceData, SyncPhase::Open, SyncPhase::Closed,
                                     SyncPhase::Idle}));
    const SyncProgress progress = engine->progress();
    QVERIFY(progress.initialSyncDone);
    QCOMPARE(progress.conversationsStored, expected.size());
    QCOMPARE(progress.pagesDone, pages.count());
    QVERIFY(progress.pagesDone >= 4);
    QVERIFY(progress.requests >= progress.pagesDone + 4);
    QVERIFY(progress.lastError.isEmpty());
    SyncStateRepository state(db);
    QCOMPARE(state.value(QStringLiteral("sync.initial.stage")), QStringLiteral("done"));
    QVERIFY(engine->watermark() > 0);
    QCOMPARE(state.integer(SyncStateRepository::conversationsWatermark()), engine->watermark());

    // Every page was parsed and written in the writer thread, never the GUI thread.
    for (const QList<QVariant> &args : pages) {
        const auto result = args.first().value<PageResult>();
        QVERIFY(result.ok);
        QCOMPARE(result.thread, engine->writerThread());
        QVERIFY(result.thread != thread());
    }
}

void tst_SyncEngine::incrementalPicksUpMutations()
{
    QVERIFY(runInitialSync());
    const QString admin = me();
    const QStringList ids = openIds(4);
    api::IntercomClient &client = *m_sandbox.client;
    api::ReplyRequest reply;
    reply.adminId = admin;
    reply.body = QStringLiteral("<p>On it.</p>");
    VERIFY_OK(finished(client.reply(ids[0], reply)));
    VERIFY_OK(finished(client.closeConversation(ids[1], admin)));
    const QString other = QString::number(m_sandbox.server->api().workspace().admins[3].id);
    VERIFY_OK(finished(
        client.assignConversation(ids[2], admin, api::IntercomClient::AssigneeType::Admin, other)));
    VERIFY_OK(finished(
        client.snoozeConversation(ids[3], admin, QDateTime::currentSecsSinceEpoch() + 3600)));
    Database db;
    QVERIFY(!db.open(m_path));
    ConversationRepository repository(db);
    const int closedBefore = repository.count(ConversationFilter::closed());
    const qint64 watermarkBefore = m_engine->watermark();

    m_engine->syncNow();
    QVERIFY(waitForCycle(true));
    const QHash<QString, StoredConversation> store = stored();
    for (const QString &id : ids) {
        QCOMPARE(store.value(id).updatedAt, sandboxConversation(id).updatedAt);
        QCOMPARE(store.value(id).state, stateName(sandboxConversation(id).state));
    }
    QCOMPARE(store.value(ids[1]).state, QStringLiteral("closed"));
    QCOMPARE(store.value(ids[2]).adminAssigneeId, other);
    QCOMPARE(store.value(ids[3]).state, QStringLiteral("snoozed"));
    // The closed one moved from the open views to the closed view.
    QCOMPARE(repository.count(ConversationFilter::closed()), closedBefore + 1);
    QVERIFY(m_engine->watermark() >= sandboxConversation(ids[0]).updatedAt);
    QVERIFY(m_engine->watermark() >= watermarkBefore);
    QCOMPARE(m_engine->phase(), SyncPhase::Idle);
}

void tst_SyncEngine::catchUpAfterDowntime()
{
    QVERIFY(runInitialSync());
    m_engine->pause();
    const QString admin = me();
    const QStringList ids = openIds(40);
    QCOMPARE(ids.size(), 40);
    api::ReplyRequest note;
    note.kind = api::ReplyRequest::Kind::Note;
    note.adminId = admin;
    note.body = QStringLiteral("<p>Checked.</p>");
    for (int i = 0; i < ids.size(); ++i) {
        if (i % 2)
            VERIFY_OK(finished(m_sandbox.client->reply(ids[i], note)));
        else
            VERIFY_OK(finished(m_sandbox.client->closeConversation(ids[i], admin)));
    }
    QList<qint64> watermarks{m_engine->watermark()};
    connect(m_engine.get(), &SyncEngine::pageStored, this, [&](const PageResult &result) {
        if (result.watermark > 0)
            watermarks.append(result.watermark);
    });

    m_engine->resume();
    QVERIFY(waitForCycle(true));
    const QHash<QString, StoredConversation> store = stored();
    qint64 newest = 0;
    for (const QString &id : ids) {
        QCOMPARE(store.value(id).updatedAt, sandboxConversation(id).updatedAt);
        QCOMPARE(store.value(id).state, stateName(sandboxConversation(id).state));
        newest = qMax(newest, sandboxConversation(id).updatedAt);
    }
    QVERIFY(m_engine->progress().pagesDone > 0);
    QVERIFY(std::is_sorted(watermarks.begin(), watermarks.end()));
    QCOMPARE(m_engine->watermark(), newest);
    QCOMPARE(storedWatermark(), newest);
}

void tst_SyncEngine::failedPageKeepsWatermark()
{
    SyncOptions options;
    options.perPage = 5;
    QVERIFY(runInitialSync(options));
    m_engine->pause();
    const QStringList ids = openIds(30);
    api::ReplyRequest note;
    note.kind = api::ReplyRequest::Kind::Note;
    note.adminId = me();
    note.body = QStringLiteral("<p>Seen.</p>");
    for (const QString &id : ids)
        VERIFY_OK(finished(m_sandbox.client->reply(id, note)));
    const qint64 before = m_engine->watermark();
    QCOMPARE(storedWatermark(), before);

    // The first page goes through; from then on every request fails (retries included).
    int storedInFailedCycle = 0;
    auto connection
        = connect(m_engine.get(), &SyncEngine::pageStored, this, [&](const PageResult &result) {
              storedInFailedCycle += result.ok ? 1 : 0;
              sandbox::FaultOptions faults;
              faults.rate = 1.0;
              faults.kinds = {sandbox::FaultKind::Status503};
              m_sandbox.server->setFaultOptions(faults);
          });
    QSignalSpy errors(m_engine.get(), &SyncEngine::errorOccurred);
    m_engine->resume();
    QVERIFY(waitForCycle(false));
    disconnect(connection);
    QVERIFY(storedInFailedCycle >= 1);
    QVERIFY(errors.count() >= 1);
    QVERIFY(!m_engine->progress().lastError.isEmpty());
    QCOMPARE(m_engine->watermark(), before);
    QCOMPARE(storedWatermark(), before);

    m_sandbox.server->setFaultOptions({});
    m_engine->syncNow();
    QVERIFY(waitForCycle(true));
    QVERIFY(m_engine->progress().lastError.isEmpty());
    const QHash<QString, StoredConversation> store = stored();
    for (const QString &id : ids)
        QCOMPARE(store.value(id).updatedAt, sandboxConversation(id).updatedAt);
    QVERIFY(m_engine->watermark() > before);
}

void tst_SyncEngine::errorsAreRetriedNotFatal()
{
    sandbox::FaultOptions faults;
    faults.rate = 1.0;
    faults.kinds = {sandbox::FaultKind::Status500};
    m_sandbox.server->setFaultOptions(faults);
    SyncEngine *engine = createEngine({});
    QSignalSpy errors(engine, &SyncEngine::errorOccurred);
    QSignalSpy done(engine, &SyncEngine::initialSyncFinished);
    engine->start();
    QVERIFY(errors.wait(15000));
    QTRY_COMPARE(engine->phase(), SyncPhase::Idle);
    QVERIFY(!engine->isInitialSyncDone());
    QVERIFY(!engine->progress().lastError.isEmpty());
    QVERIFY(stored().isEmpty());

    m_sandbox.server->setFaultOptions({});
    engine->syncNow();
    QVERIFY(done.wait(30000));
    QVERIFY(engine->progress().lastError.isEmpty());
    QCOMPARE(stored().size(), expectedInitialIds(engine->horizonCutoff()).size());
}

void tst_SyncEngine::resumesInterruptedInitialSync()
{
    SyncOptions options;
    options.perPage = 10;
    options.maxPendingPages = 1;
    // Every answer 150 ms late, and the engine stopped as soon as its second page is stored:
    // it must still be in the open stage then, however fast or loaded the machine (polling
    // for the count let a quick run finish the open conversations first).
    sandbox::FaultOptions slow;
    slow.rate = 1.0;
    slow.kinds = {sandbox::FaultKind::Delay};
    slow.delayMs = 150;
    m_sandbox.server->setFaultOptions(slow);
    SyncEngine *engine = createEngine(options);
    QSignalSpy pages(engine, &SyncEngine::pageStored);
    engine->start();
    while (pages.count() < 2)
        QVERIFY(pages.wait(15000));
    m_engine.reset(); // "quit" in the middle of the open stage
    m_sandbox.server->setFaultOptions({});
    {
        Database db;
        QVERIFY(!db.open(m_path));
        SyncStateRepository state(db);
        QCOMPARE(state.value(QStringLiteral("sync.initial.stage")), QStringLiteral("open"));
        QVERIFY(!state.value(QStringLiteral("sync.initial.cursor")).isEmpty());
    }
    const int storedBefore = stored().size();
    QVERIFY(storedBefore >= 20);

    m_sandbox.server->resetStats();
    engine = createEngine(options);
    QSignalSpy done(engine, &SyncEngine::initialSyncFinished);
    engine->start();
    QVERIFY(done.wait(30000));
    const QSet<QString> expected = expectedInitialIds(engine->horizonCutoff());
    const QHash<QString, StoredConversation> store = stored();
    QCOMPARE(QSet<QString>(store.keyBegin(), store.keyEnd()), expected);
    // It went on from the saved cursor instead of starting over.
    const int searches = m_sandbox.server->stats()
                             .value(QLatin1String("by_route"))
                             .toObject()
                             .value(QLatin1String("POST /conversations/search"))
                             .toInt();
    const int pagesNeeded = (expected.size() + options.perPage - 1) / options.perPage + 1;
    QVERIFY2(searches < pagesNeeded, qPrintable(QString::number(searches)));
    QCOMPARE(engine->progress().conversationsStored + storedBefore, expected.size());
}

void tst_SyncEngine::staysUnderLowRateLimit()
{
    m_sandbox.server->setRateLimit(30);
    SyncOptions options;
    options.perPage = 3; // about 40 requests: more than one window holds
    options.prefetchPerView = 2;
    QVERIFY(runInitialSync(options));
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->progress().threadsFetched >= 2, 15000);
    const QJsonObject stats = m_sandbox.server->stats();
    QVERIFY2(stats.value(QLatin1String("total")).toInt() > 30,
             qPrintable(QString::number(stats.value(QLatin1String("total")).toInt())));
    QCOMPARE(stats.value(QLatin1String("rate_limited")).toInt(), 0);
    QCOMPARE(m_sandbox.client->rateLimit().limit, 30);
    QCOMPARE(stored().size(), expectedInitialIds(m_engine->horizonCutoff()).size());
}

void tst_SyncEngine::fetchesThreadOnOpenAndPrefetches()
{
    SyncOptions options;
    options.prefetchPerView = 3;
    QVERIFY(runInitialSync(options));
    QSignalSpy fetched(m_engine.get(), &SyncEngine::threadFetched);
    QSignalSpy partsChanged(m_changes.get(), &StoreChanges::partsChanged);
    // Prefetch: the top of "mine" and "unassigned" get their threads.
    Database db;
    QVERIFY(!db.open(m_path));
    ConversationRepository repository(db);
    const QList<ConversationFilter> views{ConversationFilter::mine(me()),
                                          ConversationFilter::unassigned()};
    auto prefetched = [&] {
        for (const ConversationFilter &view : views) {
            const ConversationPage page = repository.page(view, ConversationSort::UpdatedNewest, 3);
            for (const ConversationSummary &row : page.rows) {
                if (row.partsState() != ConversationSummary::PartsState::Done)
                    return false;
            }
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(prefetched(), 15000);

    // On open: a conversation outside those views.
    QString id;
    for (const QString &candidate : openIds(120)) {
        if (!repository.summary(candidate) || repository.parts(candidate).isEmpty()) {
            id = candidate;
            break;
        }
    }
    QVERIFY(!id.isEmpty());
    fetched.clear();
    m_engine->fetchThread(id);
    QTRY_VERIFY_WITH_TIMEOUT(fetched.contains(QVariantList{id, true}), 15000);
    QVERIFY(partsChanged.contains(QVariantList{id}));
    sandbox::Workspace &ws = m_sandbox.server->api().workspace();
    const auto &parts = ws.parts(ws.conversationIndex(id.toLongLong()));
    QCOMPARE(repository.parts(id).size(), qsizetype(parts.size()));
    QCOMPARE(repository.summary(id)->partsState(), ConversationSummary::PartsState::Done);

    // A conversation that does not exist: reported, not fatal.
    m_engine->fetchThread(QStringLiteral("999999999"));
    QTRY_VERIFY_WITH_TIMEOUT(fetched.contains(QVariantList{QStringLiteral("999999999"), false}),
                             15000);
}

void tst_SyncEngine::clockJumpStartsCycle()
{
    qint64 offsetMs = 0;
    SyncEngine *engine = createEngine({});
    engine->setWallClock([&offsetMs] { return QDateTime::currentMSecsSinceEpoch() + offsetMs; });
    QSignalSpy done(engine, &SyncEngine::initialSyncFinished);
    engine->start();
    QVERIFY(done.wait(30000));
    QSignalSpy phases(engine, &SyncEngine::phaseChanged);
    QSignalSpy cycles(engine, &SyncEngine::cycleFinished);
    QTest::qWait(100);
    QCOMPARE(cycles.count(), 0); // the next cycle is a minute away

    offsetMs = 3600 * 1000; // the machine slept for an hour
    engine->clockWatch()->check();
    QVERIFY(cycles.wait(15000));
    QCOMPARE(cycles.first().first().toBool(), true);
    QCOMPARE(phases.first().first().value<SyncPhase>(), SyncPhase::ReferenceData);
}

void tst_SyncEngine::intervalFollowsActivity()
{
    SyncOptions options;
    options.activeIntervalMs = 1000;
    options.backgroundIntervalMs = 120000;
    QVERIFY(runInitialSync(options));
    QCOMPARE(m_engine->cycleIntervalMs(), 1000);
    QVERIFY(waitForCycle(true, 5000)); // cycles come by themselves while active
    m_engine->setActive(false);
    QCOMPARE(m_engine->cycleIntervalMs(), 120000);
    QSignalSpy cycles(m_engine.get(), &SyncEngine::cycleFinished);
    QVERIFY(!cycles.wait(2500));
    m_engine->setActive(true);
    QVERIFY(cycles.wait(5000));
}

void tst_SyncEngine::headlessInitialSyncReportsFigures()
{
    const SyncFigures figures = models::runInitialSync(m_sandbox.config(), m_path);
    QVERIFY2(figures.ok, qPrintable(figures.error));
    Database db;
    QVERIFY(!db.open(m_path));
    const qint64 cutoff = SyncStateRepository(db).integer(SyncStateRepository::closedHorizon());
    QCOMPARE(figures.conversations, expectedInitialIds(cutoff).size());
    QVERIFY(figures.requests >= 6); // four lists, at least one page per stage
    QVERIFY(figures.wallMs > 0);
    QVERIFY(figures.cpuMs >= 0);
    QVERIFY(figures.rssKb > 0);
    const QJsonObject json = figures.toJson();
    for (const char *key : {"conversations", "requests", "wall_ms", "cpu_ms", "rss_kb"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QVERIFY(!json.contains(QLatin1String("error")));

    // A store that cannot be opened ends the run at once, with the reason.
    QFile garbage(m_dir->filePath(QStringLiteral("garbage.sqlite")));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(4096, 'x'));
    garbage.close();
    const SyncFigures failed = models::runInitialSync(m_sandbox.config(), garbage.fileName());
    QVERIFY(!failed.ok);
    QVERIFY(!failed.error.isEmpty());
    QVERIFY(failed.toJson().contains(QLatin1String("error")));
}

QTEST_GUILESS_MAIN(tst_SyncEngine)
#include "tst_syncengine.moc"
