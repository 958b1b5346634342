#include "transaction.h"

#include "database.h"

namespace models {

namespace {

QString savepointName(int level)
{
    return QStringLiteral("triage_sp%1").arg(level);
}

} // namespace

Transaction::Transaction(Database &db, Mode mode)
    : m_db(db)
{
    if (!db.isOpen())
        return;
    m_level = db.m_transactionDepth + 1;
    const QString sql = m_level > 1 ? QStringLiteral("SAVEPOINT ") + savepointName(m_level)
                        : mode == Mode::Write ? QStringLiteral("BEGIN IMMEDIATE")
                                              : QStringLiteral("BEGIN DEFERRED");
    m_active = db.exec(sql);
    if (m_active)
        db.m_transactionDepth = m_level;
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    Q_ASSERT_X(m_db.m_transactionDepth == m_level, "Transaction::commit",
               "an inner Transaction is still open");
    const QString sql = m_level > 1 ? QStringLiteral("RELEASE ") + savepointName(m_level)
                                    : QStringLiteral("COMMIT");
    if (!m_db.exec(sql))
        return false; // the destructor rolls back
    m_active = false;
    m_db.m_transactionDepth = m_level - 1;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    Q_ASSERT_X(m_db.m_transactionDepth == m_level, "Transaction::rollback",
               "an inner Transaction is still open");
    m_active = false;
    if (m_level > 1) {
        // ROLLBACK TO keeps the savepoint on the stack; RELEASE removes it.
        m_db.exec(QStringLiteral("ROLLBACK TO ") + savepointName(m_level));
        m_db.exec(QStringLiteral("RELEASE ") + savepointName(m_level));
    } else {
        m_db.exec(QStringLiteral("ROLLBACK"));
    }
    m_db.m_transactionDepth = m_level - 1;
}

} // namespace models
