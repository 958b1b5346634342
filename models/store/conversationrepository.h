#pragma once

#include "conversationfilter.h"
#include "conversationsummary.h"

#include "api/conversation.h"

#include <QList>

#include <optional>

namespace models {

class Database;
class SearchIndex;

/// Conversations, their parts and tags, and their full-text documents.
///
/// Writes keep the FTS index in step inside the same transaction. A write that needs
/// atomicity opens its own Transaction, which joins the caller's if there is one (savepoint).
/// Upserts never let an older snapshot overwrite a newer one: a conversation whose stored
/// updated_at is later than the incoming one is left as it is.
/// Reads return values; failures return empty results and are in Database::lastError().
/// A light object over a Database (statements are cached by the Database); same thread.
class ConversationRepository
{
public:
    explicit ConversationRepository(Database &db)
        : m_db(db)
    {}

    /// List items (a search page), all in one transaction. Tags are replaced, the thread
    /// (parts) is kept. False (and nothing written) on failure.
    [[nodiscard]] bool upsertConversations(const QList<api::Conversation> &conversations);
    /// A full conversation (GET /conversations/{id}): the conversation, its parts, and the
    /// thread bookkeeping (parts_synced_at = \a syncedAtMs, the total count).
    [[nodiscard]] bool upsertThread(const api::Conversation &conversation, qint64 syncedAtMs);
    /// Parts of a stored conversation (e.g. the optimistic part of a queued reply), without
    /// touching the thread bookkeeping.
    [[nodiscard]] bool upsertParts(const QString &conversationId,
                                   const QList<api::ConversationPart> &parts);
    [[nodiscard]] bool removePart(const QString &conversationId, const QString &partId);
    [[nodiscard]] bool remove(const QString &conversationId);

    /// Optimistic local effects (written with their outbox row by the caller's Transaction).
    [[nodiscard]] bool setState(const QString &id, api::Conversation::State state,
                                qint64 snoozedUntil = 0);
    [[nodiscard]] bool setRead(const QString &id, bool read);
    [[nodiscard]] bool setAssignees(const QString &id, const QString &adminId,
                                    const QString &teamId);
    [[nodiscard]] bool setPriority(const QString &id, api::Conversation::Priority priority);
    [[nodiscard]] bool addTag(const QString &id, const QString &tagId);
    [[nodiscard]] bool removeTag(const QString &id, const QString &tagId);

    std::optional<ConversationSummary> summary(const QString &id);
    /// The conversations whose contact (the first one, as the list shows it) is \a contactId,
    /// the most recently updated first, at most \a limit (idx_conversations_contact).
    QList<ConversationSummary> contactConversations(const QString &contactId, int limit);
    /// The stored conversation: raw JSON parsed, overlaid with the columns (which hold local
    /// effects), with the stored parts oldest first.
    std::optional<api::Conversation> conversation(const QString &id);
    QList<api::ConversationPart> parts(const QString &conversationId);

    /// One page of a view, keyset-paged: pass the previous page's next cursor (or a null one).
    ConversationPage page(const ConversationFilter &filter, ConversationSort sort, int limit,
                          const PageCursor &after = {});
    int count(const ConversationFilter &filter);
    /// The sidebar counts for \a adminId and \a teamIds.
    ViewCounts viewCounts(const QString &adminId, const QStringList &teamIds);
    /// Full-text search ranked by bm25 (title and people weigh most), with the filter's other
    /// fields applied. Empty when the text has nothing searchable. Only the newest
    /// searchCandidates matches (by doc_id, i.e. the order conversations were first stored)
    /// that pass the filter are ranked: a rarer text is ranked over all its matches, a very
    /// common one over its newest matches, so its cost is bounded whatever the store's size.
    QList<SearchHit> search(const ConversationFilter &filter, int limit);
    static constexpr int searchCandidates = 2000;
    /// The latest updated_at stored (0 when empty): a fallback sync watermark.
    qint64 maxUpdatedAt();

    /// The SELECT that page() runs, for EXPLAIN QUERY PLAN in tests and benchmarks.
    /// \a walkUpdated: read conversations newest (or oldest) first through the updated_at index
    /// and keep those that match, instead of collecting every match and sorting them.
    static QString pageSql(const QString &where, ConversationSort sort, bool withCursor,
                           bool walkUpdated = false);
    /// The SELECT that search() runs; binds: match expression, the filter's values,
    /// searchCandidates, limit.
    static QString searchSql(const QString &where);

private:
    bool upsertOne(const api::Conversation &conversation, SearchIndex &index);
    /// Whether the filter's text (with its facets) matches at least searchCandidates
    /// conversations: then the newest of them are quicker found by walking updated_at.
    bool isCommonText(const ConversationFilter &filter);
    /// How many conversations an FTS5 match expression finds, counting at most \a limit
    /// (-1: all of them).
    int matchCount(const QString &match, int limit = -1);
    bool writeParts(const QString &conversationId, const QList<api::ConversationPart> &parts);
    std::optional<qint64> docId(const QString &id);
    bool updateColumns(const QString &id, const QString &assignments, QVariantList values);

    Database &m_db;
};

} // namespace models
