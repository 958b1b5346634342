#include "storefixture.h"

#include "models/store/conversationrepository.h"
#include "models/store/syncstaterepository.h"
#include "models/store/transaction.h"

#include <QAtomicInt>
#include <QThread>

using namespace models;

class TestStoreConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writerThreadAndReader();
    void twoWriters();
};

namespace {

/// Writes \a batches transactions of \a batchSize conversations from its own thread through
/// its own connection, as the sync engine's worker does.
class Writer : public QThread
{
public:
    Writer(const QString &path, const QString &prefix, int batches, int batchSize)
        : m_path(path)
        , m_prefix(prefix)
        , m_batches(batches)
        , m_batchSize(batchSize)
    {}
    QString error;
    QAtomicInt batchesDone;

protected:
    void run() override
    {
        Database db; // opened on this thread: its connection belongs to it
        if (const StoreError openError = db.open(m_path)) {
            error = openError.detail;
            return;
        }
        ConversationRepository repo(db);
        SyncStateRepository state(db);
        for (int b = 0; b < m_batches; ++b) {
            QList<api::Conversation> list;
            for (int i = 0; i < m_batchSize; ++i) {
                const int n = b * m_batchSize + i;
                list.append(storetest::conversation(m_prefix + QString::number(n), 1000 + n));
            }
            Transaction transaction(db);
            if (!repo.upsertConversations(list)
                || !state.setInteger(m_prefix + QStringLiteral("watermark"), 1000 + b)
                || !transaction.commit()) {
                error = db.lastError().detail;
                return;
            }
            batchesDone.fetchAndAddRelaxed(1);
        }
    }

private:
    QString m_path;
    QString m_prefix;
    int m_batches;
    int m_batchSize;
};

} // namespace

void TestStoreConcurrency::writerThreadAndReader()
{
    storetest::TempStore store;
    ConversationRepository reader(store.db());
    Writer writer(store.path(), QStringLiteral("w"), 40, 100);
    writer.start();
    int reads = 0;
    int lastCount = 0;
    while (!writer.isFinished() || reads == 0) {
        const int count = reader.count({});
        QVERIFY2(!store.db().lastError(), qPrintable(store.db().lastError().detail));
        QVERIFY(count >= lastCount); // committed batches only, never a partial one
        QCOMPARE(count % 100, 0);
        lastCount = count;
        const ConversationPage page = reader.page({}, ConversationSort::UpdatedNewest, 50);
        QVERIFY(page.rows.size() <= 50);
        ++reads;
    }
    QVERIFY(writer.wait(60000));
    QVERIFY2(writer.error.isEmpty(), qPrintable(writer.error));
    QCOMPARE(reader.count({}), 4000);
    QVERIFY(reads > 1);
    QCOMPARE(SyncStateRepository(store.db()).integer(QStringLiteral("wwatermark")), 1039);
}

void TestStoreConcurrency::twoWriters()
{
    // Both take the write lock with BEGIN IMMEDIATE and wait for each other (busy timeout):
    // no "database is locked".
    storetest::TempStore store;
    Writer first(store.path(), QStringLiteral("a"), 20, 50);
    Writer second(store.path(), QStringLiteral("b"), 20, 50);
    first.start();
    second.start();
    QVERIFY(first.wait(60000));
    QVERIFY(second.wait(60000));
    QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
    QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
    QCOMPARE(ConversationRepository(store.db()).count({}), 2000);
}

QTEST_GUILESS_MAIN(TestStoreConcurrency)
#include "tst_storeconcurrency.moc"
