// The exactly-once test: 1,000 mixed actions over 50 conversations while the sandbox injects
// faults into 20% of the requests (500, 503, 429, connection dropped before or after
// applying, answers delayed past the client's timeout). Every action must be applied exactly
// once: each reply/note marker appears once on the server, and each conversation ends in the
// state its last actions ask for.

#include "outboxfixture.h"

#include "models/store/outboxrepository.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <map>
#include <set>

using models::OutboxEntry;
using State = OutboxEntry::State;
using sandbox::ConversationState;
using sandbox::FaultKind;

namespace {

/// What the server should show for one conversation once every action went through.
struct Expected
{
    std::optional<ConversationState> state;
    qint64 snoozedUntil = 0;
    std::optional<qint64> admin;
    std::optional<qint64> team;
    std::optional<bool> read;
    std::set<qint64> tags;
};

} // namespace

class TestOutboxFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thousandActionsWithFaultsApplyExactlyOnce()
    {
        constexpr int Conversations = 50;
        constexpr int Actions = 1000;
        OutboxFixture f;
        QVERIFY(f.start(60, Conversations));

        // A short timeout makes "delay" a lost answer; retries stay fast. Pacing is off: an
        // injected 429 says "0 remaining", which would otherwise hold every request until
        // the 10 s window ends (right for a real limit, not what this test is about).
        api::ClientConfig config = f.sandbox.config();
        config.transferTimeoutMs = 250;
        config.maxInFlight = 6;
        config.retryPolicy = api::RetryPolicy{3, 10, 50, 0};
        api::IntercomClient client(config);
        api::PacingOptions pacing;
        pacing.reserveFraction = -1; // reserve below zero: never pace, even at 0 remaining
        pacing.minimumReserve = -1;
        client.setPacingOptions(pacing);

        sandbox::Workspace &ws = f.workspace();
        std::map<QString, Expected> expected;
        for (const QString &id : f.conversationIds) {
            Expected &e = expected[id];
            e.state = f.serverConversation(id).state;
            e.snoozedUntil = f.serverConversation(id).snoozedUntil;
            for (const sandbox::AppliedTag &t : f.serverConversation(id).tags)
                e.tags.insert(t.tagId);
        }

        models::OutboxOptions options = f.options();
        options.maxParallel = 6;
        options.retryPolicy = api::RetryPolicy{4, 10, 150, 150};
        models::Outbox outbox(*f.db, client, &f.changes, options);
        QSignalSpy changed(&outbox, &models::Outbox::entryChanged);

        QRandomGenerator random(20240601);
        const qint64 snoozeBase = f.sandbox.server->now() + 86400;
        QList<qint64> ids;
        QStringList messages;
        int kinds[10] = {};
        for (int i = 0; i < Actions; ++i) {
            const QString id = f.conversationIds.at(int(random.bounded(Conversations)));
            Expected &e = expected[id];
            const int dice = int(random.bounded(100));
            qint64 entry = 0;
            if (dice < 25 || dice >= 95) {
                const bool note = dice >= 95;
                const QString text = QStringLiteral("<p>%1 #%2 on %3</p>")
                                         .arg(note ? "Note" : "Reply")
                                         .arg(i)
                                         .arg(id);
                entry = note ? outbox.note(id, text) : outbox.reply(id, text);
                messages.append(text);
                // An admin comment reopens a closed conversation (snoozed stays snoozed).
                if (!note && e.state == ConversationState::Closed)
                    e.state = ConversationState::Open;
                ++kinds[note ? 1 : 0];
            } else if (dice < 35) {
                entry = outbox.close(id);
                e.state = ConversationState::Closed;
                ++kinds[2];
            } else if (dice < 45) {
                entry = outbox.open(id);
                e.state = ConversationState::Open;
                ++kinds[3];
            } else if (dice < 52) {
                e.snoozedUntil = snoozeBase + i;
                entry = outbox.snooze(id, e.snoozedUntil);
                e.state = ConversationState::Snoozed;
                ++kinds[4];
            } else if (dice < 62) {
                const sandbox::Admin &admin = ws.admins[random.bounded(quint32(ws.admins.size()))];
                entry = outbox.assignAdmin(id, QString::number(admin.id));
                e.admin = admin.id;
                ++kinds[5];
            } else if (dice < 67) {
                const sandbox::Team &team = ws.teams[random.bounded(quint32(ws.teams.size()))];
                entry = outbox.assignTeam(id, QString::number(team.id));
                e.team = team.id;
                ++kinds[6];
            } else if (dice < 85) {
                const qint64 tag
                    = ws.tags[random.bounded(quint32(qMin<size_t>(6, ws.tags.size())))].id;
                const bool add = random.bounded(2) == 0;
                entry = add ? outbox.addTag(id, QString::number(tag))
                            : outbox.removeTag(id, QString::number(tag));
                add ? void(e.tags.insert(tag)) : void(e.tags.erase(tag));
                ++kinds[add ? 7 : 8];
            } else {
                const bool read = random.bounded(2) == 0;
                entry = outbox.markRead(id, read);
                e.read = read;
                ++kinds[9];
            }
            QVERIFY(entry > 0);
            ids.append(entry);
        }
        qInfo("actions: reply %d, note %d, close %d, open %d, snooze %d, assign %d, team %d,"
              " tag %d, untag %d, read %d",
              kinds[0], kinds[1], kinds[2], kinds[3], kinds[4], kinds[5], kinds[6], kinds[7],
              kinds[8], kinds[9]);

        sandbox::FaultOptions faults;
        faults.rate = 0.2;
        faults.kinds = {FaultKind::Status500,  FaultKind::Status503, FaultKind::Status429,
                        FaultKind::DropBefore, FaultKind::DropAfter, FaultKind::Delay};
        faults.delayMs = 600;
        faults.seed = 42;
        f.sandbox.server->setFaultOptions(faults);
        f.sandbox.server->resetStats();

        QElapsedTimer timer;
        timer.start();
        outbox.start();
        models::OutboxRepository repo(*f.db);
        const auto unfinished = [&] {
            return f.db
                ->scalar(QStringLiteral("SELECT COUNT(*) FROM outbox"
                                        " WHERE state IN ('queued', 'sending')"))
                .toInt();
        };
        QTRY_COMPARE_WITH_TIMEOUT(unfinished(), 0, 90000);
        const qint64 elapsed = timer.elapsed();
        f.sandbox.server->setFaultOptions({});
        QVERIFY2(repo.failed().isEmpty(), qPrintable(repo.failed().value(0).lastError));
        int retried = 0;
        for (qint64 entry : ids) {
            const auto e = repo.entry(entry);
            QCOMPARE(e->state, State::Done);
            retried += e->attempts > 1 ? 1 : 0;
        }
        qInfo("1000 actions delivered in %lld ms; %d needed more than one attempt; stats %s",
              elapsed, retried,
              QJsonDocument(f.sandbox.server->stats()).toJson(QJsonDocument::Compact).constData());

        // Exactly once: every message once, in the thread of its conversation.
        for (const QString &text : messages) {
            const QString id
                = text.section(QLatin1String(" on "), 1).section(QLatin1Char('<'), 0, 0);
            QCOMPARE(f.serverPartsContaining(id, text), 1);
        }
        // Final states equal the last actions.
        for (const auto &[id, e] : expected) {
            const sandbox::Conversation &c = f.serverConversation(id);
            if (e.state) {
                QCOMPARE(c.state, *e.state);
                if (*e.state == ConversationState::Snoozed)
                    QCOMPARE(c.snoozedUntil, e.snoozedUntil);
            }
            if (e.admin)
                QCOMPARE(c.adminAssigneeId, *e.admin);
            if (e.team)
                QCOMPARE(c.teamAssigneeId, *e.team);
            if (e.read)
                QCOMPARE(c.read, *e.read);
            std::set<qint64> tags;
            for (const sandbox::AppliedTag &t : c.tags)
                tags.insert(t.tagId);
            QCOMPARE(tags, e.tags);
        }
        QVERIFY2(elapsed < 60000, "the 1,000-action run should take under a minute");
    }
};

QTEST_GUILESS_MAIN(TestOutboxFaults)
#include "tst_outboxfaults.moc"
