#include "models/store/conversationrepository.h"
#include "models/store/outboxrepository.h"
#include "models/store/referencerepository.h"
#include "models/storechanges.h"
#include "models/threadmodel.h"
#include "models/threadroles.h"

#include "storefixture.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using models::ThreadModel;

namespace {

const QString conversationId = QStringLiteral("c1");

/// The conversation c1 as GET /conversations/{id} returns it: a first message with an
/// attachment, written by the contact, plus \a parts.
api::Conversation withThread(qint64 updatedAt, const QList<api::ConversationPart> &parts)
{
    api::Conversation c = storetest::conversation(conversationId, updatedAt);
    const QJsonObject attachment{
        {QStringLiteral("type"), QStringLiteral("upload")},
        {QStringLiteral("name"), QStringLiteral("screen.png")},
        {QStringLiteral("url"), QStringLiteral("https://files.example/s.png")},
        {QStringLiteral("content_type"), QStringLiteral("image/png")},
        {QStringLiteral("filesize"), 2048}};
    c.rawJson = QJsonObject{
        {QStringLiteral("id"), conversationId},
        {QStringLiteral("source"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("conversation")},
                     {QStringLiteral("id"), QStringLiteral("src-c1")},
                     {QStringLiteral("body"), QStringLiteral("<p>My <b>invoice</b> is wrong</p>")},
                     {QStringLiteral("author"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("user")},
                                  {QStringLiteral("id"), QStringLiteral("u-c1")},
                                  {QStringLiteral("name"), QStringLiteral("Carol")}}},
                     {QStringLiteral("attachments"), QJsonArray{attachment}}}}};
    c.parts = parts;
    return c;
}

api::ConversationPart part(const QString &id, const QString &type, const QString &body,
                           qint64 createdAt)
{
    return storetest::part(id, type, body, createdAt);
}

} // namespace

/// The thread of one conversation from the store: order, roles, live differences, pending
/// local parts and the fetch state.
class TestThreadModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void firstMessageThenPartsOldestFirst();
    void rolesOfEachKind();
    void newChangedAndVanishedPartsAreDiffed();
    void otherConversationsAreIgnored();
    void localPartIsPendingThenFailedThenReplaced();
    void fetchStateFollowsTheStore();
    void removedConversationEmptiesTheThread();
    void unknownConversationIsEmpty();
    void largeThreadLoads();

private:
    QStringList partIds() const;
    void storeThread(const api::Conversation &c, qint64 syncedAt = 5000);
    void storeParts(const QList<api::ConversationPart> &parts);

    std::unique_ptr<storetest::TempStore> m_store;
    std::unique_ptr<models::StoreChanges> m_changes;
    std::unique_ptr<ThreadModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestThreadModel::init()
{
    m_store = std::make_unique<storetest::TempStore>();
    m_changes = std::make_unique<models::StoreChanges>();
    api::Admin bob;
    bob.id = QStringLiteral("a2");
    bob.name = QStringLiteral("Bob");
    QVERIFY(models::ReferenceRepository(m_store->db()).replaceAdmins({bob}));
    m_model = std::make_unique<ThreadModel>(m_store->db(), m_changes.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestThreadModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_changes.reset();
    m_store.reset();
}

QStringList TestThreadModel::partIds() const
{
    QStringList ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids << m_model->index(row).data(models::PartIdRole).toString();
    return ids;
}

void TestThreadModel::storeThread(const api::Conversation &c, qint64 syncedAt)
{
    QVERIFY(models::ConversationRepository(m_store->db()).upsertThread(c, syncedAt));
    m_changes->notifyConversationsChanged({c.id});
    m_changes->notifyPartsChanged(c.id);
}

void TestThreadModel::storeParts(const QList<api::ConversationPart> &parts)
{
    QVERIFY(models::ConversationRepository(m_store->db()).upsertParts(conversationId, parts));
    m_changes->notifyPartsChanged(conversationId);
}

void TestThreadModel::firstMessageThenPartsOldestFirst()
{
    // Stored out of order: the model reads them by time.
    storeThread(
        withThread(1'700'000'000, {part(QStringLiteral("p3"), QStringLiteral("close"), {}, 130),
                                   part(QStringLiteral("p1"), QStringLiteral("comment"),
                                        QStringLiteral("<p>Looking</p>"), 110),
                                   part(QStringLiteral("p2"), QStringLiteral("note"),
                                        QStringLiteral("<p>Refund?</p>"), 120)}));
    QSignalSpy conversationChanged(m_model.get(), &ThreadModel::conversationChanged);
    m_model->setConversation(conversationId);
    QCOMPARE(conversationChanged.count(), 1);
    QCOMPARE(m_model->conversationId(), conversationId);
    QCOMPARE(partIds(), (QStringList{QStringLiteral("src-c1"), QStringLiteral("p1"),
                                     QStringLiteral("p2"), QStringLiteral("p3")}));
    QCOMPARE(m_model->rowOf(QStringLiteral("p2")), 2);
    QCOMPARE(m_model->fetchState(), ThreadModel::FetchState::Done);
}

void TestThreadModel::rolesOfEachKind()
{
    api::ConversationPart anonymousAdmin
        = part(QStringLiteral("p2"), QStringLiteral("note"), QStringLiteral("<p>x</p>"), 120);
    anonymousAdmin.author = storetest::ref(QStringLiteral("admin"), QStringLiteral("a2"));
    storeThread(
        withThread(1'700'000'000,
                   {part(QStringLiteral("p1"), QStringLiteral("comment"),
                         QStringLiteral("<p>Looking &amp; fixing</p>"), 110),
                    anonymousAdmin, part(QStringLiteral("p3"), QStringLiteral("close"), {}, 130)}));
    m_model->setConversation(conversationId);
    QCOMPARE(m_model->rowCount(), 4);

    const QModelIndex source = m_model->index(0);
    QCOMPARE(source.data(models::PartTypeRole).toString(), QStringLiteral("source"));
    QCOMPARE(source.data(models::PartKindRole).toString(), QStringLiteral("message"));
    QCOMPARE(source.data(models::AuthorNameRole).toString(), QStringLiteral("Carol"));
    QCOMPARE(source.data(models::AuthorTypeRole).toString(), QStringLiteral("user"));
    QCOMPARE(source.data(models::BodyHtmlRole).toString(),
             QStringLiteral("<p>My <b>invoice</b> is wrong</p>"));
    QCOMPARE(source.data(Qt::DisplayRole).toString(), QStringLiteral("My invoice is wrong"));
    QCOMPARE(source.data(models::CreatedAtRole).toDateTime().toSecsSinceEpoch(),
             1'700'000'000 - 100);
    const QVariantList attachments = source.data(models::AttachmentsRole).toList();
    QCOMPARE(attachments.size(), 1);
    const QVariantMap file = attachments.first().toMap();
    QCOMPARE(file.value(QStringLiteral("name")).toString(), QStringLiteral("screen.png"));
    QCOMPARE(file.value(QStringLiteral("url")).toUrl(),
             QUrl(QStringLiteral("https://files.example/s.png")));
    QCOMPARE(file.value(QStringLiteral("contentType")).toString(), QStringLiteral("image/png"));
    QCOMPARE(file.value(QStringLiteral("size")).toLongLong(), 2048);

    const QModelIndex comment = m_model->index(1);
    QCOMPARE(comment.data(models::PartKindRole).toString(), QStringLiteral("message"));
    QCOMPARE(comment.data(models::AuthorNameRole).toString(), QStringLiteral("Alice"));
    QCOMPARE(comment.data(Qt::DisplayRole).toString(), QStringLiteral("Looking & fixing"));
    QCOMPARE(comment.data(models::CreatedAtRole).toDateTime().toSecsSinceEpoch(), 110);
    QCOMPARE(comment.data(models::PartIsPendingRole).toBool(), false);

    const QModelIndex note = m_model->index(2);
    QCOMPARE(note.data(models::PartKindRole).toString(), QStringLiteral("note"));
    // No name stored with the part: the teammate's name from the reference data.
    QCOMPARE(note.data(models::AuthorNameRole).toString(), QStringLiteral("Bob"));
    QCOMPARE(note.data(models::AuthorIdRole).toString(), QStringLiteral("a2"));

    const QModelIndex event = m_model->index(3);
    QCOMPARE(event.data(models::PartKindRole).toString(), QStringLiteral("event"));
    QCOMPARE(event.data(models::PartTypeRole).toString(), QStringLiteral("close"));
    QCOMPARE(event.data(Qt::DisplayRole).toString(),
             QStringLiteral("Alice closed the conversation"));
    QCOMPARE(event.data(models::ThreadIsLoadingRole).toBool(), false);
    QCOMPARE(event.data(models::ThreadIsStaleRole).toBool(), false);
    QVERIFY(m_model->roleNames().value(models::PartIsPendingRole) == "isPending");
}

void TestThreadModel::newChangedAndVanishedPartsAreDiffed()
{
    storeThread(withThread(1'700'000'000, {part(QStringLiteral("p1"), QStringLiteral("comment"),
                                                QStringLiteral("<p>one</p>"), 110),
                                           part(QStringLiteral("p2"), QStringLiteral("comment"),
                                                QStringLiteral("<p>two</p>"), 120)}));
    m_model->setConversation(conversationId);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);

    storeParts({part(QStringLiteral("p3"), QStringLiteral("comment"), QStringLiteral("three"), 130),
                part(QStringLiteral("p4"), QStringLiteral("note"), QStringLiteral("four"), 140)});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 3);
    QCOMPARE(inserted.first().at(2).toInt(), 4);
    QCOMPARE(changed.count(), 0);

    storeParts({part(QStringLiteral("p1"), QStringLiteral("comment"),
                     QStringLiteral("<p>one, edited</p>"), 110)});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
    QCOMPARE(m_model->index(1).data(Qt::DisplayRole).toString(), QStringLiteral("one, edited"));

    QVERIFY(models::ConversationRepository(m_store->db())
                .removePart(conversationId, QStringLiteral("p2")));
    m_changes->notifyPartsChanged(conversationId);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 2);
    QCOMPARE(partIds(), (QStringList{QStringLiteral("src-c1"), QStringLiteral("p1"),
                                     QStringLiteral("p3"), QStringLiteral("p4")}));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);
}

void TestThreadModel::otherConversationsAreIgnored()
{
    storeThread(withThread(1'700'000'000, {}));
    QVERIFY(
        models::ConversationRepository(m_store->db())
            .upsertConversations({storetest::conversation(QStringLiteral("c2"), 1'700'000'000)}));
    m_model->setConversation(conversationId);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(models::ConversationRepository(m_store->db())
                .upsertParts(QStringLiteral("c2"),
                             {part(QStringLiteral("q1"), QStringLiteral("comment"),
                                   QStringLiteral("x"), 1)}));
    m_changes->notifyPartsChanged(QStringLiteral("c2"));
    m_changes->notifyConversationsChanged({QStringLiteral("c2")});
    m_changes->notifyOutboxChanged(QStringLiteral("c2"));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_model->rowCount(), 1);
}

void TestThreadModel::localPartIsPendingThenFailedThenReplaced()
{
    storeThread(withThread(1'700'000'000, {part(QStringLiteral("p1"), QStringLiteral("comment"),
                                                QStringLiteral("<p>one</p>"), 110)}));
    m_model->setConversation(conversationId);

    // What the outbox writes for a queued note: a local part keyed by the action's marker.
    models::OutboxEntry entry;
    entry.conversationId = conversationId;
    entry.kind = QStringLiteral("note");
    entry.marker = QStringLiteral("m-7");
    models::OutboxRepository outbox(m_store->db());
    const qint64 entryId = outbox.enqueue(entry, 1000);
    QVERIFY(entryId > 0);
    api::ConversationPart local = part(QStringLiteral("local-m-7"), QStringLiteral("note"),
                                       QStringLiteral("<p>Call her back</p>"), 200);
    local.author = storetest::ref(QStringLiteral("admin"), QStringLiteral("a2"));
    storeParts({local});
    const int row = m_model->rowOf(QStringLiteral("local-m-7"));
    QCOMPARE(row, 2);
    QCOMPARE(m_model->index(row).data(models::PartIsPendingRole).toBool(), true);
    QCOMPARE(m_model->index(row).data(models::PartIsFailedRole).toBool(), false);
    QCOMPARE(m_model->index(1).data(models::PartIsPendingRole).toBool(), false);

    QVERIFY(outbox.markSending(entryId, 2000));
    QVERIFY(outbox.markFailed(entryId, QStringLiteral("422"), 3000));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_changes->notifyOutboxChanged(conversationId);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), row);
    QCOMPARE(m_model->index(row).data(models::PartIsPendingRole).toBool(), false);
    QCOMPARE(m_model->index(row).data(models::PartIsFailedRole).toBool(), true);

    // Retried and confirmed: the server's part takes the local one's place.
    QVERIFY(models::ConversationRepository(m_store->db()).removePart(conversationId, local.id));
    storeParts({part(QStringLiteral("p9"), QStringLiteral("note"), local.body, 201)});
    QCOMPARE(partIds(),
             (QStringList{QStringLiteral("src-c1"), QStringLiteral("p1"), QStringLiteral("p9")}));
    QCOMPARE(m_model->index(2).data(models::PartIsPendingRole).toBool(), false);
}

void TestThreadModel::fetchStateFollowsTheStore()
{
    // A list item only: the thread was never fetched.
    api::Conversation c = withThread(1'700'000'000, {});
    QVERIFY(models::ConversationRepository(m_store->db()).upsertConversations({c}));
    m_model->setConversation(conversationId);
    QCOMPARE(m_model->fetchState(), ThreadModel::FetchState::None);
    QCOMPARE(m_model->rowCount(), 1); // the first message is in the list item

    QSignalSpy stateChanged(m_model.get(), &ThreadModel::fetchStateChanged);
    m_model->setLoading(true);
    QCOMPARE(stateChanged.count(), 1);
    QVERIFY(m_model->isLoading());
    QCOMPARE(m_model->index(0).data(models::ThreadIsLoadingRole).toBool(), true);
    QCOMPARE(m_model->property("loading").toBool(), true);

    // A local part written meanwhile does not end the loading.
    storeParts(
        {part(QStringLiteral("local-m-1"), QStringLiteral("comment"), QStringLiteral("hi"), 50)});
    QVERIFY(m_model->isLoading());

    c.parts = {part(QStringLiteral("p1"), QStringLiteral("comment"), QStringLiteral("one"), 110)};
    storeThread(c, 7000);
    QCOMPARE(m_model->fetchState(), ThreadModel::FetchState::Done);
    QCOMPARE(stateChanged.count(), 2);
    QCOMPARE(m_model->rowCount(), 3);

    // The conversation changed after the fetch: the stored thread is stale.
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    c.updatedAt += 60;
    QVERIFY(models::ConversationRepository(m_store->db()).upsertConversations({c}));
    m_changes->notifyConversationsChanged({conversationId});
    QCOMPARE(m_model->fetchState(), ThreadModel::FetchState::Stale);
    QVERIFY(m_model->isStale());
    QCOMPARE(m_model->property("stale").toBool(), true);
    QCOMPARE(m_model->index(1).data(models::ThreadIsStaleRole).toBool(), true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), m_model->rowCount() - 1);

    // A failed fetch: back to what the store says.
    m_model->setLoading(true);
    m_model->setLoading(false);
    QCOMPARE(m_model->fetchState(), ThreadModel::FetchState::Stale);
    QCOMPARE(stateChanged.count(), 5);
}

void TestThreadModel::removedConversationEmptiesTheThread()
{
    storeThread(withThread(1'700'000'000, {part(QStringLiteral("p1"), QStringLiteral("comment"),
                                                QStringLiteral("<p>one</p>"), 110)}));
    m_model->setConversation(conversationId);
    QCOMPARE(m_model->rowCount(), 2);
    QVERIFY(models::ConversationRepository(m_store->db()).remove(conversationId));
    m_changes->notifyConversationsRemoved({conversationId});
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->fetchState(), ThreadModel::FetchState::None);
}

void TestThreadModel::unknownConversationIsEmpty()
{
    m_model->setConversation(QStringLiteral("nope"));
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->fetchState(), ThreadModel::FetchState::None);
    m_model->setLoading(true);
    QVERIFY(m_model->isLoading());
    m_model->setConversation({});
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->isLoading());
}

void TestThreadModel::largeThreadLoads()
{
    QList<api::ConversationPart> parts;
    for (int i = 0; i < 500; ++i)
        parts << part(QStringLiteral("p%1").arg(i),
                      i % 5 == 0 ? QStringLiteral("note") : QStringLiteral("comment"),
                      QStringLiteral("<p>Message number %1 with <a href='x'>a link</a></p>").arg(i),
                      1000 + i);
    storeThread(withThread(1'700'000'000, parts));

    QElapsedTimer timer;
    timer.start();
    m_model->setConversation(conversationId);
    const qint64 loadMs = timer.elapsed();
    QCOMPARE(m_model->rowCount(), 501);
    QCOMPARE(m_model->index(500).data(models::PartIdRole).toString(), QStringLiteral("p499"));
    qInfo("500-part thread loaded in %lld ms", loadMs);

    // One more part: one insertion, not a reload.
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    timer.restart();
    storeParts(
        {part(QStringLiteral("p500"), QStringLiteral("comment"), QStringLiteral("late"), 9999)});
    qInfo("one new part applied to it in %lld ms", timer.elapsed());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_model->rowCount(), 502);
}

QTEST_GUILESS_MAIN(TestThreadModel)
#include "tst_threadmodel.moc"
