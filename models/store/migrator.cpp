#include "migrator.h"

#include "database.h"
#include "transaction.h"

#include <QDateTime>

namespace models {

int Migrator::currentVersion(Database &db)
{
    bool ok = false;
    const int version = db.scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) "
                                                 "FROM schema_version"))
                            .toInt(&ok);
    return ok ? version : -1;
}

StoreError Migrator::migrate(Database &db, const QList<MigrationStep> &steps, int targetVersion)
{
    const QString path = db.path();
    if (!db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                "version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
                                "applied_at INTEGER NOT NULL)"))) {
        return db.lastError();
    }
    const int current = currentVersion(db);
    if (current < 0)
        return db.lastError();
    const int latestKnown = steps.isEmpty() ? 0 : steps.last().version;
    if (current > latestKnown)
        return StoreError::make(StoreError::Code::NewerSchema, path, {}, current);

    for (const MigrationStep &step : steps) {
        if (step.version <= current || step.version > targetVersion)
            continue;
        Transaction transaction(db);
        bool ok = transaction.isActive();
        for (int i = 0; ok && i < step.statements.size(); ++i)
            ok = db.exec(step.statements.at(i));
        if (ok && step.code)
            ok = step.code(db);
        ok = ok
             && db.exec(QStringLiteral("INSERT INTO schema_version(version, description, "
                                       "applied_at) VALUES (?, ?, ?)"),
                        {step.version, step.description, QDateTime::currentSecsSinceEpoch()});
        if (!ok || !transaction.commit()) {
            transaction.rollback();
            return StoreError::make(StoreError::Code::MigrationFailed, path, db.lastError().detail,
                                    step.version);
        }
    }
    return {};
}

} // namespace models
