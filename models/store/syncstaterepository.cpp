#include "syncstaterepository.h"

#include "database.h"

#include <QDateTime>

namespace models {

QString SyncStateRepository::value(const QString &key, const QString &fallback)
{
    const QVariant stored = m_db.scalar(
        QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), {key}, fallback);
    return stored.isNull() ? fallback : stored.toString();
}

qint64 SyncStateRepository::integer(const QString &key, qint64 fallback)
{
    bool ok = false;
    const qint64 number = value(key).toLongLong(&ok);
    return ok ? number : fallback;
}

bool SyncStateRepository::contains(const QString &key)
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM sync_state WHERE key = ?"), {key}, 0)
               .toInt()
           > 0;
}

bool SyncStateRepository::setValue(const QString &key, const QString &value)
{
    return m_db.exec(QStringLiteral("INSERT INTO sync_state(key, value, updated_at)"
                                    " VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET"
                                    " value = excluded.value, updated_at = excluded.updated_at"),
                     {key, value, QDateTime::currentMSecsSinceEpoch()});
}

bool SyncStateRepository::setInteger(const QString &key, qint64 value)
{
    return setValue(key, QString::number(value));
}

bool SyncStateRepository::remove(const QString &key)
{
    return m_db.exec(QStringLiteral("DELETE FROM sync_state WHERE key = ?"), {key});
}

} // namespace models
