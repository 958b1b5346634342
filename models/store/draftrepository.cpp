#include "draftrepository.h"

#include "database.h"

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
        return clear(conversationId, kind);
    return m_db.exec(QStringLiteral("INSERT INTO drafts(conversation_id, kind, text, updated_at)"
                                    " VALUES (?, ?, ?, ?) ON CONFLICT(conversation_id, kind)"
                                    " DO UPDATE SET text = excluded.text,"
                                    " updated_at = excluded.updated_at"),
                     {conversationId, kindName(kind), text,
                      nowMs > 0 ? nowMs : QDateTime::currentMSecsSinceEpoch()});
}

std::optional<DraftRepository::Draft> DraftRepository::load(const QString &conversationId,
                                                            Kind kind)
{
    std::optional<Draft> result;
    m_db.select(QStringLiteral("SELECT text, updated_at FROM drafts"
                               " WHERE conversation_id = ? AND kind = ?"),
                {conversationId, kindName(kind)}, [&](const QSqlQuery &row) {
                    result = Draft{row.value(0).toString(), row.value(1).toLongLong()};
                });
    return result;
}

bool DraftRepository::clear(const QString &conversationId, Kind kind)
{
    return m_db.exec(QStringLiteral("DELETE FROM drafts WHERE conversation_id = ? AND kind = ?"),
                     {conversationId, kindName(kind)});
}

} // namespace models
