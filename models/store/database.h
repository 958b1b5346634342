#pragma once

#include "migrationstep.h"
#include "storeerror.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <functional>

class QSqlQuery;

namespace models {

/// One connection to a workspace's store file (SQLite through Qt SQL's QSQLITE driver).
///
/// Threading: Qt SQL connections belong to the thread that opened them. A Database, the
/// repositories over it and its Transactions must be used on the thread that called open();
/// another thread (the sync engine's worker) opens its own Database on the same file. Any
/// number of connections may share one file: it runs in WAL mode (readers never block the
/// writer), with a busy timeout so a writer waits for another instead of failing, and every
/// write transaction starts with BEGIN IMMEDIATE so two writers never deadlock on a lock
/// upgrade. Each instance gets a connection name unique in the process.
///
/// Files: the folders open() creates are 0700, the database and its -wal/-shm files 0600,
/// whatever the umask. Errors are reported as a StoreError (open()'s result, lastError()).
/// Repositories keep a reference: destroy them before the Database.
class Database
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (creating if needed) the file and migrates it to Schema::latestVersion().
    [[nodiscard]] StoreError open(const QString &path);
    /// Same with an explicit list of steps, stopping at \a targetVersion (-1: the last step).
    /// Used by the migration tests to build databases at earlier versions.
    [[nodiscard]] StoreError open(const QString &path, const QList<MigrationStep> &steps,
                                  int targetVersion = -1);
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    QSqlDatabase connection() const { return m_db; }
    /// The version found or reached by open().
    int schemaVersion() const { return m_schemaVersion; }

    /// The last failure of any operation on this connection (not cleared by success).
    const StoreError &lastError() const { return m_lastError; }
    void clearError() { m_lastError = {}; }
    /// Records a failure (and logs it); repositories call it through exec()/select().
    void recordError(const QSqlError &error, const QString &sql);

    /// Runs one statement with positional (?) values; the statement is prepared once per
    /// connection and cached. \a rowsAffected receives the changed row count.
    bool exec(const QString &sql, const QVariantList &values = {}, int *rowsAffected = nullptr);
    /// Runs a query and calls \a onRow for each result row; the statement is reset afterwards
    /// so it never holds a read snapshot open.
    bool select(const QString &sql, const QVariantList &values,
                const std::function<void(const QSqlQuery &)> &onRow);
    /// The first column of the first row, or \a fallback.
    QVariant scalar(const QString &sql, const QVariantList &values = {},
                    const QVariant &fallback = {});

    /// Nesting depth of Transaction objects (0 = autocommit). Maintained by Transaction.
    int transactionDepth() const { return m_transactionDepth; }

private:
    friend class Transaction;
    StoreError prepareFiles(const QString &path);
    StoreError configure();
    void protectSideFiles() const;
    QSqlQuery *statement(const QString &sql);
    void dropStatements();

    QSqlDatabase m_db;
    QString m_path;
    QString m_connectionName;
    QHash<QString, QSqlQuery *> m_statements;
    StoreError m_lastError;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
};

} // namespace models
