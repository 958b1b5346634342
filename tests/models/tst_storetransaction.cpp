#include "storefixture.h"

#include "models/store/transaction.h"

#include <stdexcept>

using namespace models;

class TestStoreTransaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void commit();
    void rollbackOnEarlyReturn();
    void rollbackOnException();
    void explicitRollback();
    void nestedCommitsWithOuter();
    void nestedRollbackKeepsOuter();
    void outerRollbackUndoesInner();
    void readTransaction();
    void closedDatabase();

private:
    int rows();
    bool insert(const QString &key);
    std::unique_ptr<storetest::TempStore> m_store;
};

void TestStoreTransaction::init()
{
    m_store = std::make_unique<storetest::TempStore>();
}

int TestStoreTransaction::rows()
{
    return m_store->db().scalar(QStringLiteral("SELECT COUNT(*) FROM sync_state")).toInt();
}

bool TestStoreTransaction::insert(const QString &key)
{
    return m_store->db().exec(QStringLiteral("INSERT INTO sync_state(key, value) VALUES (?, 'v')"),
                              {key});
}

void TestStoreTransaction::commit()
{
    {
        Transaction transaction(m_store->db());
        QVERIFY(transaction.isActive());
        QVERIFY(!transaction.isNested());
        QCOMPARE(m_store->db().transactionDepth(), 1);
        QVERIFY(insert(QStringLiteral("a")));
        QVERIFY(transaction.commit());
        QVERIFY(!transaction.commit()); // only once
    }
    QCOMPARE(m_store->db().transactionDepth(), 0);
    QCOMPARE(rows(), 1);
    // Committed work is visible to another connection.
    auto other = m_store->openAnother();
    QCOMPARE(other->scalar(QStringLiteral("SELECT COUNT(*) FROM sync_state")).toInt(), 1);
}

void TestStoreTransaction::rollbackOnEarlyReturn()
{
    const auto work = [this](bool bail) {
        Transaction transaction(m_store->db());
        if (!insert(QStringLiteral("a")))
            return false;
        if (bail)
            return false; // the destructor rolls back
        return transaction.commit();
    };
    QVERIFY(!work(true));
    QCOMPARE(rows(), 0);
    QCOMPARE(m_store->db().transactionDepth(), 0);
    QVERIFY(work(false));
    QCOMPARE(rows(), 1);
}

void TestStoreTransaction::rollbackOnException()
{
    bool thrown = false;
    try {
        Transaction transaction(m_store->db());
        QVERIFY(insert(QStringLiteral("a")));
        throw std::runtime_error("parse failure");
    } catch (const std::runtime_error &) {
        thrown = true;
    }
    QVERIFY(thrown);
    QCOMPARE(rows(), 0);
    QCOMPARE(m_store->db().transactionDepth(), 0);
}

void TestStoreTransaction::explicitRollback()
{
    Transaction transaction(m_store->db());
    QVERIFY(insert(QStringLiteral("a")));
    transaction.rollback();
    QVERIFY(!transaction.isActive());
    QVERIFY(!transaction.commit());
    QCOMPARE(rows(), 0);
}

void TestStoreTransaction::nestedCommitsWithOuter()
{
    Transaction outer(m_store->db());
    QVERIFY(insert(QStringLiteral("outer")));
    {
        Transaction inner(m_store->db());
        QVERIFY(inner.isActive());
        QVERIFY(inner.isNested());
        QCOMPARE(m_store->db().transactionDepth(), 2);
        QVERIFY(insert(QStringLiteral("inner")));
        QVERIFY(inner.commit());
    }
    QCOMPARE(m_store->db().transactionDepth(), 1);
    // Not durable yet: another connection sees nothing until the outer commit.
    auto other = m_store->openAnother();
    QCOMPARE(other->scalar(QStringLiteral("SELECT COUNT(*) FROM sync_state")).toInt(), 0);
    QVERIFY(outer.commit());
    QCOMPARE(other->scalar(QStringLiteral("SELECT COUNT(*) FROM sync_state")).toInt(), 2);
}

void TestStoreTransaction::nestedRollbackKeepsOuter()
{
    Transaction outer(m_store->db());
    QVERIFY(insert(QStringLiteral("outer")));
    {
        Transaction inner(m_store->db());
        QVERIFY(insert(QStringLiteral("inner")));
    } // rolled back to its savepoint
    QCOMPARE(rows(), 1);
    QVERIFY(insert(QStringLiteral("after")));
    QVERIFY(outer.commit());
    QCOMPARE(rows(), 2);
}

void TestStoreTransaction::outerRollbackUndoesInner()
{
    {
        Transaction outer(m_store->db());
        QVERIFY(insert(QStringLiteral("outer")));
        Transaction inner(m_store->db());
        QVERIFY(insert(QStringLiteral("inner")));
        QVERIFY(inner.commit());
    }
    QCOMPARE(rows(), 0);
}

void TestStoreTransaction::readTransaction()
{
    QVERIFY(insert(QStringLiteral("a")));
    auto other = m_store->openAnother();
    Transaction snapshot(*other, Transaction::Mode::Read);
    QVERIFY(snapshot.isActive());
    QCOMPARE(other->scalar(QStringLiteral("SELECT COUNT(*) FROM sync_state")).toInt(), 1);
    QVERIFY(insert(QStringLiteral("b"))); // the writer is not blocked by the reader (WAL)
    QCOMPARE(other->scalar(QStringLiteral("SELECT COUNT(*) FROM sync_state")).toInt(), 1);
    QVERIFY(snapshot.commit());
    QCOMPARE(other->scalar(QStringLiteral("SELECT COUNT(*) FROM sync_state")).toInt(), 2);
}

void TestStoreTransaction::closedDatabase()
{
    Database closed;
    Transaction transaction(closed);
    QVERIFY(!transaction.isActive());
    QVERIFY(!transaction.commit());
}

QTEST_GUILESS_MAIN(TestStoreTransaction)
#include "tst_storetransaction.moc"
