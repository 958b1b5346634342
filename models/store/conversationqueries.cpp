// The read side of ConversationRepository: views, counts, search, one conversation.
#include "conversationrepository.h"

#include "conversationfiltersql.h"
#include "conversationorder.h"
#include "database.h"
#include "jsoncolumns.h"
#include "schema.h"

#include <QSqlQuery>

namespace models {

namespace {

const QChar tagSeparator(0x1f);

QString summaryColumns()
{
    return QStringLiteral(
        "c.doc_id, c.id, c.title, c.state, c.open, c.read, c.priority, c.admin_assignee_id,"
        " c.team_assignee_id, c.contact_id, c.contact_name, c.contact_email, c.created_at,"
        " c.updated_at, c.waiting_since, c.snoozed_until, c.snippet,"
        " (SELECT group_concat(t.tag_id, char(31)) FROM conversation_tags t"
        "  WHERE t.conversation_id = c.id),"
        " c.parts_synced_at, c.parts_updated_at, c.parts_total_count");
}
constexpr int summaryColumnCount = 21;

ConversationSummary summaryFromRow(const QSqlQuery &row)
{
    ConversationSummary s;
    s.docId = row.value(0).toLongLong();
    s.id = row.value(1).toString();
    s.title = row.value(2).toString();
    s.state = ConversationFilterSql::stateFromName(row.value(3).toString());
    s.open = row.value(4).toBool();
    s.read = row.value(5).toBool();
    s.priority = api::Conversation::Priority(qBound(0, row.value(6).toInt(), 4));
    s.adminAssigneeId = row.value(7).toString();
    s.teamAssigneeId = row.value(8).toString();
    s.contactId = row.value(9).toString();
    s.contactName = row.value(10).toString();
    s.contactEmail = row.value(11).toString();
    s.createdAt = row.value(12).toLongLong();
    s.updatedAt = row.value(13).toLongLong();
    s.waitingSince = row.value(14).toLongLong();
    s.snoozedUntil = row.value(15).toLongLong();
    s.snippet = row.value(16).toString();
    s.tagIds = row.value(17).toString().split(tagSeparator, Qt::SkipEmptyParts);
    s.partsSyncedAt = row.value(18).toLongLong();
    s.partsUpdatedAt = row.value(19).toLongLong();
    s.partsTotalCount = row.value(20).toInt();
    return s;
}

} // namespace

QString ConversationRepository::pageSql(const QString &where, ConversationSort sort,
                                        bool withCursor, bool walkUpdated)
{
    QString sql = QLatin1String("SELECT ") + summaryColumns()
                  + QLatin1String(" FROM conversations c ")
                  + (walkUpdated ? QLatin1String("INDEXED BY idx_conversations_updated ")
                                 : QLatin1String())
                  + QLatin1String("WHERE (") + where + QLatin1Char(')');
    if (withCursor)
        sql += QLatin1String(" AND ") + ConversationOrder::afterSql(sort);
    return sql + QLatin1String(" ORDER BY ") + ConversationOrder::orderBySql(sort)
           + QLatin1String(" LIMIT ?");
}

ConversationPage ConversationRepository::page(const ConversationFilter &filter,
                                              ConversationSort sort, int limit,
                                              const PageCursor &after)
{
    ConversationPage page;
    if (limit <= 0)
        return page;
    SqlCondition condition = ConversationFilterSql::where(filter);
    if (!after.isNull())
        condition.values << ConversationOrder::afterValues(after, sort);
    condition.values << limit + 1; // one more tells whether there is a next page
    // A word in thousands of conversations ("invoice"): SQLite would collect every match and
    // sort them all for the newest 50; reading the newest conversations and keeping the
    // matching ones stops after a few hundred rows (100 ms → 15 ms at 100,000).
    const bool walkUpdated = (sort == ConversationSort::UpdatedNewest
                              || sort == ConversationSort::UpdatedOldest)
                             && isCommonText(filter);
    m_db.select(pageSql(condition.sql, sort, !after.isNull(), walkUpdated), condition.values,
                [&](const QSqlQuery &row) { page.rows.append(summaryFromRow(row)); });
    page.hasMore = page.rows.size() > limit;
    if (page.hasMore)
        page.rows.removeLast();
    if (!page.rows.isEmpty())
        page.next = ConversationOrder::keyOf(page.rows.constLast(), sort);
    return page;
}

bool ConversationRepository::isCommonText(const ConversationFilter &filter)
{
    const QString match = ConversationFilterSql::textMatch(filter);
    if (match.isEmpty())
        return false;
    // Bounded: FTS5 stops at the limit, so a very common word costs no more than a rare one.
    return matchCount(match, searchCandidates) >= searchCandidates;
}

int ConversationRepository::matchCount(const QString &match, int limit)
{
    // One document per conversation; LIMIT -1 is SQLite's "no limit".
    return m_db
        .scalar(QLatin1String("SELECT COUNT(*) FROM (SELECT rowid FROM ") + Schema::searchTable()
                    + QLatin1String(" WHERE ") + Schema::searchTable()
                    + QLatin1String(" MATCH ? LIMIT ?)"),
                {match, limit}, 0)
        .toInt();
}

int ConversationRepository::count(const ConversationFilter &filter)
{
    // A search whose whole filter is in its MATCH (facets, no date range) is counted by FTS5
    // alone (one document per conversation), not by probing the view's rows one by one.
    const QString match = ConversationFilterSql::textMatch(filter);
    if (!match.isEmpty() && ConversationFilterSql::rangesWhere(filter).sql == QLatin1String("1"))
        return matchCount(match);
    const SqlCondition condition = ConversationFilterSql::where(filter);
    return m_db
        .scalar(QStringLiteral("SELECT COUNT(*) FROM conversations c WHERE ") + condition.sql,
                condition.values, 0)
        .toInt();
}

ViewCounts ConversationRepository::viewCounts(const QString &adminId, const QStringList &teamIds)
{
    ViewCounts counts;
    counts.mine = adminId.isEmpty() ? 0 : count(ConversationFilter::mine(adminId));
    counts.unassigned = count(ConversationFilter::unassigned());
    counts.allOpen = count(ConversationFilter::allOpen());
    counts.snoozed = count(ConversationFilter::snoozed());
    counts.closed = count(ConversationFilter::closed());
    for (const QString &teamId : teamIds)
        counts.teams.insert(teamId, count(ConversationFilter::team(teamId)));
    return counts;
}

QList<SearchHit> ConversationRepository::search(const ConversationFilter &filter, int limit)
{
    QList<SearchHit> hits;
    QString match = ConversationFilterSql::matchExpression(filter.text);
    if (match.isEmpty() || limit <= 0)
        return hits;
    // A last word longer than the prefix indexes (4 characters) is a prefix FTS5 expands by
    // merging whole doclists; for a word typed out that is in most conversations ("invoice")
    // that merge costs more than the rest of the query. When the last word as typed already
    // fills the candidate set alone it is searched as a whole word: its other forms would
    // not change the newest candidates much. The probe is cheap: FTS5 stops at the LIMIT.
    if (match.endsWith(QLatin1Char('*'))) {
        // Words never contain a space, so the last phrase starts after the last one.
        const QString lastWord = match.mid(match.lastIndexOf(QLatin1Char(' ')) + 1).chopped(1);
        const int found = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT rowid FROM"
                                                     " conversation_search WHERE"
                                                     " conversation_search MATCH ? LIMIT ?)"),
                                      {lastWord, searchCandidates}, 0)
                              .toInt();
        if (found >= searchCandidates)
            match.chop(1);
    }
    // The view's facets join the MATCH (FTS5 intersects the doclists, skipping through a long
    // one); only the date ranges are left to SQL.
    const QString facets = ConversationFilterSql::facetExpression(filter);
    if (!facets.isEmpty())
        match = QLatin1Char('(') + match + QLatin1String(") AND ") + facets;
    SqlCondition condition = ConversationFilterSql::rangesWhere(filter);
    condition.values.prepend(match);
    condition.values << searchCandidates << limit;
    m_db.select(searchSql(condition.sql), condition.values, [&](const QSqlQuery &row) {
        hits.append({row.value(0).toString(), row.value(1).toDouble()});
    });
    return hits;
}

QString ConversationRepository::searchSql(const QString &where)
{
    // bm25 over every match costs a few microseconds a document: a word found in nearly every
    // conversation took 150 ms at 100,000. FTS5 walks a doclist newest rowid first for free
    // and stops at the LIMIT, so only the newest searchCandidates matches (all of them for a
    // rarer word) are scored, then ranked. Column weights: title, first_message, messages,
    // notes, people, facets (the filter's tokens do not rank).
    const QString score
        = QStringLiteral("bm25(conversation_search, 10.0, 4.0, 2.0, 2.0, 8.0, 0.0)");
    if (where == QLatin1String("1")) {
        // No filter: rank inside the FTS table, read conversations only for the hits shown.
        return QLatin1String("SELECT c.id, r.score FROM (SELECT rowid, score FROM (SELECT rowid, ")
               + score
               + QLatin1String(" AS score FROM conversation_search WHERE conversation_search"
                               " MATCH ? ORDER BY rowid DESC LIMIT ?) ORDER BY score LIMIT ?) r"
                               " JOIN conversations c ON c.doc_id = r.rowid ORDER BY r.score");
    }
    // CROSS JOIN keeps the FTS table outside: its rowid order bounds the walk, and the
    // filter (a lookup per match in a narrow covering index) drops rows before they are
    // scored.
    return QLatin1String("SELECT id, score FROM (SELECT c.id AS id, ") + score
           + QLatin1String(" AS score FROM conversation_search CROSS JOIN conversations c"
                           " INDEXED BY ")
           + Schema::searchFilterIndex()
           + QLatin1String(" ON c.doc_id = conversation_search.rowid"
                           " WHERE conversation_search MATCH ? AND (")
           + where
           + QLatin1String(") ORDER BY conversation_search.rowid DESC LIMIT ?)"
                           " ORDER BY score LIMIT ?");
}

qint64 ConversationRepository::maxUpdatedAt()
{
    return m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(updated_at), 0) FROM conversations"))
        .toLongLong();
}

std::optional<ConversationSummary> ConversationRepository::summary(const QString &id)
{
    std::optional<ConversationSummary> result;
    m_db.select(QLatin1String("SELECT ") + summaryColumns()
                    + QLatin1String(" FROM conversations c WHERE c.id = ?"),
                {id}, [&](const QSqlQuery &row) { result = summaryFromRow(row); });
    return result;
}

QList<ConversationSummary> ConversationRepository::contactConversations(const QString &contactId,
                                                                        int limit)
{
    QList<ConversationSummary> rows;
    if (contactId.isEmpty() || limit <= 0)
        return rows;
    m_db.select(QLatin1String("SELECT ") + summaryColumns()
                    + QLatin1String(" FROM conversations c WHERE c.contact_id = ?"
                                    " ORDER BY c.updated_at DESC, c.doc_id DESC LIMIT ?"),
                {contactId, limit},
                [&](const QSqlQuery &row) { rows.append(summaryFromRow(row)); });
    return rows;
}

std::optional<api::Conversation> ConversationRepository::conversation(const QString &id)
{
    std::optional<ConversationSummary> s;
    QJsonObject raw;
    m_db.select(QLatin1String("SELECT ") + summaryColumns()
                    + QLatin1String(", c.raw_json FROM conversations c WHERE c.id = ?"),
                {id}, [&](const QSqlQuery &row) {
                    s = summaryFromRow(row);
                    raw = jsoncolumns::toObject(row.value(summaryColumnCount));
                });
    if (!s)
        return std::nullopt;
    // The columns win over the raw JSON: they hold optimistic local effects.
    api::Conversation c = api::Conversation::fromJson(raw);
    c.id = s->id;
    c.title = s->title;
    c.state = s->state;
    c.open = s->open;
    c.read = s->read;
    c.priority = s->priority;
    c.adminAssigneeId = s->adminAssigneeId;
    c.teamAssigneeId = s->teamAssigneeId;
    c.createdAt = s->createdAt;
    c.updatedAt = s->updatedAt;
    c.waitingSince = s->waitingSince;
    c.snoozedUntil = s->snoozedUntil;
    if (c.contacts.isEmpty() && !s->contactId.isEmpty())
        c.contacts.append(
            {QStringLiteral("contact"), s->contactId, s->contactName, s->contactEmail});
    c.tags.clear();
    m_db.select(QStringLiteral("SELECT t.tag_id, tags.name FROM conversation_tags t"
                               " LEFT JOIN tags ON tags.id = t.tag_id"
                               " WHERE t.conversation_id = ? ORDER BY t.tag_id"),
                {id}, [&](const QSqlQuery &row) {
                    api::Tag tag;
                    tag.id = row.value(0).toString();
                    tag.name = row.value(1).toString();
                    c.tags.append(tag);
                });
    c.parts = parts(id);
    c.partsTotalCount = std::max(s->partsTotalCount, int(c.parts.size()));
    c.rawJson = raw;
    return c;
}

QList<api::ConversationPart> ConversationRepository::parts(const QString &conversationId)
{
    QList<api::ConversationPart> result;
    m_db.select(QStringLiteral("SELECT id, part_type, author_type, author_id, author_name, body,"
                               " created_at, attachments FROM parts WHERE conversation_id = ?"
                               " ORDER BY created_at, rowid"),
                {conversationId}, [&](const QSqlQuery &row) {
                    api::ConversationPart part;
                    part.id = row.value(0).toString();
                    part.partType = row.value(1).toString();
                    part.author.type = row.value(2).toString();
                    part.author.id = row.value(3).toString();
                    part.author.name = row.value(4).toString();
                    part.body = row.value(5).toString();
                    part.createdAt = row.value(6).toLongLong();
                    part.attachments = jsoncolumns::toAttachments(row.value(7));
                    result.append(part);
                });
    return result;
}

} // namespace models
