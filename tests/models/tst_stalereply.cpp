// The stale-reply guard: a customer's reply or a teammate's note that arrives after the agent
// opened the conversation is reported before sending; the agent's own notes are not.

#include "outboxfixture.h"

#include "models/outbox/stalereplyguard.h"
#include "models/store/outboxrepository.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTest>

using Kind = models::OutboxAction::Kind;

class TestStaleReply : public QObject
{
    Q_OBJECT

private:
    OutboxFixture f;
    std::unique_ptr<models::Outbox> outbox;
    std::unique_ptr<models::StaleReplyGuard> guard;

    void postReply(const QString &id, const QJsonObject &body)
    {
        VERIFY_OK(finished(f.sandbox.client->call(
            "POST", QStringLiteral("/conversations/%1/reply").arg(id), body)));
    }
    void customerReplies(const QString &id, const QString &text)
    {
        const sandbox::Conversation &c = f.serverConversation(id);
        postReply(id, {{"message_type", "comment"},
                       {"type", "user"},
                       {"intercom_user_id", f.workspace().contacts[size_t(c.contact)].id},
                       {"body", text}});
    }
    void adminNotes(const QString &id, const QString &adminId, const QString &text)
    {
        postReply(
            id,
            {{"message_type", "note"}, {"type", "admin"}, {"admin_id", adminId}, {"body", text}});
    }
    QString otherAdmin()
    {
        for (const sandbox::Admin &a : f.workspace().admins) {
            if (QString::number(a.id) != f.adminId)
                return QString::number(a.id);
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(f.start(20, 6));
        outbox
            = std::make_unique<models::Outbox>(*f.db, *f.sandbox.client, &f.changes, f.options());
        outbox->start();
        guard = std::make_unique<models::StaleReplyGuard>(*f.db, *f.sandbox.client, *outbox,
                                                          f.adminId);
    }

    void nothingNewSendsAtOnce()
    {
        const QString id = f.conversationIds.at(0);
        guard->markSeen(id);
        QSignalSpy queued(guard.get(), &models::StaleReplyGuard::queued);
        QSignalSpy found(guard.get(), &models::StaleReplyGuard::newPartsFound);
        guard->checkBeforeSend(id, Kind::Reply, QStringLiteral("<p>All clear</p>"));
        QVERIFY(queued.wait(5000));
        QCOMPARE(found.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(f.serverPartsContaining(id, QStringLiteral("All clear")), 1,
                                  10000);
    }

    void customerReplyIsReported()
    {
        const QString id = f.conversationIds.at(1);
        guard->markSeen(id);
        customerReplies(id, QStringLiteral("<p>Actually, never mind!</p>"));
        QSignalSpy queued(guard.get(), &models::StaleReplyGuard::queued);
        QSignalSpy found(guard.get(), &models::StaleReplyGuard::newPartsFound);
        const QString answer = QStringLiteral("<p>Here is the fix</p>");
        guard->checkBeforeSend(id, Kind::Reply, answer);
        QVERIFY(found.wait(5000));
        const auto parts = found.first().at(1).value<QList<api::ConversationPart>>();
        QCOMPARE(parts.size(), 1);
        QCOMPARE(parts.first().body, QStringLiteral("<p>Actually, never mind!</p>"));
        QCOMPARE(parts.first().author.type, QStringLiteral("user"));
        QCOMPARE(queued.count(), 0);
        QVERIFY(guard->isHolding(id));
        QVERIFY(outbox->pending(id).isEmpty()); // nothing sent blind

        // The agent read it and sends anyway; the reported part now counts as seen.
        const qint64 entry = guard->sendAnyway(id);
        QVERIFY(entry > 0);
        QVERIFY(!guard->isHolding(id));
        QTRY_COMPARE_WITH_TIMEOUT(f.serverPartsContaining(id, answer), 1, 10000);
        guard->checkBeforeSend(id, Kind::Note, QStringLiteral("<p>Follow-up note</p>"));
        QVERIFY(queued.wait(5000));
    }

    void teammateNoteIsReportedOwnNoteIsNot()
    {
        const QString id = f.conversationIds.at(2);
        guard->markSeen(id);
        adminNotes(id, f.adminId, QStringLiteral("<p>My own note</p>"));
        QSignalSpy queued(guard.get(), &models::StaleReplyGuard::queued);
        QSignalSpy found(guard.get(), &models::StaleReplyGuard::newPartsFound);
        guard->checkBeforeSend(id, Kind::Reply, QStringLiteral("<p>First answer</p>"));
        QVERIFY(queued.wait(5000));
        QCOMPARE(found.count(), 0);

        adminNotes(id, otherAdmin(), QStringLiteral("<p>I am on it already</p>"));
        guard->checkBeforeSend(id, Kind::Reply, QStringLiteral("<p>Second answer</p>"));
        QVERIFY(found.wait(5000));
        const auto parts = found.first().at(1).value<QList<api::ConversationPart>>();
        QCOMPARE(parts.size(), 1);
        QCOMPARE(parts.first().author.id, otherAdmin());
        guard->cancel(id);
        QVERIFY(!guard->isHolding(id));
    }

    void offlineUsesStoredCopy()
    {
        const QString id = f.conversationIds.at(3);
        api::ClientConfig config = f.sandbox.config();
        config.customBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:1")); // unreachable
        config.retryPolicy = api::RetryPolicy::none();
        api::IntercomClient offline(config);
        models::StaleReplyGuard offlineGuard(*f.db, offline, *outbox, f.adminId);
        offlineGuard.markSeen(id);
        // A customer part that a sync stored after the agent opened the conversation.
        api::ConversationPart part;
        part.id = QStringLiteral("900000002");
        part.partType = QStringLiteral("comment");
        part.body = QStringLiteral("<p>Synced while you typed</p>");
        part.createdAt = QDateTime::currentSecsSinceEpoch() + 10;
        part.author.type = QStringLiteral("user");
        part.author.id = QStringLiteral("someone");
        QVERIFY(models::ConversationRepository(*f.db).upsertParts(id, {part}));
        QSignalSpy found(&offlineGuard, &models::StaleReplyGuard::newPartsFound);
        offlineGuard.checkBeforeSend(id, Kind::Reply, QStringLiteral("<p>Offline answer</p>"));
        QVERIFY(found.wait(5000));
        const auto parts = found.first().at(1).value<QList<api::ConversationPart>>();
        QCOMPARE(parts.size(), 1);
        QCOMPARE(parts.first().id, part.id);
    }
};

QTEST_GUILESS_MAIN(TestStaleReply)
#include "tst_stalereply.moc"
