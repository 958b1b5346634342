#include "database.h"

#include "migrator.h"
#include "schema.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace models {

Q_LOGGING_CATEGORY(lcStore, "triage.store")

namespace {

constexpr int busyTimeoutMs = 10000;
constexpr int cacheKiB = 16 * 1024; // per connection
constexpr QFileDevice::Permissions userOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions userOnlyDir = userOnlyFile | QFileDevice::ExeOwner;

QString nextConnectionName()
{
    static QAtomicInt counter;
    // The thread address only helps reading logs; the counter alone makes the name unique.
    return QStringLiteral("triage-store-%1-%2")
        .arg(counter.fetchAndAddRelaxed(1) + 1)
        .arg(quintptr(QThread::currentThread()), 0, 16);
}

} // namespace

Database::Database() = default;

Database::~Database()
{
    close();
}

StoreError Database::open(const QString &path)
{
    return open(path, Schema::steps(), Schema::latestVersion());
}

StoreError Database::open(const QString &path, const QList<MigrationStep> &steps, int targetVersion)
{
    close();
    m_lastError = {};
    m_path = QFileInfo(path).absoluteFilePath();
    if (StoreError error = prepareFiles(m_path))
        return m_lastError = error;

    m_connectionName = nextConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!m_db.open()) {
        StoreError error = StoreError::fromSql(m_db.lastError(), m_path);
        if (error.code == StoreError::Code::Sql)
            error.code = StoreError::Code::CannotOpen;
        close();
        return m_lastError = error;
    }
    if (StoreError error = configure()) {
        close();
        return m_lastError = error;
    }
    const int target = targetVersion < 0 && !steps.isEmpty() ? steps.last().version : targetVersion;
    if (StoreError error = Migrator::migrate(*this, steps, target)) {
        close();
        return m_lastError = error;
    }
    m_schemaVersion = Migrator::currentVersion(*this);
    protectSideFiles();
    return {};
}

StoreError Database::prepareFiles(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return StoreError::make(StoreError::Code::CannotOpen, path, QStringLiteral("is a folder"));

    // Remember which folders we create: only those are ours to restrict.
    QStringList created;
    for (QString folder = info.absolutePath(); !QFileInfo::exists(folder);) {
        created.prepend(folder);
        const QString parent = QFileInfo(folder).absolutePath();
        if (parent == folder)
            break;
        folder = parent;
    }
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return StoreError::make(StoreError::Code::CannotOpen, path,
                                QStringLiteral("cannot create the folder"));
    for (const QString &folder : std::as_const(created)) {
        if (!QFile::setPermissions(folder, userOnlyDir))
            return StoreError::make(StoreError::Code::CannotOpen, path,
                                    QStringLiteral("cannot protect %1").arg(folder));
    }

    // Create the file ourselves so its mode never depends on the umask.
    if (!info.exists()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return StoreError::make(StoreError::Code::CannotOpen, path, file.errorString());
    }
    if (!QFile::setPermissions(path, userOnlyFile))
        return StoreError::make(StoreError::Code::CannotOpen, path,
                                QStringLiteral("cannot set the file's permissions"));
    return {};
}

StoreError Database::configure()
{
    // journal_mode is the first statement that reads the file: a non-database fails here.
    QSqlQuery query(m_db);
    const QStringList pragmas{
        QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        // The default 2 MB page cache makes batch upserts re-read index pages from the OS.
        QStringLiteral("PRAGMA cache_size = -%1").arg(cacheKiB),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
    };
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma))
            return StoreError::fromSql(query.lastError(), m_path);
        if (pragma.contains(QLatin1String("journal_mode"))
            && (!query.next()
                || query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive))) {
            return StoreError::make(StoreError::Code::CannotOpen, m_path,
                                    QStringLiteral("WAL mode unavailable"));
        }
        query.finish();
    }
    return {};
}

void Database::protectSideFiles() const
{
    // SQLite gives -wal and -shm the mode of the database file; this is belt and braces for
    // files left by an older run with looser permissions.
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = m_path + QLatin1String(suffix);
        if (QFile::exists(side))
            QFile::setPermissions(side, userOnlyFile);
    }
}

void Database::close()
{
    dropStatements();
    if (!m_connectionName.isEmpty()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
    }
    m_schemaVersion = 0;
    m_transactionDepth = 0;
}

void Database::dropStatements()
{
    qDeleteAll(m_statements);
    m_statements.clear();
}

void Database::recordError(const QSqlError &error, const QString &sql)
{
    m_lastError = StoreError::fromSql(error, m_path);
    qCWarning(lcStore) << "SQL failed:" << error.text() << "in" << sql.left(200);
}

QSqlQuery *Database::statement(const QString &sql)
{
    if (QSqlQuery *cached = m_statements.value(sql))
        return cached;
    auto *query = new QSqlQuery(m_db);
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        recordError(query->lastError(), sql);
        delete query;
        return nullptr;
    }
    m_statements.insert(sql, query);
    return query;
}

bool Database::exec(const QString &sql, const QVariantList &values, int *rowsAffected)
{
    QSqlQuery *query = statement(sql);
    if (!query)
        return false;
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    const bool ok = query->exec();
    if (!ok)
        recordError(query->lastError(), sql);
    else if (rowsAffected)
        *rowsAffected = query->numRowsAffected();
    query->finish();
    return ok;
}

bool Database::select(const QString &sql, const QVariantList &values,
                      const std::function<void(const QSqlQuery &)> &onRow)
{
    QSqlQuery *query = statement(sql);
    if (!query)
        return false;
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    if (!query->exec()) {
        recordError(query->lastError(), sql);
        query->finish();
        return false;
    }
    while (query->next())
        onRow(*query);
    const bool ok = !query->lastError().isValid();
    if (!ok)
        recordError(query->lastError(), sql);
    query->finish();
    return ok;
}

QVariant Database::scalar(const QString &sql, const QVariantList &values, const QVariant &fallback)
{
    QVariant result = fallback;
    bool first = true;
    select(sql, values, [&](const QSqlQuery &row) {
        if (first)
            result = row.value(0);
        first = false;
    });
    return result;
}

} // namespace models
