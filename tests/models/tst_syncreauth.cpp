// SyncEngine and a revoked token: a 401 holds the engine (no retry loop, no error spam) with
// a visible state; a new token continues from the stored cursor and watermark without gaps.
#include "models/store/database.h"
#include "models/storechanges.h"
#include "models/sync/syncengine.h"

#include "sandbox/sandboxapi.h"
#include "sandbox/workspace.h"

#include "../support/sandboxharness.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace models;

class tst_SyncReauth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void revokedDuringInitialSyncHoldsThenContinues();
    void revokedBeforeCycleCatchesUpAfterNewToken();

private:
    SyncEngine *createEngine();
    QHash<QString, qint64> stored(); ///< id → updated_at
    int unauthorizedAnswers()
    {
        return m_sandbox.server->stats().value(QLatin1String("unauthorized")).toInt();
    }
    void expectHeldWithoutRetries(int unauthorizedBefore);

    SandboxHarness m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StoreChanges> m_changes;
    std::unique_ptr<SyncEngine> m_engine;
    QString m_path;
};

void tst_SyncReauth::init()
{
    QVERIFY(m_sandbox.start(120));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("store.sqlite"));
    m_changes = std::make_unique<StoreChanges>();
}

void tst_SyncReauth::cleanup()
{
    m_engine.reset();
    m_changes.reset();
    m_dir.reset();
    m_sandbox.client.reset();
    m_sandbox.server.reset();
}

SyncEngine *tst_SyncReauth::createEngine()
{
    SyncOptions options;
    options.perPage = 20;          // several pages per stage
    options.activeIntervalMs = 50; // a retry loop would show at once
    m_engine = std::make_unique<SyncEngine>(m_sandbox.client.get(), m_path, m_changes.get());
    m_engine->setOptions(options);
    return m_engine.get();
}

QHash<QString, qint64> tst_SyncReauth::stored()
{
    QHash<QString, qint64> result;
    Database db;
    if (db.open(m_path))
        return result;
    db.select(QStringLiteral("SELECT id, updated_at FROM conversations"), {},
              [&](const QSqlQuery &row) {
                  result.insert(row.value(0).toString(), row.value(1).toLongLong());
              });
    return result;
}

void tst_SyncReauth::expectHeldWithoutRetries(int unauthorizedBefore)
{
    QVERIFY(m_engine->isAuthenticationRequired());
    QVERIFY(m_engine->isPaused());
    QVERIFY(m_engine->progress().authenticationRequired);
    QVERIFY(!m_engine->progress().lastError.isEmpty());
    QTRY_COMPARE(m_engine->phase(), SyncPhase::Idle);
    const int refused = unauthorizedAnswers();
    QVERIFY(refused > unauthorizedBefore);
    QTest::qWait(400); // eight cycle intervals
    QCOMPARE(unauthorizedAnswers(), refused);
    QCOMPARE(m_engine->phase(), SyncPhase::Idle);
}

void tst_SyncReauth::revokedDuringInitialSyncHoldsThenContinues()
{
    SyncEngine *engine = createEngine();
    QSignalSpy required(engine, &SyncEngine::authenticationRequired);
    QSignalSpy errors(engine, &SyncEngine::errorOccurred);
    QSignalSpy done(engine, &SyncEngine::initialSyncFinished);
    int pagesBeforeRevoke = 0;
    auto revokeOnce = connect(engine, &SyncEngine::pageStored, this, [&] {
        if (++pagesBeforeRevoke == 1)
            m_sandbox.server->setToken(QStringLiteral("after-revoke"));
    });
    engine->start();
    QVERIFY(required.wait(20000));
    disconnect(revokeOnce);
    QCOMPARE(required.count(), 1);
    expectHeldWithoutRetries(0);
    QCOMPARE(errors.count(), 0); // the state says it once; no error per refused request
    QCOMPARE(required.count(), 1);
    QVERIFY(!engine->isInitialSyncDone());
    const int storedWhileHeld = int(stored().size());
    QVERIFY(storedWhileHeld >= 20);

    // Signing in again is enough: the client's new token ends the hold.
    m_sandbox.client->setToken("after-revoke");
    QVERIFY(done.wait(30000));
    QVERIFY(!engine->progress().authenticationRequired);
    QVERIFY(engine->progress().lastError.isEmpty());
    QVERIFY(!engine->isPaused());
    const QHash<QString, qint64> store = stored();
    for (const sandbox::Conversation &c : m_sandbox.server->api().workspace().conversations) {
        if (c.state != sandbox::ConversationState::Closed || c.updatedAt > engine->horizonCutoff())
            QVERIFY2(store.contains(QString::number(c.id)), qPrintable(QString::number(c.id)));
    }
}

void tst_SyncReauth::revokedBeforeCycleCatchesUpAfterNewToken()
{
    SyncEngine *engine = createEngine();
    QSignalSpy done(engine, &SyncEngine::initialSyncFinished);
    engine->start();
    QVERIFY(done.wait(30000));
    engine->pause();
    const qint64 before = engine->watermark();

    // Changes happen while the token is revoked (made with the new one, by another client).
    m_sandbox.server->setToken(QStringLiteral("new-token"));
    api::ClientConfig config = m_sandbox.config();
    api::IntercomClient other(config);
    api::ReplyRequest note;
    note.kind = api::ReplyRequest::Kind::Note;
    note.adminId = m_sandbox.server->api().meAdminId();
    note.body = QStringLiteral("<p>While signed out.</p>");
    QStringList changed;
    for (const sandbox::Conversation &c : m_sandbox.server->api().workspace().conversations) {
        if (c.state == sandbox::ConversationState::Open && changed.size() < 25)
            changed.append(QString::number(c.id));
    }
    for (const QString &id : changed)
        VERIFY_OK(finished(other.reply(id, note)));

    QSignalSpy required(engine, &SyncEngine::authenticationRequired);
    QSignalSpy cycles(engine, &SyncEngine::cycleFinished);
    const int unauthorizedBefore = unauthorizedAnswers();
    engine->resume();
    QVERIFY(required.wait(20000));
    expectHeldWithoutRetries(unauthorizedBefore);
    QCOMPARE(engine->watermark(), before);
    QCOMPARE(required.count(), 1);

    // resume() after the new token: one cycle from the same watermark picks everything up.
    cycles.clear();
    m_sandbox.client->setToken("new-token");
    engine->resume();
    QTRY_VERIFY_WITH_TIMEOUT(!cycles.isEmpty() && cycles.last().first().toBool(), 20000);
    QVERIFY(!engine->progress().authenticationRequired);
    const QHash<QString, qint64> store = stored();
    sandbox::Workspace &workspace = m_sandbox.server->api().workspace();
    for (const QString &id : changed) {
        const sandbox::Conversation &server
            = workspace.conversations[size_t(workspace.conversationIndex(id.toLongLong()))];
        QCOMPARE(store.value(id), server.updatedAt);
    }
    QVERIFY(engine->watermark() > before);
}

QTEST_MAIN(tst_SyncReauth)
#include "tst_syncreauth.moc"
