#pragma once

#include <QString>

namespace models {

class Database;

/// Writes the FTS5 documents (one per conversation, rowid = conversations.doc_id). The text
/// columns are kept in sync by explicit calls from the repositories inside their write
/// transactions: ConversationRepository on every conversation upsert (title, first message,
/// contact) and thread upsert (part bodies and notes, HTML stripped), ContactRepository when
/// a contact's name or email changes, and on delete. The facets column (state, assignees,
/// priority, tags as tokens, see facetToken()) follows the conversations and
/// conversation_tags tables through the schema's triggers (v7), except during a batch, whose
/// flush() writes it. Internal to the store; same thread as the Database.
class SearchIndex
{
public:
    /// The kinds of facet token; their letters are part of the schema (v7).
    enum class Facet : char { State = 's', Admin = 'a', Team = 't', Priority = 'p', Tag = 'g' };
    /// Starts every facet token: a private-use character the tokenizer keeps as a letter and
    /// that typed text never holds (ConversationFilterSql::matchExpression() removes it).
    static constexpr char16_t facetMark = 0xE000;
    /// The token a document's facets column holds for \a value (a state name, an id or a
    /// priority number), spelled as the schema's conversation_facets view spells it.
    static QString facetToken(Facet kind, const QString &value);

    explicit SearchIndex(Database &db)
        : m_db(db)
    {}

    /// Batch mode, for many headers in one transaction: setHeader() only stages the values
    /// in a temporary table and flush() writes them to the FTS table in three statements.
    /// Until flush() the facet triggers are off (search_deferred holds a row): the batch must
    /// stage every conversation whose columns or tags it changes, and flush() before commit.
    /// FTS5 flushes its pending terms to a new segment whenever a statement savepoint opens
    /// after it was written, so writing document by document between other upserts costs a
    /// segment (and merge work) per document; batching keeps it to one per batch.
    bool beginBatch();
    bool flush();

    /// Sets the columns a conversation list item carries; creates the document if needed.
    bool setHeader(qint64 docId, const QString &title, const QString &firstMessage,
                   const QString &people);
    /// Sets the people column only (a contact's name or email changed).
    bool setPeople(qint64 docId, const QString &people);
    /// Rebuilds the messages and notes columns from the parts table.
    bool reindexParts(qint64 docId, const QString &conversationId);
    bool remove(qint64 docId);

    static QString people(const QString &name, const QString &email);

private:
    Database &m_db;
    bool m_batched = false;
};

} // namespace models
