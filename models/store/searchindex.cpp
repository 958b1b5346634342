#include "searchindex.h"

#include "database.h"
#include "models/htmltext.h"

#include <QSqlQuery>
#include <QStringList>

namespace models {

QString SearchIndex::facetToken(Facet kind, const QString &value)
{
    QString token(QChar{facetMark});
    token += QLatin1Char(char(kind));
    // Ids may hold any character: hex (as SQLite's hex()) keeps each one a single token.
    if (kind == Facet::State || kind == Facet::Priority)
        token += value;
    else
        token += QString::fromLatin1(value.toUtf8().toHex().toUpper());
    return token;
}

bool SearchIndex::beginBatch()
{
    m_batched
        = m_db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS search_stage ("
                                   " doc_id INTEGER PRIMARY KEY, title TEXT,"
                                   " first_message TEXT, people TEXT, messages TEXT,"
                                   " notes TEXT)"))
          && m_db.exec(QStringLiteral("DELETE FROM temp.search_stage"))
          && m_db.exec(QStringLiteral("INSERT OR IGNORE INTO search_deferred(id) VALUES (1)"));
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
           && m_db.exec(QStringLiteral(
               "INSERT INTO conversation_search(rowid, title, first_message, messages, notes,"
               " people, facets) SELECT s.doc_id, s.title, s.first_message,"
               " COALESCE(s.messages, ''), COALESCE(s.notes, ''), s.people,"
               " COALESCE(f.facets, '') FROM temp.search_stage s"
               " LEFT JOIN conversation_facets f ON f.doc_id = s.doc_id"))
           && m_db.exec(QStringLiteral("DELETE FROM temp.search_stage"))
           && m_db.exec(QStringLiteral("DELETE FROM search_deferred"));
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
    // A new document: the facet triggers had none to update, so it starts with its facets.
    return m_db.exec(QStringLiteral("INSERT INTO conversation_search(rowid, title, first_message,"
                                    " messages, notes, people, facets) VALUES (?, ?, ?, '', '',"
                                    " ?, (SELECT COALESCE(facets, '') FROM conversation_facets"
                                    " WHERE doc_id = ?))"),
                     {docId, title, firstMessage, people, docId});
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
