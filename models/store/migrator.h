#pragma once

#include "migrationstep.h"
#include "storeerror.h"

#include <QList>

namespace models {

class Database;

/// Brings a database to a schema version by running MigrationSteps in order. The current
/// version is the highest row of the schema_version table (0 for a new file). Each step runs
/// in its own transaction together with its schema_version row: a failing step rolls back and
/// the database stays at the version before it. A database newer than the last known step is
/// refused untouched. Stateless; runs on the Database's thread.
class Migrator
{
public:
    /// The version recorded in the file; 0 when empty, -1 when it can't be read.
    static int currentVersion(Database &db);
    static StoreError migrate(Database &db, const QList<MigrationStep> &steps, int targetVersion);
};

} // namespace models
