#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace models {

class Database;

/// One schema step: brings the database from version - 1 to \a version. Its statements (and
/// then \a code, if any) run inside one transaction with the schema_version row, so a step
/// either completes or leaves the database at the old version.
struct MigrationStep
{
    int version = 0;
    QString description;
    QStringList statements;
    std::function<bool(Database &)> code; ///< optional work that SQL alone can't express
};

} // namespace models
