#include "syncworker.h"

#include "models/outbox/pendingeffects.h"
#include "models/store/conversationrepository.h"
#include "models/store/database.h"
#include "models/store/referencerepository.h"
#include "models/store/syncstaterepository.h"
#include "models/store/transaction.h"
#include "models/storechanges.h"

#include "api/admin.h"
#include "api/jsonvalue.h"
#include "api/page.h"

#include <QDateTime>
#include <QThread>

#include <algorithm>

namespace models {

SyncWorker::SyncWorker(StoreChanges *changes, QObject *parent)
    : QObject(parent)
    , m_changes(changes)
{}

SyncWorker::~SyncWorker() = default;

void SyncWorker::open(const QString &path)
{
    SyncSnapshot snapshot;
    m_db = std::make_unique<Database>();
    if (const StoreError error = m_db->open(path)) {
        snapshot.error = error.displayText();
        m_db.reset();
        Q_EMIT opened(snapshot);
        return;
    }
    SyncStateRepository state(*m_db);
    snapshot.ok = true;
    snapshot.stage = state.value(SyncKeys::initialStage());
    snapshot.cursor = state.value(SyncKeys::initialCursor());
    snapshot.watermark = state.integer(SyncStateRepository::conversationsWatermark());
    snapshot.horizonCutoff = state.integer(SyncStateRepository::closedHorizon());
    snapshot.meAdminId = state.value(SyncKeys::meAdminId());
    Q_EMIT opened(snapshot);
}

void SyncWorker::close()
{
    m_db.reset();
}

QString SyncWorker::lastStoreError() const
{
    if (!m_db)
        return tr("The local store is not open.");
    const StoreError &error = m_db->lastError();
    return error ? error.displayText() : tr("The local store refused the write.");
}

void SyncWorker::storePage(const PageTask &task)
{
    PageResult result;
    result.walkId = task.walkId;
    result.lastPage = task.lastPage;
    result.thread = QThread::currentThread();
    QStringList ids;
    if (m_failedWalks.contains(task.walkId)) {
        result.error = tr("An earlier page of this sync could not be stored.");
    } else if (!m_db) {
        result.error = lastStoreError();
    } else if (writePage(task, result, ids)) {
        result.ok = true;
        if (m_changes)
            m_changes->notifyConversationsChanged(ids);
    } else {
        result.error = lastStoreError();
        m_failedWalks.insert(task.walkId);
    }
    if (task.lastPage)
        forgetWalk(task.walkId);
    Q_EMIT pageStored(result);
}

void SyncWorker::forgetWalk(quint64 walkId)
{
    m_walkNewest.remove(walkId);
    m_failedWalks.remove(walkId);
}

bool SyncWorker::writePage(const PageTask &task, PageResult &result, QStringList &ids)
{
    const auto page
        = api::Page<api::Conversation>::fromJson(task.page, QStringLiteral("conversations"));
    qint64 newest = 0;
    ids.reserve(page.items.size());
    for (const api::Conversation &conversation : page.items) {
        newest = std::max(newest, conversation.updatedAt);
        ids.append(conversation.id);
    }
    Transaction transaction(*m_db);
    if (!transaction.isActive())
        return false;
    if (!ConversationRepository(*m_db).upsertConversations(page.items)
        || !PendingEffects(*m_db).reapply(ids)) {
        return false;
    }
    const bool recorded = task.kind == PageTask::Kind::Initial
                              ? recordInitial(task, newest, result)
                              : recordIncremental(task, newest, result);
    if (!recorded || !transaction.commit())
        return false;
    result.stored = int(page.items.size());
    return true;
}

bool SyncWorker::recordInitial(const PageTask &task, qint64 pageNewest, PageResult &result)
{
    SyncStateRepository state(*m_db);
    // Pages come newest first, so the first page of the first walk holds a conversation no
    // newer than the moment the initial sync started. Whatever a walk misses (it changed and
    // jumped ahead of the cursor, or moved to a stage already walked) changed after that, so
    // the first incremental search, from this watermark, finds it.
    if (task.firstPage && pageNewest > 0 && !state.contains(SyncKeys::initialWatermark())
        && !state.setInteger(SyncKeys::initialWatermark(), pageNewest)) {
        return false;
    }
    const QString stage = task.lastPage ? task.nextStage : task.stage;
    const QString cursor = task.lastPage ? QString() : task.nextCursor;
    if (!state.setValue(SyncKeys::initialStage(), stage)
        || !state.setValue(SyncKeys::initialCursor(), cursor)) {
        return false;
    }
    result.stage = stage;
    result.cursor = cursor;
    if (stage != SyncKeys::stageDone())
        return true;
    qint64 watermark = state.integer(SyncKeys::initialWatermark());
    if (watermark == 0)
        watermark = std::max(ConversationRepository(*m_db).maxUpdatedAt(), task.fallbackWatermark);
    result.watermark = watermark;
    return state.setInteger(SyncStateRepository::conversationsWatermark(), watermark)
           && state.setInteger(SyncStateRepository::lastFullSync(),
                               QDateTime::currentMSecsSinceEpoch());
}

bool SyncWorker::recordIncremental(const PageTask &task, qint64 pageNewest, PageResult &result)
{
    qint64 &newest = m_walkNewest[task.walkId];
    newest = std::max(newest, pageNewest);
    if (!task.lastPage)
        return true;
    // Only a complete walk moves the watermark, and never backwards.
    SyncStateRepository state(*m_db);
    const QString key = SyncStateRepository::conversationsWatermark();
    const qint64 watermark = std::max(state.integer(key), newest);
    result.watermark = watermark;
    return state.setInteger(key, watermark);
}

void SyncWorker::storeReference(Reference kind, const QJsonObject &json)
{
    bool ok = false;
    if (m_db) {
        ReferenceRepository references(*m_db);
        switch (kind) {
        case Reference::Me:
            ok = SyncStateRepository(*m_db).setValue(
                SyncKeys::meAdminId(), api::json::id(json.value(QLatin1String("id"))));
            break;
        case Reference::Admins:
            ok = references.replaceAdmins(api::json::wrappedList<api::Admin>(
                json.value(QLatin1String("admins")), QStringLiteral("admins")));
            break;
        case Reference::Teams:
            ok = references.replaceTeams(api::json::wrappedList<api::Team>(
                json.value(QLatin1String("teams")), QStringLiteral("teams")));
            break;
        case Reference::Tags:
            ok = references.replaceTags(api::json::wrappedList<api::Tag>(
                json.value(QLatin1String("data")), QStringLiteral("tags")));
            break;
        }
    }
    if (ok && kind != Reference::Me && m_changes)
        m_changes->notifyReferenceDataChanged();
    Q_EMIT referenceStored(kind, ok, ok ? QString() : lastStoreError());
}

void SyncWorker::storeThread(const QJsonObject &json, qint64 syncedAtMs)
{
    const api::Conversation conversation = api::Conversation::fromJson(json);
    bool ok = false;
    QString error;
    if (conversation.id.isEmpty())
        error = tr("The server sent a conversation without an id.");
    else if (!m_db || !writeThread(conversation, syncedAtMs))
        error = lastStoreError();
    else
        ok = true;
    if (ok && m_changes) {
        m_changes->notifyConversationsChanged({conversation.id});
        m_changes->notifyPartsChanged(conversation.id);
    }
    Q_EMIT threadStored(conversation.id, ok, error);
}

bool SyncWorker::writeThread(const api::Conversation &conversation, qint64 syncedAtMs)
{
    Transaction transaction(*m_db);
    return transaction.isActive()
           && ConversationRepository(*m_db).upsertThread(conversation, syncedAtMs)
           && PendingEffects(*m_db).reapply({conversation.id}) && transaction.commit();
}

void SyncWorker::writeState(const QHash<QString, QString> &values)
{
    bool ok = false;
    if (m_db) {
        Transaction transaction(*m_db);
        SyncStateRepository state(*m_db);
        ok = transaction.isActive();
        for (auto it = values.begin(); ok && it != values.end(); ++it)
            ok = it.value().isEmpty() ? state.remove(it.key())
                                      : state.setValue(it.key(), it.value());
        ok = ok && transaction.commit();
    }
    Q_EMIT stateWritten(ok, ok ? QString() : lastStoreError());
}

void SyncWorker::findPrefetchCandidates(const QString &adminId, int perView)
{
    QStringList ids;
    if (m_db && perView > 0) {
        ConversationRepository conversations(*m_db);
        QList<ConversationFilter> views{ConversationFilter::unassigned()};
        if (!adminId.isEmpty())
            views.prepend(ConversationFilter::mine(adminId));
        for (const ConversationFilter &view : views) {
            const ConversationPage page
                = conversations.page(view, ConversationSort::UpdatedNewest, perView);
            for (const ConversationSummary &row : page.rows) {
                if (row.partsState() != ConversationSummary::PartsState::Done
                    && !ids.contains(row.id)) {
                    ids.append(row.id);
                }
            }
        }
    }
    Q_EMIT prefetchCandidatesFound(ids);
}

} // namespace models
