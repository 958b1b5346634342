#include "storeerror.h"

#include <QDir>
#include <QSqlError>

namespace models {

StoreError StoreError::make(Code code, const QString &path, const QString &detail, int version)
{
    StoreError error;
    error.code = code;
    error.path = path;
    error.detail = detail;
    error.version = version;
    return error;
}

StoreError StoreError::fromSql(const QSqlError &error, const QString &path)
{
    // SQLite's primary result codes (the low byte of an extended code).
    enum { SqliteBusy = 5, SqliteLocked = 6, SqliteCantOpen = 14, SqliteNotADb = 26 };
    bool ok = false;
    const int native = error.nativeErrorCode().toInt(&ok) & 0xff;
    Code code = Code::Sql;
    if (ok && native == SqliteNotADb)
        code = Code::NotADatabase;
    else if (ok && (native == SqliteBusy || native == SqliteLocked))
        code = Code::Busy;
    else if (ok && native == SqliteCantOpen)
        code = Code::CannotOpen;
    else if (error.type() == QSqlError::ConnectionError)
        code = Code::CannotOpen;
    return make(code, path, error.text());
}

QString StoreError::displayText() const
{
    const QString file = QDir::toNativeSeparators(path);
    switch (code) {
    case Code::None:
        return {};
    case Code::CannotOpen:
        return tr("The local data file %1 could not be opened. Check that its folder exists and "
                  "is writable.")
            .arg(file);
    case Code::NotADatabase:
        return tr("The file %1 is not a Triage data file (it may be damaged). Move it away and "
                  "Triage will download your inbox again.")
            .arg(file);
    case Code::NewerSchema:
        return tr("The local data file %1 was written by a newer version of Triage (format %2). "
                  "Update Triage to open it.")
            .arg(file)
            .arg(version);
    case Code::MigrationFailed:
        return tr("The local data file %1 could not be updated to format %2; it was left as it "
                  "was.")
            .arg(file)
            .arg(version);
    case Code::Busy:
        return tr("The local data file %1 is busy: another part of Triage kept it locked too long.")
            .arg(file);
    case Code::Sql:
        break;
    }
    return tr("Reading or writing the local data file %1 failed.").arg(file);
}

} // namespace models
