#pragma once

#include "synctasks.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

namespace api {
struct Conversation;
}

namespace models {

class Database;
class StoreChanges;

/// The sync engine's writer. Lives in the engine's worker thread and owns its own Database
/// connection there: it parses received pages into api values, writes each in one
/// transaction together with the sync bookkeeping that describes it, and announces the
/// changed ids through StoreChanges (may be null). The engine calls its functions through
/// queued invocations, so they run in order on the worker thread; results come back as
/// signals (queued to the engine). Not for use from any other thread.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    enum class Reference { Me, Admins, Teams, Tags };
    Q_ENUM(Reference)

    explicit SyncWorker(StoreChanges *changes, QObject *parent = nullptr);
    ~SyncWorker() override;

    /// Opens (and migrates) the store; answers opened().
    void open(const QString &path);
    void close();

    /// Answers pageStored(). Pages of a walk whose earlier page failed are refused, so the
    /// bookkeeping never gets ahead of what was written.
    void storePage(const models::PageTask &task);
    /// Drops what was kept about a walk that ended early.
    void forgetWalk(quint64 walkId);
    /// \a json is the answer of GET /me, /admins, /teams or /tags. Answers referenceStored().
    void storeReference(models::SyncWorker::Reference kind, const QJsonObject &json);
    /// \a json is the answer of GET /conversations/{id} (with parts). Answers threadStored().
    void storeThread(const QJsonObject &json, qint64 syncedAtMs);
    /// Writes sync-state keys in one transaction (an empty value removes the key).
    void writeState(const QHash<QString, QString> &values);
    /// Conversations at the top of "mine" (when \a adminId is set) and "unassigned" whose
    /// thread is not stored or stale. Answers prefetchCandidatesFound().
    void findPrefetchCandidates(const QString &adminId, int perView);

Q_SIGNALS:
    void opened(const models::SyncSnapshot &snapshot);
    void pageStored(const models::PageResult &result);
    void referenceStored(models::SyncWorker::Reference kind, bool ok, const QString &error);
    void threadStored(const QString &conversationId, bool ok, const QString &error);
    void stateWritten(bool ok, const QString &error);
    void prefetchCandidatesFound(const QStringList &conversationIds);

private:
    bool writeThread(const api::Conversation &conversation, qint64 syncedAtMs);
    bool writePage(const PageTask &task, PageResult &result, QStringList &ids);
    bool recordInitial(const PageTask &task, qint64 pageNewest, PageResult &result);
    bool recordIncremental(const PageTask &task, qint64 pageNewest, PageResult &result);
    QString lastStoreError() const;

    std::unique_ptr<Database> m_db;
    StoreChanges *m_changes = nullptr;
    QHash<quint64, qint64> m_walkNewest; ///< incremental walk → newest updated_at so far
    QSet<quint64> m_failedWalks;
};

} // namespace models
