#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace models {

/// Why the local store refused or failed an operation. A default constructed StoreError means
/// "no error" (operator bool is false). Plain value; displayText() is translated.
class StoreError
{
    Q_DECLARE_TR_FUNCTIONS(StoreError)
public:
    enum class Code {
        None,
        CannotOpen,      ///< the folder or file could not be created, opened or protected
        NotADatabase,    ///< the file exists but is not an SQLite database (or is encrypted)
        NewerSchema,     ///< written by a newer Triage: refused, left untouched
        MigrationFailed, ///< a schema step failed; the database stays at its old version
        Busy,            ///< another connection held the lock longer than the busy timeout
        Sql,             ///< any other SQL failure (a bug or a full disk)
    };

    Code code = Code::None;
    QString path;    ///< the database file
    QString detail;  ///< the driver's text, for logs
    int version = 0; ///< for NewerSchema / MigrationFailed: the version found or attempted

    explicit operator bool() const { return code != Code::None; }

    static StoreError make(Code code, const QString &path, const QString &detail = {},
                           int version = 0);
    /// Classifies a driver error: SQLITE_NOTADB → NotADatabase, SQLITE_BUSY/LOCKED → Busy,
    /// SQLITE_CANTOPEN → CannotOpen, anything else → Sql.
    static StoreError fromSql(const QSqlError &error, const QString &path);

    /// One translated sentence for the user.
    QString displayText() const;
};

} // namespace models
