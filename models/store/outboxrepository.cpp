#include "outboxrepository.h"

#include "database.h"
#include "jsoncolumns.h"
#include "transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace models {

using State = OutboxEntry::State;

namespace {

const QString entryColumns = QStringLiteral(
    "id, conversation_id, kind, payload, state, attempts, last_error, created_at, not_before,"
    " updated_at, marker");

OutboxEntry entryFromRow(const QSqlQuery &row)
{
    OutboxEntry e;
    e.id = row.value(0).toLongLong();
    e.conversationId = row.value(1).toString();
    e.kind = row.value(2).toString();
    e.payload = jsoncolumns::toObject(row.value(3));
    e.state = OutboxEntry::stateFromName(row.value(4).toString());
    e.attempts = row.value(5).toInt();
    e.lastError = row.value(6).toString();
    e.createdAt = row.value(7).toLongLong();
    e.notBefore = row.value(8).toLongLong();
    e.updatedAt = row.value(9).toLongLong();
    e.marker = row.value(10).toString();
    return e;
}

// The head of each conversation's queue: its oldest queued or sending entry.
const QString headCondition = QStringLiteral(
    "o.state IN ('queued', 'sending') AND o.id = (SELECT MIN(h.id) FROM outbox h"
    " WHERE h.conversation_id = o.conversation_id AND h.state IN ('queued', 'sending'))");

} // namespace

QString OutboxEntry::stateName(State state)
{
    switch (state) {
    case State::Sending:
        return QStringLiteral("sending");
    case State::Done:
        return QStringLiteral("done");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Queued:
        break;
    }
    return QStringLiteral("queued");
}

OutboxEntry::State OutboxEntry::stateFromName(const QString &name)
{
    if (name == QLatin1String("sending"))
        return State::Sending;
    if (name == QLatin1String("done"))
        return State::Done;
    if (name == QLatin1String("failed"))
        return State::Failed;
    return State::Queued;
}

qint64 OutboxRepository::enqueue(const OutboxEntry &entry, qint64 nowMs)
{
    Transaction transaction(m_db);
    const QString marker = entry.marker.isEmpty()
                               ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                               : entry.marker;
    const QString payload
        = QString::fromUtf8(QJsonDocument(entry.payload).toJson(QJsonDocument::Compact));
    qint64 id = 0;
    const bool ok
        = transaction.isActive()
          && m_db.select(QStringLiteral("INSERT INTO outbox(conversation_id, kind, payload, state,"
                                        " attempts, created_at, not_before, updated_at, marker)"
                                        " VALUES (?, ?, ?, 'queued', 0, ?, ?, ?, ?) RETURNING id"),
                         {entry.conversationId, entry.kind, payload,
                          entry.createdAt > 0 ? entry.createdAt : nowMs, entry.notBefore, nowMs,
                          marker},
                         [&](const QSqlQuery &row) { id = row.value(0).toLongLong(); });
    return ok && id > 0 && transaction.commit() ? id : 0;
}

QList<OutboxEntry> OutboxRepository::list(const QString &where, const QVariantList &values)
{
    QList<OutboxEntry> result;
    m_db.select(QStringLiteral("SELECT ") + entryColumns + QLatin1String(" FROM outbox o WHERE ")
                    + where + QLatin1String(" ORDER BY id"),
                values, [&](const QSqlQuery &row) { result.append(entryFromRow(row)); });
    return result;
}

std::optional<OutboxEntry> OutboxRepository::entry(qint64 id)
{
    const QList<OutboxEntry> found = list(QStringLiteral("id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<OutboxEntry>(found.first());
}

std::optional<OutboxEntry> OutboxRepository::findByMarker(const QString &marker)
{
    const QList<OutboxEntry> found = list(QStringLiteral("marker = ?"), {marker});
    return found.isEmpty() ? std::nullopt : std::optional<OutboxEntry>(found.first());
}

std::optional<OutboxEntry> OutboxRepository::nextSendable(const QString &conversationId,
                                                          qint64 nowMs)
{
    const QList<OutboxEntry> head
        = list(QStringLiteral("o.conversation_id = ? AND ") + headCondition
                   + QLatin1String(" AND o.state = 'queued'"
                                   " AND o.not_before <= ?"),
               {conversationId, nowMs});
    return head.isEmpty() ? std::nullopt : std::optional<OutboxEntry>(head.first());
}

QStringList OutboxRepository::conversationsWithSendable(qint64 nowMs)
{
    QStringList ids;
    for (const OutboxEntry &e : list(headCondition
                                         + QLatin1String(" AND o.state = 'queued'"
                                                         " AND o.not_before <= ?"),
                                     {nowMs})) {
        ids.append(e.conversationId);
    }
    return ids;
}

qint64 OutboxRepository::nextWakeUp(qint64 nowMs)
{
    return m_db
        .scalar(QStringLiteral("SELECT COALESCE(MIN(not_before), 0) FROM outbox"
                               " WHERE state = 'queued' AND not_before > ?"),
                {nowMs}, 0)
        .toLongLong();
}

QList<OutboxEntry> OutboxRepository::pending(const QString &conversationId)
{
    return list(QStringLiteral("o.conversation_id = ? AND o.state IN ('queued', 'sending')"),
                {conversationId});
}

QSet<QString> OutboxRepository::conversationsWithPending()
{
    QSet<QString> ids;
    m_db.select(QStringLiteral("SELECT DISTINCT conversation_id FROM outbox"
                               " WHERE state IN ('queued', 'sending')"),
                {}, [&](const QSqlQuery &row) { ids.insert(row.value(0).toString()); });
    return ids;
}

QList<OutboxEntry> OutboxRepository::unsettled(const QStringList &conversationIds)
{
    if (conversationIds.isEmpty())
        return {};
    QStringList marks;
    QVariantList values;
    for (const QString &id : conversationIds) {
        marks.append(QStringLiteral("?"));
        values.append(id);
    }
    return list(QLatin1String("o.state IN ('queued', 'sending', 'failed') AND o.conversation_id IN (")
                    + marks.join(QLatin1Char(',')) + QLatin1Char(')'),
                values);
}

int OutboxRepository::unsentCount()
{
    return m_db
        .scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state IN ('queued', 'sending')"))
        .toInt();
}

QList<OutboxEntry> OutboxRepository::failed()
{
    return list(QStringLiteral("o.state = 'failed'"), {});
}

bool OutboxRepository::transition(qint64 id, State from, const QString &assignments,
                                  QVariantList values)
{
    values << id << OutboxEntry::stateName(from);
    int changed = 0;
    return m_db.exec(QStringLiteral("UPDATE outbox SET ") + assignments
                         + QLatin1String(" WHERE id = ? AND state = ?"),
                     values, &changed)
           && changed == 1;
}

bool OutboxRepository::markSending(qint64 id, qint64 nowMs)
{
    return transition(id, State::Queued,
                      QStringLiteral("state = 'sending', attempts = attempts + 1, updated_at = ?"),
                      {nowMs});
}

bool OutboxRepository::markDone(qint64 id, qint64 nowMs)
{
    return transition(id, State::Sending,
                      QStringLiteral("state = 'done', last_error = NULL, updated_at = ?"), {nowMs});
}

bool OutboxRepository::markRetry(qint64 id, const QString &error, qint64 notBefore, qint64 nowMs)
{
    return transition(id, State::Sending,
                      QStringLiteral("state = 'queued', last_error = ?, not_before = ?,"
                                     " updated_at = ?"),
                      {error, notBefore, nowMs});
}

bool OutboxRepository::markUnsent(qint64 id, qint64 nowMs)
{
    return transition(id, State::Sending,
                      QStringLiteral("state = 'queued', attempts = MAX(attempts - 1, 0),"
                                     " updated_at = ?"),
                      {nowMs});
}

bool OutboxRepository::markFailed(qint64 id, const QString &error, qint64 nowMs)
{
    return transition(id, State::Sending,
                      QStringLiteral("state = 'failed', last_error = ?, updated_at = ?"),
                      {error, nowMs});
}

bool OutboxRepository::retry(qint64 id, const QJsonObject &payload, qint64 nowMs)
{
    return transition(
        id, State::Failed,
        QStringLiteral("state = 'queued', payload = ?, attempts = 0,"
                       " last_error = NULL, not_before = 0, updated_at = ?"),
        {QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), nowMs});
}

bool OutboxRepository::cancel(qint64 id)
{
    int changed = 0;
    return m_db.exec(QStringLiteral("DELETE FROM outbox WHERE id = ? AND state = 'queued'"), {id},
                     &changed)
           && changed == 1;
}

int OutboxRepository::resetSending(qint64 nowMs)
{
    int changed = 0;
    return m_db.exec(QStringLiteral("UPDATE outbox SET state = 'queued', updated_at = ?"
                                    " WHERE state = 'sending'"),
                     {nowMs}, &changed)
               ? changed
               : -1;
}

int OutboxRepository::purgeDone(qint64 beforeMs)
{
    int changed = 0;
    return m_db.exec(QStringLiteral("DELETE FROM outbox WHERE state = 'done' AND updated_at < ?"),
                     {beforeMs}, &changed)
               ? changed
               : -1;
}

} // namespace models
