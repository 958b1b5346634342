// A revoked token while actions are queued: nothing fails or is dropped, the outbox and the
// sync say "authentication required", and after the new token every action is applied exactly
// once, in order per conversation, and the sync goes on.

#include "outboxfixture.h"

#include "models/outbox/outboxsender.h"
#include "models/store/outboxrepository.h"
#include "models/sync/syncengine.h"

#include <QTest>

using models::OutboxEntry;
using State = OutboxEntry::State;

class TestOutboxReauth : public QObject
{
    Q_OBJECT

private:
    OutboxFixture f;

    models::OutboxRepository repository() { return models::OutboxRepository(*f.db); }
    int unauthorizedAnswers()
    {
        return f.sandbox.server->stats().value(QLatin1String("unauthorized")).toInt();
    }
    int serverPartIndex(const QString &id, const QString &text)
    {
        const auto &parts = f.workspace().parts(f.workspace().conversationIndex(id.toLongLong()));
        for (size_t i = 0; i < parts.size(); ++i) {
            if (parts[i].body.contains(text))
                return int(i);
        }
        return -1;
    }
    bool serverHasTag(const QString &id, qint64 tagId)
    {
        const auto &tags = f.serverConversation(id).tags;
        return std::any_of(tags.cbegin(), tags.cend(),
                           [tagId](const sandbox::AppliedTag &tag) { return tag.tagId == tagId; });
    }
    std::unique_ptr<models::Outbox> makeOutbox(const models::OutboxOptions &options)
    {
        auto outbox
            = std::make_unique<models::Outbox>(*f.db, *f.sandbox.client, &f.changes, options);
        outbox->start();
        return outbox;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(f.start(40, 8)); }
    void init()
    {
        // Whatever an earlier test left: the client's token is the accepted one again.
        f.sandbox.server->setToken(QString::fromUtf8(f.sandbox.client->config().token));
        f.sandbox.server->setFaultOptions({});
    }

    void queuedActionsSurviveRevokedToken();
    void unknownOutcomeIsStillCheckedAfterSignIn();
};

void TestOutboxReauth::queuedActionsSurviveRevokedToken()
{
    // The sync shares the client (and the store), as in the app.
    models::SyncEngine sync(f.sandbox.client.get(), f.dir.filePath(QStringLiteral("store.sqlite")),
                            &f.changes);
    models::SyncOptions syncOptions;
    syncOptions.activeIntervalMs = 60000;
    sync.setOptions(syncOptions);
    QSignalSpy synced(&sync, &models::SyncEngine::initialSyncFinished);
    sync.start();
    QVERIFY(synced.wait(30000));

    models::OutboxOptions options = f.options();
    options.maxParallel = 3;
    auto outbox = makeOutbox(options);
    QSignalSpy outboxAuth(outbox.get(), &models::Outbox::authenticationRequired);
    QSignalSpy syncAuth(&sync, &models::SyncEngine::authenticationRequired);
    QSignalSpy idle(outbox.get(), &models::Outbox::idle);

    // Revoked (e.g. in Intercom's settings) just before the agent acts.
    f.sandbox.server->resetStats();
    f.sandbox.server->setToken(QStringLiteral("after-sign-in"));
    const QString c0 = f.conversationIds.at(0);
    const QString c1 = f.conversationIds.at(1);
    const QString c2 = f.conversationIds.at(2);
    const QString c3 = f.conversationIds.at(3);
    const qint64 tagA = f.workspace().tags.at(0).id;
    const qint64 tagB = f.workspace().tags.at(1).id;
    const QString other = QString::number(f.workspace().admins.at(2).id);
    const QString team = QString::number(f.workspace().teams.at(0).id);
    QList<qint64> entries{
        outbox->reply(c0, QStringLiteral("<p>reauth reply c0</p>")),
        outbox->note(c0, QStringLiteral("<p>reauth note c0</p>")),
        outbox->close(c0),
        outbox->assignAdmin(c1, other),
        outbox->addTag(c1, QString::number(tagA)),
        outbox->reply(c1, QStringLiteral("<p>reauth reply c1</p>")),
        outbox->note(c2, QStringLiteral("<p>reauth note c2</p>")),
        outbox->addTag(c2, QString::number(tagB)),
        outbox->close(c2),
        outbox->replyAndClose(c3, QStringLiteral("<p>reauth reply c3</p>")),
        outbox->assignTeam(c3, team),
    };
    QVERIFY(!entries.contains(0));
    const qint64 closeAfterReply = entries.at(9) + 1; // queued with the reply
    entries.insert(10, closeAfterReply);

    QVERIFY(outboxAuth.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(outbox->sender()->busyCount(), 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!syncAuth.isEmpty(), 5000);
    QVERIFY(outbox->isAuthenticationRequired());
    QVERIFY(sync.isAuthenticationRequired());
    QVERIFY(sync.progress().authenticationRequired);

    // Nothing failed, nothing was dropped, nothing counts as tried, and only the requests
    // already on their way (the outbox's and perhaps a thread prefetch) met the 401.
    const int refused = unauthorizedAnswers();
    QVERIFY(refused >= 1);
    QVERIFY2(refused <= f.sandbox.client->config().maxInFlight,
             qPrintable(QString::number(refused)));
    QTest::qWait(300);
    QCOMPARE(unauthorizedAnswers(), refused);
    QVERIFY(outbox->failed().isEmpty());
    for (qint64 id : std::as_const(entries)) {
        const std::optional<OutboxEntry> entry = repository().entry(id);
        QVERIFY(entry);
        QCOMPARE(entry->state, State::Queued);
        QCOMPARE(entry->attempts, 0);
        QVERIFY(entry->lastError.isEmpty());
    }
    QCOMPARE(repository().unsentCount(), entries.size());
    QCOMPARE(outboxAuth.count(), 1);
    QCOMPARE(syncAuth.count(), 1);
    QCOMPARE(f.serverPartsContaining(c0, QStringLiteral("reauth reply c0")), 0);

    // Signed in again: the new token alone resumes both.
    QSignalSpy cycles(&sync, &models::SyncEngine::cycleFinished);
    f.sandbox.client->setToken("after-sign-in");
    outbox->resume(); // what the app does when it is back: harmless here
    for (qint64 id : std::as_const(entries))
        QTRY_COMPARE_WITH_TIMEOUT(repository().entry(id)->state, State::Done, 15000);
    QVERIFY(!outbox->isAuthenticationRequired());
    for (qint64 id : std::as_const(entries))
        QCOMPARE(repository().entry(id)->attempts, 1); // sent once, never again

    // Exactly once, in order per conversation.
    for (const auto &[id, text] : {std::pair{c0, QStringLiteral("reauth reply c0")},
                                   {c0, QStringLiteral("reauth note c0")},
                                   {c1, QStringLiteral("reauth reply c1")},
                                   {c2, QStringLiteral("reauth note c2")},
                                   {c3, QStringLiteral("reauth reply c3")}})
        QCOMPARE(f.serverPartsContaining(id, text), 1);
    QVERIFY(serverPartIndex(c0, QStringLiteral("reauth reply c0"))
            < serverPartIndex(c0, QStringLiteral("reauth note c0")));
    QCOMPARE(f.serverConversation(c0).state, sandbox::ConversationState::Closed);
    QCOMPARE(f.serverConversation(c1).adminAssigneeId, other.toLongLong());
    QVERIFY(serverHasTag(c1, tagA));
    QVERIFY(serverHasTag(c2, tagB));
    QCOMPARE(f.serverConversation(c2).state, sandbox::ConversationState::Closed);
    QCOMPARE(f.serverConversation(c3).state, sandbox::ConversationState::Closed);
    QCOMPARE(f.serverConversation(c3).teamAssigneeId, team.toLongLong());
    for (const QString &id : {c0, c1, c2, c3}) {
        qint64 lastDone = 0;
        for (qint64 entryId : std::as_const(entries)) {
            const OutboxEntry entry = *repository().entry(entryId);
            if (entry.conversationId != id)
                continue;
            QVERIFY(entry.updatedAt >= lastDone);
            lastDone = entry.updatedAt;
        }
    }

    // The sync goes on by itself from where it was.
    QTRY_VERIFY_WITH_TIMEOUT(!cycles.isEmpty() && cycles.last().first().toBool(), 20000);
    QVERIFY(!sync.progress().authenticationRequired);
    QVERIFY(sync.progress().lastError.isEmpty());
    QVERIFY(!sync.isPaused());
}

void TestOutboxReauth::unknownOutcomeIsStillCheckedAfterSignIn()
{
    // The first attempt reached the server but its answer was lost; then the token is revoked.
    models::OutboxOptions options = f.options();
    options.retryPolicy = api::RetryPolicy{4, 60000, 60000, 60000}; // waits for resume()
    auto outbox = makeOutbox(options);
    sandbox::FaultOptions dropAfter;
    dropAfter.rate = 1.0;
    dropAfter.kinds = {sandbox::FaultKind::DropAfter};
    f.sandbox.server->setFaultOptions(dropAfter);
    const QString id = f.conversationIds.at(5);
    const QString text = QStringLiteral("reauth lost answer");
    const qint64 entry = outbox->reply(id, QLatin1String("<p>") + text + QLatin1String("</p>"));
    QTRY_VERIFY_WITH_TIMEOUT(repository().entry(entry)->attempts == 1
                                 && repository().entry(entry)->state == State::Queued,
                             10000);
    f.sandbox.server->setFaultOptions({});
    QCOMPARE(f.serverPartsContaining(id, text), 1);

    QSignalSpy outboxAuth(outbox.get(), &models::Outbox::authenticationRequired);
    f.sandbox.server->setToken(QStringLiteral("second-sign-in"));
    outbox->resume(); // skip the back-off: the check meets the 401
    QVERIFY(outboxAuth.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(repository().entry(entry)->state, State::Queued, 5000);
    QCOMPARE(repository().entry(entry)->attempts, 1); // still outcome-unknown: checked first

    f.sandbox.client->setToken("second-sign-in");
    QTRY_COMPARE_WITH_TIMEOUT(repository().entry(entry)->state, State::Done, 10000);
    QCOMPARE(f.serverPartsContaining(id, text), 1); // found, not sent again
}

QTEST_GUILESS_MAIN(TestOutboxReauth)
#include "tst_outboxreauth.moc"
