#pragma once

namespace models {

class Database;

/// RAII transaction: begins in the constructor, rolls back in the destructor unless commit()
/// succeeded (so an early return or an exception undoes the work).
///
/// Nesting is allowed and done with SAVEPOINTs: the outermost Transaction issues
/// BEGIN IMMEDIATE (it takes the write lock at once, so two connections never deadlock on a
/// lock upgrade; the busy timeout makes the second one wait), an inner one a SAVEPOINT.
/// An inner commit only releases its savepoint: nothing is durable until the outermost
/// commits, and an outer rollback undoes committed inner work. This lets a repository that
/// needs atomicity (a batch upsert, an outbox enqueue) open its own Transaction and still
/// join the caller's (the optimistic local effect and its outbox row commit together).
/// Transactions must end in reverse order of creation; same thread as the Database.
class Transaction
{
public:
    enum class Mode {
        Write, ///< BEGIN IMMEDIATE: takes the write lock now
        Read,  ///< BEGIN DEFERRED: a consistent snapshot for several reads
    };

    explicit Transaction(Database &db, Mode mode = Mode::Write);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// False when BEGIN failed (busy beyond the timeout, closed database): don't write.
    bool isActive() const { return m_active; }
    bool isNested() const { return m_level > 1; }
    /// Commits (or releases the savepoint). False if it failed or was not active; the
    /// destructor then rolls back.
    [[nodiscard]] bool commit();
    /// Rolls back now (the destructor does the same if neither was called).
    void rollback();

private:
    Database &m_db;
    int m_level = 0; ///< 1 = outermost
    bool m_active = false;
};

} // namespace models
