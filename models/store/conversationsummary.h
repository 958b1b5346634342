#pragma once

#include "api/conversation.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace models {

/// One conversation as the list shows it: the stored columns, without the raw JSON.
/// Plain value, read by ConversationRepository.
struct ConversationSummary
{
    /// Whether the thread (parts) is stored: never fetched, fetched and current, or fetched
    /// before the conversation last changed.
    enum class PartsState { None, Done, Stale };

    qint64 docId = 0; ///< local key; also the keyset tie-breaker
    QString id;
    QString title;
    api::Conversation::State state = api::Conversation::State::Unknown;
    bool open = false;
    bool read = false;
    api::Conversation::Priority priority = api::Conversation::Priority::None;
    QString adminAssigneeId = api::Conversation::unassigned();
    QString teamAssigneeId = api::Conversation::unassigned();
    QString contactId;
    QString contactName;
    QString contactEmail;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 waitingSince = 0;
    qint64 snoozedUntil = 0;
    QString snippet; ///< plain text of the first message, cut
    QStringList tagIds;
    qint64 partsSyncedAt = 0;  ///< local ms of the last thread fetch; 0 = never
    qint64 partsUpdatedAt = 0; ///< the conversation's updated_at at that fetch
    int partsTotalCount = 0;   ///< the server's total of parts at that fetch

    PartsState partsState() const
    {
        if (partsSyncedAt == 0)
            return PartsState::None;
        return partsUpdatedAt < updatedAt ? PartsState::Stale : PartsState::Done;
    }
};

/// Order of a list view. Every order is keyset-paged with doc_id as tie-breaker; see
/// ConversationOrder for the keys.
enum class ConversationSort {
    UpdatedNewest,
    UpdatedOldest,
    CreatedNewest,
    CreatedOldest,
    WaitingLongest, ///< waiting_since ascending, conversations nobody waits on last
    PriorityFirst,  ///< priority descending, then newest updated first
};

/// Where the next page starts: the sort key and doc_id of the last row returned.
struct PageCursor
{
    qint64 key = 0;
    qint64 docId = 0;
    qint64 subKey = 0; ///< the second sort key (PriorityFirst: updated_at), else 0
    bool isNull() const { return docId == 0; }
};

struct ConversationPage
{
    QList<ConversationSummary> rows;
    PageCursor next;      ///< pass to the next page() call
    bool hasMore = false; ///< false once the last row was returned
};

/// A full-text hit: a conversation id and its bm25 score (lower is better).
struct SearchHit
{
    QString id;
    double score = 0;
};

/// The counts the sidebar shows, one indexed COUNT each.
struct ViewCounts
{
    int mine = 0;
    int unassigned = 0;
    int allOpen = 0;
    int snoozed = 0;
    int closed = 0;
    QHash<QString, int> teams; ///< team id → open conversations assigned to it
};

} // namespace models
