#pragma once

#include <QString>
#include <QVariant>

namespace models {

class Database;

/// Key/value bookkeeping of the sync engine (watermarks, horizon, last full sync). Values are
/// stored as text; write them in the same transaction as the data they describe so a crash
/// never leaves a watermark ahead of the stored conversations. Same thread as the Database.
class SyncStateRepository
{
public:
    /// Well-known keys.
    static QString conversationsWatermark() { return QStringLiteral("conversations.watermark"); }
    static QString closedHorizon() { return QStringLiteral("conversations.horizon"); }
    static QString lastFullSync() { return QStringLiteral("sync.last_full"); }

    explicit SyncStateRepository(Database &db)
        : m_db(db)
    {}

    /// The stored value, or \a fallback when the key is absent.
    QString value(const QString &key, const QString &fallback = {});
    qint64 integer(const QString &key, qint64 fallback = 0);
    bool contains(const QString &key);
    [[nodiscard]] bool setValue(const QString &key, const QString &value);
    [[nodiscard]] bool setInteger(const QString &key, qint64 value);
    [[nodiscard]] bool remove(const QString &key);

private:
    Database &m_db;
};

} // namespace models
