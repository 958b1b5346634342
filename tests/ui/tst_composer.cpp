// The composer against the sandbox: what the agent types goes out as clean HTML through the
// stale-reply guard and the outbox (reply, note, send and close), comes back on undo, stays
// in drafts across conversations and restarts; files come by drop, paste and button with
// their limits; a failed message can be edited, retried or discarded.

#include "../models/outboxfixture.h"

#include "models/drafts/draftkeeper.h"
#include "models/outbox/stalereplyguard.h"
#include "models/store/outboxrepository.h"
#include "ui/composer/attachmentchips.h"
#include "ui/composer/composer.h"
#include "ui/composer/failurebar.h"
#include "ui/composer/richtexteditor.h"
#include "ui/composer/stalepanel.h"
#include "ui/composer/undobanner.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QImage>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using models::OutboxEntry;
using State = OutboxEntry::State;
using Mode = ui::Composer::Mode;

class TestComposer : public QObject
{
    Q_OBJECT

private:
    OutboxFixture f;
    QTemporaryDir files;
    std::unique_ptr<models::Outbox> outbox;
    std::unique_ptr<models::StaleReplyGuard> guard;
    std::unique_ptr<models::DraftKeeper> drafts;
    std::unique_ptr<ui::Composer> composer;

    void build(qint64 undoWindowMs)
    {
        composer.reset();
        guard.reset();
        drafts.reset();
        outbox.reset();
        models::OutboxOptions options = f.options();
        options.undoWindowMs = undoWindowMs;
        outbox = std::make_unique<models::Outbox>(*f.db, *f.sandbox.client, &f.changes, options);
        outbox->start();
        guard = std::make_unique<models::StaleReplyGuard>(*f.db, *f.sandbox.client, *outbox,
                                                          f.adminId);
        drafts = std::make_unique<models::DraftKeeper>(*f.db, &f.changes);
        composer = std::make_unique<ui::Composer>(*outbox, *guard, *drafts);
        composer->resize(640, 360);
        composer->show();
    }
    ui::RichTextEditor *editor() { return composer->editor(); }
    template<typename T> T *child(const char *name)
    {
        T *widget = composer->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }
    QPushButton *button(const char *name) { return child<QPushButton>(name); }
    /// Sends with Ctrl+Enter (or Ctrl+Shift+Enter) and waits for the message to be queued.
    qint64 sendByKey(bool close = false)
    {
        QSignalSpy queued(composer.get(), &ui::Composer::queued);
        QTest::keyClick(editor(), Qt::Key_Return,
                        close ? Qt::ControlModifier | Qt::ShiftModifier : Qt::ControlModifier);
        if (!queued.wait(10000))
            return 0;
        return queued.first().at(1).toLongLong();
    }
    QString makeFile(const QString &name, int size)
    {
        const QString path = files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QByteArray(size, 'z'));
        return path;
    }
    void customerReplies(const QString &id, const QString &text)
    {
        const sandbox::Conversation &c = f.serverConversation(id);
        VERIFY_OK(finished(f.sandbox.client->call(
            "POST", QStringLiteral("/conversations/%1/reply").arg(id),
            {{"message_type", "comment"},
             {"type", "user"},
             {"intercom_user_id", f.workspace().contacts[size_t(c.contact)].id},
             {"body", text}})));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(f.start(30, 12)); }
    void init() { build(60000); } // a long undo window: queued messages stay queued
    void cleanup()
    {
        composer.reset();
        guard.reset();
        drafts.reset();
        outbox.reset();
        QVERIFY(f.db->exec(QStringLiteral("DELETE FROM outbox")));
        QVERIFY(f.db->exec(QStringLiteral("DELETE FROM drafts")));
        QVERIFY(f.db->exec(QStringLiteral("DELETE FROM draft_attachments")));
    }

    void everyControlIsNamed()
    {
        composer->setConversation(f.conversationIds.at(0));
        const auto buttons = composer->findChildren<QAbstractButton *>();
        QVERIFY(buttons.size() >= 10);
        for (const QAbstractButton *b : buttons)
            QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(b->objectName()));
        QVERIFY(!editor()->accessibleName().isEmpty());
        QVERIFY(!button("composerSend")->isEnabled()); // nothing typed yet
        QVERIFY(editor()->tabChangesFocus());
    }

    void ctrlEnterQueuesReplyAsHtml()
    {
        const QString id = f.conversationIds.at(0);
        composer->setConversation(id);
        editor()->setFocus();
        QTest::keyClicks(editor(), QStringLiteral("Hello "));
        QTest::keyClick(editor(), Qt::Key_B, Qt::ControlModifier);
        QTest::keyClicks(editor(), QStringLiteral("world"));
        QTest::keyClick(editor(), Qt::Key_B, Qt::ControlModifier);
        QTest::keyClicks(editor(), QStringLiteral(" & <you>"));
        QVERIFY(button("composerSend")->isEnabled());
        const qint64 entry = sendByKey();
        QVERIFY(entry > 0);
        const OutboxEntry queued = *outbox->entry(entry);
        QCOMPARE(queued.kind, QStringLiteral("reply"));
        QCOMPARE(queued.payload.value("body").toString(),
                 QStringLiteral("<p>Hello <b>world</b> &amp; &lt;you&gt;</p>"));
        QVERIFY(editor()->isBlank()); // the outbox holds it now
        QVERIFY(!drafts->hasUnsaved());
        QVERIFY(!models::DraftRepository(*f.db).load(id, models::DraftRepository::Kind::Reply));
    }

    void noteModeQueuesNote()
    {
        const QString id = f.conversationIds.at(1);
        composer->setConversation(id);
        const QColor replyBase = editor()->palette().color(QPalette::Base);
        QVERIFY(!child<QLabel>("composerNoteHint")->isVisible());
        // The keyboard path: Space on the focused "Note" segment.
        auto *noteButton = child<QAbstractButton>("composerNoteMode");
        QCOMPARE(noteButton->text(), QStringLiteral("&Note")); // Alt+N
        noteButton->setFocus();
        QTest::keyClick(noteButton, Qt::Key_Space);
        QCOMPARE(composer->mode(), Mode::Note);
        QVERIFY(child<QLabel>("composerNoteHint")->isVisible());
        QVERIFY(editor()->palette().color(QPalette::Base) != replyBase);
        QTest::keyClicks(editor(), QStringLiteral("Internal only"));
        QSignalSpy queued(composer.get(), &ui::Composer::queued);
        QTest::mouseClick(button("composerSend"), Qt::LeftButton);
        QVERIFY(queued.wait(10000));
        const OutboxEntry entry = *outbox->entry(queued.first().at(1).toLongLong());
        QCOMPARE(entry.kind, QStringLiteral("note"));
        QCOMPARE(entry.payload.value("body").toString(), QStringLiteral("<p>Internal only</p>"));
        composer->setMode(Mode::Reply);
        QVERIFY(!child<QLabel>("composerNoteHint")->isVisible());
    }

    void ctrlShiftEnterQueuesReplyThenClose()
    {
        const QString id = f.conversationIds.at(2);
        composer->setConversation(id);
        QTest::keyClicks(editor(), QStringLiteral("Bye"));
        QSignalSpy closed(composer.get(), &ui::Composer::closeQueued);
        QVERIFY(sendByKey(true) > 0);
        QCOMPARE(closed.count(), 1);
        const QList<OutboxEntry> pending = outbox->pending(id);
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.at(0).kind, QStringLiteral("reply"));
        QCOMPARE(pending.at(1).kind, QStringLiteral("close"));
    }

    void undoReturnsTextAndFiles()
    {
        const QString id = f.conversationIds.at(3);
        composer->setConversation(id);
        QTest::keyClicks(editor(), QStringLiteral("Oops, wrong customer"));
        QCOMPARE(composer->addFiles({makeFile(QStringLiteral("undo.txt"), 20)}), 1);
        QVERIFY(sendByKey(true) > 0);
        QVERIFY(composer->attachments().isEmpty());
        auto *banner = child<ui::UndoBanner>("composerUndoBanner");
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("Sending in")), qPrintable(banner->text()));
        QTest::mouseClick(banner->undoButton(), Qt::LeftButton);
        QVERIFY(!banner->isVisible());
        QVERIFY(outbox->pending(id).isEmpty()); // the close went back too
        QCOMPARE(editor()->toPlainText(), QStringLiteral("Oops, wrong customer"));
        QCOMPARE(composer->attachments().size(), 1);
        QCOMPARE(composer->attachments().first().name, QStringLiteral("undo.txt"));
    }

    void undoBannerLeavesWhenSent()
    {
        build(300);
        const QString id = f.conversationIds.at(4);
        composer->setConversation(id);
        QTest::keyClicks(editor(), QStringLiteral("Quick one"));
        const qint64 entry = sendByKey();
        QVERIFY(entry > 0);
        auto *banner = child<ui::UndoBanner>("composerUndoBanner");
        QVERIFY(banner->isVisible());
        // Generous: a sanitized build sharing two cores with the rest of the suite once took
        // longer than 10 s here (the send itself takes milliseconds).
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(outbox->entry(entry)->state, State::Done, 30000);
    }

    void draftRestoredAcrossConversationsAndRestart()
    {
        const QString a = f.conversationIds.at(5);
        const QString b = f.conversationIds.at(6);
        composer->setConversation(a);
        QTest::keyClicks(editor(), QStringLiteral("Half-written"));
        QCOMPARE(composer->addFiles({makeFile(QStringLiteral("draft.log"), 9)}), 1);
        composer->setMode(Mode::Note);
        QTest::keyClicks(editor(), QStringLiteral("A note draft"));
        composer->setConversation(b);
        QVERIFY(editor()->isBlank());
        QVERIFY(composer->attachments().isEmpty());
        composer->setConversation(a);
        QCOMPARE(composer->mode(), Mode::Reply);
        QCOMPARE(editor()->toPlainText(), QStringLiteral("Half-written"));
        QCOMPARE(composer->attachments().size(), 1);
        composer->setMode(Mode::Note);
        QCOMPARE(editor()->toPlainText(), QStringLiteral("A note draft"));

        // A new composer and keeper over the same store: as after a restart.
        composer.reset();
        drafts = std::make_unique<models::DraftKeeper>(*f.db, &f.changes);
        composer = std::make_unique<ui::Composer>(*outbox, *guard, *drafts);
        composer->setConversation(a);
        QCOMPARE(editor()->toPlainText(), QStringLiteral("Half-written"));
        QCOMPARE(composer->attachments().first().name, QStringLiteral("draft.log"));
        QCOMPARE(composer->attachments().first().data, QByteArray(9, 'z'));
    }

    void pastedImageBecomesAttachment()
    {
        composer->setConversation(f.conversationIds.at(7));
        QImage image(8, 6, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QApplication::clipboard()->setImage(image);
        editor()->paste();
        QTRY_COMPARE(composer->attachments().size(), 1);
        QApplication::clipboard()->setImage(image);
        editor()->paste();
        QTRY_COMPARE(composer->attachments().size(), 2);
        const models::MessageAttachment pasted = composer->attachments().at(1);
        QCOMPARE(pasted.name, QStringLiteral("pasted-image-2.png"));
        QCOMPARE(pasted.contentType, QStringLiteral("image/png"));
        QVERIFY(pasted.data.startsWith("\x89PNG"));
        QCOMPARE(QImage::fromData(pasted.data).size(), QSize(8, 6));
        QVERIFY(editor()->isBlank());                 // not inserted into the text
        QVERIFY(button("composerSend")->isEnabled()); // files alone can be sent
    }

    void droppedFilesAreAttached()
    {
        composer->setConversation(f.conversationIds.at(7));
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(makeFile(QStringLiteral("one.pdf"), 30)),
                       QUrl::fromLocalFile(makeFile(QStringLiteral("two.txt"), 40))});
        const QPoint at = composer->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(composer.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(composer.get(), &drop);
        delete mime;
        QCOMPARE(composer->attachments().size(), 2);
        QCOMPARE(composer->attachments().at(0).contentType, QStringLiteral("application/pdf"));
        // Each chip can be removed by its own button.
        auto *remove = child<QAbstractButton>("removeAttachment0");
        QCOMPARE(remove->accessibleName(), QStringLiteral("Remove one.pdf"));
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(composer->attachments().size(), 1);
        QCOMPARE(composer->attachments().first().name, QStringLiteral("two.txt"));
    }

    void eleventhFileRefused()
    {
        composer->setConversation(f.conversationIds.at(8));
        QStringList paths;
        for (int i = 0; i < 11; ++i)
            paths.append(makeFile(QStringLiteral("n%1.txt").arg(i), 3));
        QCOMPARE(composer->addFiles(paths), 10);
        QCOMPARE(composer->attachments().size(), 10);
        QVERIFY2(composer->message().contains(QStringLiteral("10")),
                 qPrintable(composer->message()));
        QVERIFY(child<QLabel>("composerMessage")->isVisible());
    }

    void staleGuardShowsNewPartsThenSendAnyway()
    {
        build(0);
        const QString id = f.conversationIds.at(9);
        composer->setConversation(id); // the agent opens it: what is there counts as seen
        customerReplies(id, QStringLiteral("<p>Wait, one more thing!</p>"));
        QTest::keyClicks(editor(), QStringLiteral("Here is the answer"));
        QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);
        auto *panel = child<ui::StalePanel>("composerStalePanel");
        QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), 10000);
        QVERIFY2(panel->text().contains(QStringLiteral("1 new message")),
                 qPrintable(panel->text()));
        QVERIFY(panel->detail().contains(QStringLiteral("one more thing")));
        QCOMPARE(editor()->toPlainText(), QStringLiteral("Here is the answer")); // kept
        QVERIFY(outbox->pending(id).isEmpty());
        QSignalSpy queued(composer.get(), &ui::Composer::queued);
        QTest::mouseClick(panel->sendAnywayButton(), Qt::LeftButton);
        QVERIFY(queued.count() == 1 || queued.wait(10000));
        QVERIFY(!panel->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(f.serverPartsContaining(id, QStringLiteral("Here is the answer")),
                                  1, 10000);
    }

    void staleGuardReviewKeepsText()
    {
        const QString id = f.conversationIds.at(10);
        composer->setConversation(id);
        customerReplies(id, QStringLiteral("<p>Are you there?</p>"));
        QTest::keyClicks(editor(), QStringLiteral("Yes"));
        QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);
        auto *panel = child<ui::StalePanel>("composerStalePanel");
        QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), 10000);
        QSignalSpy review(composer.get(), &ui::Composer::reviewRequested);
        QTest::mouseClick(panel->reviewButton(), Qt::LeftButton);
        QCOMPARE(review.count(), 1);
        QCOMPARE(review.first().at(1).toStringList().size(), 1);
        QVERIFY(!panel->isVisible());
        QCOMPARE(editor()->toPlainText(), QStringLiteral("Yes"));
        // Reviewed: the next send goes straight to the outbox.
        QVERIFY(sendByKey() > 0);
    }

    void failureBarEditRetryDiscard()
    {
        build(0);
        // A conversation the server does not know: the reply fails for good (404).
        api::Conversation ghost;
        ghost.id = QStringLiteral("987659999");
        ghost.state = api::Conversation::State::Open;
        ghost.open = true;
        ghost.updatedAt = 1;
        QVERIFY(models::ConversationRepository(*f.db).upsertThread(ghost, 1));
        composer->setConversation(ghost.id);
        QTest::keyClicks(editor(), QStringLiteral("First try"));
        const qint64 entry = sendByKey();
        QVERIFY(entry > 0);
        auto *bar = child<ui::FailureBar>("composerFailureBar");
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
        QVERIFY2(bar->text().startsWith(QStringLiteral("Reply not sent: ")),
                 qPrintable(bar->text()));
        QVERIFY(editor()->isBlank());

        // Edit: the text comes back into the editor; Retry sends the edited text.
        QTest::keyClicks(editor(), QStringLiteral("unrelated draft"));
        QTest::mouseClick(bar->editButton(), Qt::LeftButton);
        QCOMPARE(editor()->toPlainText(), QStringLiteral("First try"));
        editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor(), QStringLiteral(", edited"));
        QTest::mouseClick(bar->retryButton(), Qt::LeftButton);
        QCOMPARE(outbox->entry(entry)->payload.value("body").toString(),
                 QStringLiteral("<p>First try, edited</p>"));
        // The draft typed before Edit is back in the editor.
        QCOMPARE(editor()->toPlainText(), QStringLiteral("unrelated draft"));
        QTRY_COMPARE_WITH_TIMEOUT(outbox->entry(entry)->state, State::Failed, 10000);
        QTRY_VERIFY(bar->isVisible());

        // Retry as is, then Discard.
        QTest::mouseClick(bar->retryButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(outbox->entry(entry)->state, State::Failed, 10000);
        QTRY_VERIFY(bar->isVisible());
        QTest::mouseClick(bar->discardButton(), Qt::LeftButton);
        QVERIFY(!bar->isVisible());
        QVERIFY(!outbox->entry(entry));
        QCOMPARE(editor()->toPlainText(), QStringLiteral("unrelated draft"));
    }
};

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"
