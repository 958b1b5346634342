#include "draftrepository.h"

#include "database.h"
#include "transaction.h"

#include <QDateTime>
#include <QSqlQuery>

namespace models {

QString DraftRepository::kindName(Kind kind)
{
    return kind == Kind::Note ? QStringLiteral("note") : QStringLiteral("reply");
}

bool DraftRepository::save(const QString &conversationId, Kind kind, const QString &text,
                           qint64 nowMs)
{
    if (text.isEmpty())
        return clearText(conversationId, kind);
    return m_db.exec(QStringLiteral("INSERT INTO drafts(conversation_id, kind, text, updated_at)"
                                    " VALUES (?, ?, ?, ?) ON CONFLICT(conversation_id, kind)"
                                    " DO UPDATE SET text = excluded.text,"
                                    " updated_at = excluded.updated_at"),
                     {conversationId, kindName(kind), text,
                      nowMs > 0 ? nowMs : QDateTime::currentMSecsSinceEpoch()});
}

bool DraftRepository::saveAttachments(const QString &conversationId, Kind kind,
                                      const QList<MessageAttachment> &attachments)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()
        || !m_db.exec(QStringLiteral("DELETE FROM draft_attachments"
                                     " WHERE conversation_id = ? AND kind = ?"),
                      {conversationId, kindName(kind)}))
        return false;
    for (int i = 0; i < attachments.size(); ++i) {
        const MessageAttachment &a = attachments.at(i);
        if (!m_db.exec(QStringLiteral("INSERT INTO draft_attachments(conversation_id, kind,"
                                      " position, name, content_type, data)"
                                      " VALUES (?, ?, ?, ?, ?, ?)"),
                       {conversationId, kindName(kind), i, a.name, a.contentType, a.data}))
            return false;
    }
    return transaction.commit();
}

std::optional<DraftRepository::Draft> DraftRepository::load(const QString &conversationId,
                                                            Kind kind)
{
    std::optional<Draft> result;
    m_db.select(QStringLiteral("SELECT text, updated_at FROM drafts"
                               " WHERE conversation_id = ? AND kind = ?"),
                {conversationId, kindName(kind)}, [&](const QSqlQuery &row) {
                    result = Draft{row.value(0).toString(), {}, row.value(1).toLongLong()};
                });
    QList<MessageAttachment> attachments = loadAttachments(conversationId, kind);
    if (!attachments.isEmpty()) {
        if (!result)
            result = Draft();
        result->attachments = std::move(attachments);
    }
    return result;
}

QList<MessageAttachment> DraftRepository::loadAttachments(const QString &conversationId, Kind kind)
{
    QList<MessageAttachment> attachments;
    m_db.select(QStringLiteral("SELECT name, content_type, data FROM draft_attachments"
                               " WHERE conversation_id = ? AND kind = ? ORDER BY position"),
                {conversationId, kindName(kind)}, [&](const QSqlQuery &row) {
                    attachments.append({row.value(0).toString(), row.value(1).toString(),
                                        row.value(2).toByteArray()});
                });
    return attachments;
}

bool DraftRepository::clearText(const QString &conversationId, Kind kind)
{
    return m_db.exec(QStringLiteral("DELETE FROM drafts WHERE conversation_id = ? AND kind = ?"),
                     {conversationId, kindName(kind)});
}

bool DraftRepository::clear(const QString &conversationId, Kind kind)
{
    Transaction transaction(m_db);
    return transaction.isActive() && clearText(conversationId, kind)
           && m_db.exec(QStringLiteral("DELETE FROM draft_attachments"
                                       " WHERE conversation_id = ? AND kind = ?"),
                        {conversationId, kindName(kind)})
           && transaction.commit();
}

} // namespace models
