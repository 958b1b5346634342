// Files on replies and notes: kept in the outbox payload (base64) so a queued message with
// files survives a restart, sent as attachment_files, limited to 10 files and a size cap;
// kept in drafts (schema v4) and given back by undo; send and close as one queued pair.

#include "outboxfixture.h"

#include "models/drafts/draftkeeper.h"
#include "models/outbox/outboxaction.h"
#include "models/store/draftrepository.h"
#include "models/store/outboxrepository.h"

#include <QTest>

using models::MessageAttachment;
using models::OutboxEntry;
using State = OutboxEntry::State;
using Kind = models::DraftRepository::Kind;

namespace {

MessageAttachment file(const QString &name, int size, char fill = 'x')
{
    return {name, QStringLiteral("text/plain"), QByteArray(size, fill)};
}

QList<MessageAttachment> files(int count)
{
    QList<MessageAttachment> result;
    for (int i = 0; i < count; ++i)
        result.append(file(QStringLiteral("f%1.txt").arg(i), 10 + i));
    return result;
}

} // namespace

class TestOutboxAttachments : public QObject
{
    Q_OBJECT

private:
    OutboxFixture f;
    std::unique_ptr<models::Outbox> outbox;

    State stateOf(qint64 id) { return models::OutboxRepository(*f.db).entry(id)->state; }
    std::unique_ptr<models::Outbox> makeOutbox(qint64 undoWindowMs = 0)
    {
        models::OutboxOptions options = f.options();
        options.undoWindowMs = undoWindowMs;
        auto result
            = std::make_unique<models::Outbox>(*f.db, *f.sandbox.client, &f.changes, options);
        result->start();
        return result;
    }
    /// The server's last part of conversation \a id.
    const sandbox::Part &lastServerPart(const QString &id)
    {
        return f.workspace().parts(f.workspace().conversationIndex(id.toLongLong())).back();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(f.start(30, 10)); }
    void init() { outbox = makeOutbox(); }
    void cleanup() { outbox.reset(); }

    void payloadRoundTrip()
    {
        const QList<MessageAttachment> sent{
            file(QStringLiteral("a.txt"), 3),
            {QStringLiteral("b.bin"), QStringLiteral("image/png"), QByteArray("\x00\xff\x10", 3)}};
        OutboxEntry entry;
        entry.kind = QStringLiteral("reply");
        entry.payload = models::OutboxAction::reply(QStringLiteral("<p>x</p>"), sent).toPayload();
        QCOMPARE(entry.payload.value("attachments").toArray().at(1).toObject().value("data"),
                 QStringLiteral("AP8Q"));
        QCOMPARE(models::OutboxAction::fromEntry(entry).attachments, sent);
        // Tolerant: a broken entry is skipped, a missing content type gets the generic one.
        entry.payload.insert(QStringLiteral("attachments"),
                             QJsonArray{QJsonObject{{"name", "ok"}, {"data", "eA=="}},
                                        QJsonObject{{"name", "bad"}, {"data", "%%%"}}, 42});
        const auto read = models::OutboxAction::fromEntry(entry).attachments;
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.first().contentType, QStringLiteral("application/octet-stream"));
        QCOMPARE(read.first().data, QByteArray("x"));
    }

    void replyWithTwoFilesArrivesWithThem()
    {
        const QString id = f.conversationIds.at(0);
        const QString text = QStringLiteral("<p>Two files attached</p>");
        const qint64 entry = outbox->reply(
            id, text, {file(QStringLiteral("log.txt"), 1234), file(QStringLiteral("b.csv"), 77)});
        QVERIFY2(entry > 0, qPrintable(outbox->lastError()));
        // Shown at once, with its files, as a local part.
        const auto local = models::ConversationRepository(*f.db).parts(id);
        QCOMPARE(local.last().attachments.size(), 2);
        QCOMPARE(local.last().attachments.first().fileSize, 1234);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(entry), State::Done, 10000);
        const sandbox::Part &part = lastServerPart(id);
        QVERIFY(part.body.contains(text));
        QCOMPARE(int(part.attachments.size()), 2);
        QCOMPARE(part.attachments[0].name, QStringLiteral("log.txt"));
        QCOMPARE(part.attachments[0].filesize, 1234);
        QCOMPARE(part.attachments[1].name, QStringLiteral("b.csv"));
        // The server's part (with its URLs) replaced the local one.
        const auto stored = models::ConversationRepository(*f.db).parts(id);
        QVERIFY(!stored.last().attachments.first().url.isEmpty());
    }

    void noteWithFileOnly()
    {
        const QString id = f.conversationIds.at(1);
        const qint64 entry = outbox->note(id, QString(), {file(QStringLiteral("only.txt"), 5)});
        QVERIFY(entry > 0);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(entry), State::Done, 10000);
        QCOMPARE(lastServerPart(id).type, sandbox::PartType::Note);
        QCOMPARE(lastServerPart(id).attachments.front().name, QStringLiteral("only.txt"));
    }

    void queuedWithFilesSurvivesRestart()
    {
        const QString id = f.conversationIds.at(2);
        const QString text = QStringLiteral("<p>Across a restart</p>");
        qint64 entry = 0;
        {
            auto first = makeOutbox();
            first->setOnline(false);
            entry = first->reply(id, text, files(3));
            QVERIFY(entry > 0);
        } // the app stops with the reply still queued
        auto second = makeOutbox();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(entry), State::Done, 10000);
        QCOMPARE(f.serverPartsContaining(id, text), 1);
        QCOMPARE(int(lastServerPart(id).attachments.size()), 3);
        QCOMPARE(lastServerPart(id).attachments[2].filesize, 12);
    }

    void limits_data()
    {
        QTest::addColumn<QList<MessageAttachment>>("attachments");
        QTest::addColumn<QString>("needle");
        QTest::newRow("count/11") << files(11) << QStringLiteral("10");
        QTest::newRow("size/file") << QList<MessageAttachment>{file(
            QStringLiteral("big.bin"), int(MessageAttachment::MaxFileBytes) + 1)}
                                   << QStringLiteral("big.bin");
        QList<MessageAttachment> heavy;
        for (int i = 0; i < 3; ++i)
            heavy.append(file(QStringLiteral("h%1").arg(i), int(MessageAttachment::MaxFileBytes)));
        QTest::newRow("size/total") << heavy << QStringLiteral("together");
        QTest::newRow("empty/file") << QList<MessageAttachment>{file(QStringLiteral("e.txt"), 0)}
                                    << QStringLiteral("e.txt");
    }

    void limits()
    {
        QFETCH(QList<MessageAttachment>, attachments);
        QFETCH(QString, needle);
        const QString id = f.conversationIds.at(3);
        const int rows = f.db->scalar(QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt();
        QCOMPARE(outbox->reply(id, QStringLiteral("<p>x</p>"), attachments), 0);
        QVERIFY2(outbox->lastError().contains(needle), qPrintable(outbox->lastError()));
        QCOMPARE(f.db->scalar(QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt(), rows);
        QCOMPARE(MessageAttachment::validate(attachments), outbox->lastError());
        // Ten files are fine.
        QVERIFY(MessageAttachment::validate(files(10)).isEmpty());
        QVERIFY(!MessageAttachment::refusal(files(10), file(QStringLiteral("x"), 1)).isEmpty());
    }

    void replyAndCloseInOrder()
    {
        const QString id = f.conversationIds.at(4);
        f.workspace().setState(f.workspace().conversationIndex(id.toLongLong()),
                               sandbox::ConversationState::Open, 0);
        const QString text = QStringLiteral("<p>Done here, closing</p>");
        const qint64 entry = outbox->replyAndClose(id, text, files(1));
        QVERIFY(entry > 0);
        const QList<OutboxEntry> queued = outbox->pending(id);
        QCOMPARE(queued.size(), 2);
        QCOMPARE(queued.at(0).kind, QStringLiteral("reply"));
        QCOMPARE(queued.at(1).kind, QStringLiteral("close"));
        QCOMPARE(f.local(id)->state, api::Conversation::State::Closed);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(queued.at(1).id), State::Done, 10000);
        QCOMPARE(stateOf(entry), State::Done);
        QCOMPARE(f.serverConversation(id).state, sandbox::ConversationState::Closed);
        QCOMPARE(lastServerPart(id).type, sandbox::PartType::Close);
        QCOMPARE(f.serverPartsContaining(id, text), 1);
    }

    void undoReturnsTextAndFilesAndTakesTheCloseBack()
    {
        auto slow = makeOutbox(60000);
        const QString id = f.conversationIds.at(5);
        const auto before = f.local(id);
        models::DraftRepository drafts(*f.db);
        QVERIFY(drafts.saveAttachments(id, Kind::Reply, {file(QStringLiteral("kept.txt"), 2)}));
        const QString text = QStringLiteral("<p>Take me back</p>");
        const QList<MessageAttachment> sent = files(2);
        const qint64 entry = slow->replyAndClose(id, text, sent);
        QVERIFY(entry > 0);
        QVERIFY(slow->isUndoable(entry));
        QVERIFY(slow->undo(entry));
        QVERIFY(slow->pending(id).isEmpty());
        QCOMPARE(f.local(id)->state, before->state);
        const auto draft = drafts.load(id, Kind::Reply);
        QVERIFY(draft);
        QCOMPARE(draft->text, text);
        // The files that came back first, then what the draft already had.
        QCOMPARE(draft->attachments.size(), 3);
        QCOMPARE(draft->attachments.mid(0, 2), sent);
        QCOMPARE(draft->attachments.at(2).name, QStringLiteral("kept.txt"));
        QVERIFY(drafts.clear(id, Kind::Reply));
    }

    void closeHeldWhenItsReplyFails()
    {
        const QString ghost = QStringLiteral("987650001"); // unknown to the server: 404
        const qint64 entry = outbox->replyAndClose(ghost, QStringLiteral("<p>Lost</p>"));
        QVERIFY(entry > 0);
        QTRY_COMPARE_WITH_TIMEOUT(outbox->failed().size(), 2, 10000);
        const OutboxEntry close = outbox->failed().at(1);
        QCOMPARE(close.kind, QStringLiteral("close"));
        QVERIFY(close.lastError.contains(QStringLiteral("reply")));
        // Retry puts both back in line (and both fail again); discard drops both.
        QVERIFY(outbox->retry(entry));
        QCOMPARE(stateOf(close.id), State::Queued);
        QTRY_COMPARE_WITH_TIMEOUT(outbox->failed().size(), 2, 10000);
        QVERIFY(outbox->discard(entry));
        QVERIFY(outbox->failed().isEmpty());
        QVERIFY(!models::OutboxRepository(*f.db).entry(close.id));
    }

    void retryWithEditedFiles()
    {
        const QString ghost = QStringLiteral("987650002");
        const qint64 entry = outbox->reply(ghost, QStringLiteral("<p>a</p>"), files(1));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(entry), State::Failed, 10000);
        QVERIFY(!outbox->retry(entry, QStringLiteral("<p>b</p>"), files(11)));
        QVERIFY(outbox->lastError().contains(QStringLiteral("10")));
        QVERIFY(outbox->retry(entry, QStringLiteral("<p>b</p>"), files(2)));
        const auto action = models::OutboxAction::fromEntry(*outbox->entry(entry));
        QCOMPARE(action.body, QStringLiteral("<p>b</p>"));
        QCOMPARE(action.attachments, files(2));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(entry), State::Failed, 10000);
        QVERIFY(outbox->discard(entry));
    }

    void draftsKeepFiles()
    {
        const QString id = QStringLiteral("draft-files");
        models::DraftRepository drafts(*f.db);
        QVERIFY(!drafts.load(id, Kind::Note));
        QVERIFY(drafts.saveAttachments(id, Kind::Note, files(2)));
        QCOMPARE(drafts.load(id, Kind::Note)->attachments, files(2));
        QVERIFY(drafts.load(id, Kind::Note)->text.isEmpty());
        // Text saves leave the files alone, even an empty text.
        QVERIFY(drafts.save(id, Kind::Note, QStringLiteral("t")));
        QVERIFY(drafts.save(id, Kind::Note, QString()));
        QCOMPARE(drafts.load(id, Kind::Note)->attachments.size(), 2);
        QVERIFY(!drafts.load(id, Kind::Reply));
        {
            // The keeper saves files at once; a new keeper over the same store reads them.
            models::DraftKeeper keeper(*f.db, nullptr);
            keeper.setAttachments(id, Kind::Reply, files(1));
            QVERIFY(!keeper.hasUnsaved());
        }
        models::DraftKeeper again(*f.db, nullptr);
        QCOMPARE(again.restoreAttachments(id, Kind::Reply), files(1));
        QVERIFY(drafts.clear(id, Kind::Note));
        QVERIFY(!drafts.load(id, Kind::Note));
        QVERIFY(drafts.saveAttachments(id, Kind::Reply, {}));
        QVERIFY(!drafts.load(id, Kind::Reply));
    }
};

QTEST_GUILESS_MAIN(TestOutboxAttachments)
#include "tst_outboxattachments.moc"
