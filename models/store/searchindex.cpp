#include "searchindex.h"

#include "database.h"
#include "models/htmltext.h"

#include <QSqlQuery>
#include <QStringList>

namespace models {

bool SearchIndex::beginBatch()
{
    m_batched = m_db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS search_stage ("
                                         " doc_id INTEGER PRIMARY KEY, title TEXT,"
                                         " first_message TEXT, people TEXT, messages TEXT,"
                                         " notes TEXT)"))
                && m_db.exec(QStringLiteral("DELETE FROM temp.search_stage"));
    return m_batched;
}

bool SearchIndex::flush()
{
    if (!m_batched)
        return true;
    m_batched = false;
    // Keep what the thread contributed (messages, notes), then replace the documents.
    return m_db.exec(QStringLiteral("UPDATE temp.search_stage SET"
                                    " messages = (SELECT messages FROM conversation_search"
                                    "  WHERE conversation_search.rowid = search_stage.doc_id),"
                                    " notes = (SELECT notes FROM conversation_search"
                                    "  WHERE conversation_search.rowid = search_stage.doc_id)"))
           && m_db.exec(QStringLiteral("DELETE FROM conversation_search"
                                       " WHERE rowid IN (SELECT doc_id FROM temp.search_stage)"))
           && m_db.exec(
               QStringLiteral("INSERT INTO conversation_search(rowid, title, first_message,"
                              " messages, notes, people) SELECT doc_id, title,"
                              " first_message, COALESCE(messages, ''),"
                              " COALESCE(notes, ''), people FROM temp.search_stage"))
           && m_db.exec(QStringLiteral("DELETE FROM temp.search_stage"));
}

bool SearchIndex::setHeader(qint64 docId, const QString &title, const QString &firstMessage,
                            const QString &people)
{
    if (m_batched) {
        return m_db.exec(QStringLiteral("INSERT OR REPLACE INTO temp.search_stage(doc_id, title,"
                                        " first_message, people) VALUES (?, ?, ?, ?)"),
                         {docId, title, firstMessage, people});
    }
    int changed = 0;
    if (!m_db.exec(QStringLiteral("UPDATE conversation_search SET title = ?, first_message = ?,"
                                  " people = ? WHERE rowid = ?"),
                   {title, firstMessage, people, docId}, &changed)) {
        return false;
    }
    if (changed > 0)
        return true;
    return m_db.exec(QStringLiteral("INSERT INTO conversation_search(rowid, title, first_message,"
                                    " messages, notes, people) VALUES (?, ?, ?, '', '', ?)"),
                     {docId, title, firstMessage, people});
}

bool SearchIndex::setPeople(qint64 docId, const QString &people)
{
    return m_db.exec(QStringLiteral("UPDATE conversation_search SET people = ? WHERE rowid = ?"),
                     {people, docId});
}

bool SearchIndex::reindexParts(qint64 docId, const QString &conversationId)
{
    QStringList messages;
    QStringList notes;
    const bool ok = m_db.select(QStringLiteral("SELECT part_type, body FROM parts"
                                               " WHERE conversation_id = ? ORDER BY created_at"),
                                {conversationId}, [&](const QSqlQuery &row) {
                                    const QString text = plainTextFromHtml(row.value(1).toString());
                                    if (text.isEmpty())
                                        return;
                                    if (row.value(0).toString() == QLatin1String("note"))
                                        notes.append(text);
                                    else
                                        messages.append(text);
                                });
    return ok
           && m_db.exec(QStringLiteral("UPDATE conversation_search SET messages = ?, notes = ?"
                                       " WHERE rowid = ?"),
                        {messages.join(QLatin1Char('\n')), notes.join(QLatin1Char('\n')), docId});
}

bool SearchIndex::remove(qint64 docId)
{
    return m_db.exec(QStringLiteral("DELETE FROM conversation_search WHERE rowid = ?"), {docId});
}

QString SearchIndex::people(const QString &name, const QString &email)
{
    if (name.isEmpty())
        return email;
    if (email.isEmpty())
        return name;
    return name + QLatin1Char(' ') + email;
}

} // namespace models
