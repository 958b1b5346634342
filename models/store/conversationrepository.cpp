#include "conversationrepository.h"

#include "conversationfiltersql.h"
#include "database.h"
#include "jsoncolumns.h"
#include "searchindex.h"
#include "transaction.h"

#include "models/htmltext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace models {

namespace {

constexpr int snippetLength = 200;

bool isPerson(const api::ObjectRef &ref)
{
    return ref.type == QLatin1String("user") || ref.type == QLatin1String("lead")
           || ref.type == QLatin1String("contact");
}

/// The contact a list row shows: the first of the conversation's contacts; its name and
/// email when the API embedded them, else those of the first message's author if it is
/// that contact. What stays unknown is looked up in the contacts table by the SQL.
api::ObjectRef primaryContact(const api::Conversation &conversation)
{
    api::ObjectRef contact = conversation.contacts.value(0);
    const api::ObjectRef &author = conversation.source.author;
    if (contact.id.isEmpty() && isPerson(author))
        contact = author;
    if (author.id == contact.id) {
        if (contact.name.isEmpty())
            contact.name = author.name;
        if (contact.email.isEmpty())
            contact.email = author.email;
    }
    return contact;
}

QString cut(const QString &text, int length)
{
    if (text.size() <= length)
        return text;
    return text.left(length - 1) + QChar(0x2026);
}

} // namespace

bool ConversationRepository::upsertConversations(const QList<api::Conversation> &conversations)
{
    Transaction transaction(m_db);
    SearchIndex index(m_db);
    if (!transaction.isActive() || !index.beginBatch())
        return false;
    for (const api::Conversation &conversation : conversations) {
        if (!upsertOne(conversation, index))
            return false;
    }
    return index.flush() && transaction.commit();
}

bool ConversationRepository::upsertOne(const api::Conversation &c, SearchIndex &index)
{
    if (c.id.isEmpty())
        return true; // nothing to key it by: a malformed item is skipped, not fatal
    using namespace jsoncolumns;
    const api::ObjectRef contact = primaryContact(c);
    const QString firstMessage = plainTextFromHtml(c.source.body);
    QJsonObject raw = c.rawJson;
    raw.remove(QLatin1String("conversation_parts")); // the parts live in their own table

    qint64 docId = 0;
    QString contactName;
    QString contactEmail;
    const bool ok = m_db.select(
        QStringLiteral(
            "INSERT INTO conversations(id, title, state, open, read, priority, admin_assignee_id,"
            " team_assignee_id, contact_id, contact_name, contact_email, created_at, updated_at,"
            " waiting_since, snoozed_until, snippet, raw_json)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " COALESCE(?, (SELECT name FROM contacts WHERE id = ?)),"
            " COALESCE(?, (SELECT email FROM contacts WHERE id = ?)),"
            " ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET title = excluded.title, state = excluded.state,"
            " open = excluded.open, read = excluded.read, priority = excluded.priority,"
            " admin_assignee_id = excluded.admin_assignee_id,"
            " team_assignee_id = excluded.team_assignee_id,"
            " contact_name = CASE WHEN excluded.contact_id IS contact_id"
            "  THEN COALESCE(excluded.contact_name, contact_name) ELSE excluded.contact_name END,"
            " contact_email = CASE WHEN excluded.contact_id IS contact_id"
            "  THEN COALESCE(excluded.contact_email, contact_email) ELSE excluded.contact_email "
            "END,"
            " contact_id = excluded.contact_id, created_at = excluded.created_at,"
            " updated_at = excluded.updated_at, waiting_since = excluded.waiting_since,"
            " snoozed_until = excluded.snoozed_until, snippet = excluded.snippet,"
            " raw_json = excluded.raw_json"
            " WHERE excluded.updated_at >= conversations.updated_at"
            " RETURNING doc_id, contact_name, contact_email"),
        {c.id, notNull(c.title), ConversationFilterSql::stateName(c.state), c.open, c.read,
         int(c.priority), c.adminAssigneeId, c.teamAssigneeId, nullIfEmpty(contact.id),
         nullIfEmpty(contact.name), contact.id, nullIfEmpty(contact.email), contact.id, c.createdAt,
         c.updatedAt, nullIfZero(c.waitingSince), nullIfZero(c.snoozedUntil),
         notNull(cut(firstMessage, snippetLength)), fromObject(raw)},
        [&](const QSqlQuery &row) {
            docId = row.value(0).toLongLong();
            contactName = row.value(1).toString();
            contactEmail = row.value(2).toString();
        });
    if (!ok)
        return false;
    if (docId == 0)
        return true; // the stored copy is newer

    // Only the tags that went: each tag row written fires a facet trigger (schema v7), which
    // outside a batch rewrites the conversation's document.
    QJsonArray tagIds;
    for (const api::Tag &tag : c.tags)
        tagIds.append(tag.id);
    if (!m_db.exec(
            QStringLiteral("DELETE FROM conversation_tags WHERE conversation_id = ?"
                           " AND tag_id NOT IN (SELECT value FROM json_each(?))"),
            {c.id, QString::fromUtf8(QJsonDocument(tagIds).toJson(QJsonDocument::Compact))})) {
        return false;
    }
    for (const api::Tag &tag : c.tags) {
        if (tag.id.isEmpty())
            continue;
        if (!m_db.exec(QStringLiteral("INSERT OR IGNORE INTO conversation_tags(conversation_id,"
                                      " tag_id) VALUES (?, ?)"),
                       {c.id, tag.id})) {
            return false;
        }
        if (!tag.name.isEmpty()
            && !m_db.exec(QStringLiteral("INSERT INTO tags(id, name) VALUES (?, ?)"
                                         " ON CONFLICT(id) DO UPDATE SET name = excluded.name"
                                         " WHERE name <> excluded.name"),
                          {tag.id, tag.name})) {
            return false;
        }
    }
    const QString subject = plainTextFromHtml(c.source.subject);
    return index.setHeader(docId, c.title,
                           subject.isEmpty() ? firstMessage
                                             : subject + QLatin1Char('\n') + firstMessage,
                           SearchIndex::people(contactName, contactEmail));
}

bool ConversationRepository::upsertThread(const api::Conversation &conversation, qint64 syncedAtMs)
{
    Transaction transaction(m_db);
    SearchIndex index(m_db);
    if (!transaction.isActive() || !upsertOne(conversation, index))
        return false;
    if (!writeParts(conversation.id, conversation.parts))
        return false;
    const int total
        = conversation.partsTotalCount > 0
              ? conversation.partsTotalCount
              : int(std::count_if(
                  conversation.parts.cbegin(), conversation.parts.cend(),
                  [](const api::ConversationPart &part) { return !part.id.isEmpty(); }));
    return m_db.exec(QStringLiteral("UPDATE conversations SET parts_synced_at = ?,"
                                    " parts_updated_at = ?, parts_total_count = ? WHERE id = ?"),
                     {syncedAtMs, conversation.updatedAt, total, conversation.id})
           && transaction.commit();
}

bool ConversationRepository::upsertParts(const QString &conversationId,
                                         const QList<api::ConversationPart> &parts)
{
    Transaction transaction(m_db);
    return transaction.isActive() && writeParts(conversationId, parts) && transaction.commit();
}

bool ConversationRepository::writeParts(const QString &conversationId,
                                        const QList<api::ConversationPart> &parts)
{
    const std::optional<qint64> doc = docId(conversationId);
    if (!doc)
        return false;
    using namespace jsoncolumns;
    for (const api::ConversationPart &part : parts) {
        if (part.id.isEmpty())
            continue;
        if (!m_db.exec(QStringLiteral(
                           "INSERT INTO parts(id, conversation_id, part_type, author_type,"
                           " author_id, author_name, body, created_at, attachments)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                           " ON CONFLICT(id) DO UPDATE SET part_type = excluded.part_type,"
                           " author_type = excluded.author_type, author_id = excluded.author_id,"
                           " author_name = excluded.author_name, body = excluded.body,"
                           " created_at = excluded.created_at,"
                           " attachments = excluded.attachments"),
                       {part.id, conversationId, notNull(part.partType),
                        nullIfEmpty(part.author.type), nullIfEmpty(part.author.id),
                        nullIfEmpty(part.author.name), nullIfEmpty(part.body), part.createdAt,
                        fromAttachments(part.attachments)})) {
            return false;
        }
    }
    return SearchIndex(m_db).reindexParts(*doc, conversationId);
}

bool ConversationRepository::removePart(const QString &conversationId, const QString &partId)
{
    Transaction transaction(m_db);
    const std::optional<qint64> doc = docId(conversationId);
    return transaction.isActive() && doc
           && m_db.exec(QStringLiteral("DELETE FROM parts WHERE id = ? AND conversation_id = ?"),
                        {partId, conversationId})
           && SearchIndex(m_db).reindexParts(*doc, conversationId) && transaction.commit();
}

bool ConversationRepository::remove(const QString &conversationId)
{
    Transaction transaction(m_db);
    const std::optional<qint64> doc = docId(conversationId);
    if (!transaction.isActive())
        return false;
    if (!doc)
        return transaction.commit(); // already gone
    // Parts and tags go with it (ON DELETE CASCADE).
    return m_db.exec(QStringLiteral("DELETE FROM conversations WHERE doc_id = ?"), {*doc})
           && SearchIndex(m_db).remove(*doc) && transaction.commit();
}

std::optional<qint64> ConversationRepository::docId(const QString &id)
{
    const QVariant value = m_db.scalar(QStringLiteral("SELECT doc_id FROM conversations"
                                                      " WHERE id = ?"),
                                       {id});
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

bool ConversationRepository::updateColumns(const QString &id, const QString &assignments,
                                           QVariantList values)
{
    values.append(id);
    int changed = 0;
    return m_db.exec(QStringLiteral("UPDATE conversations SET ") + assignments
                         + QLatin1String(" WHERE id = ?"),
                     values, &changed)
           && changed == 1;
}

bool ConversationRepository::setState(const QString &id, api::Conversation::State state,
                                      qint64 snoozedUntil)
{
    const bool isSnoozed = state == api::Conversation::State::Snoozed;
    return updateColumns(id, QStringLiteral("state = ?, open = ?, snoozed_until = ?"),
                         {ConversationFilterSql::stateName(state),
                          state == api::Conversation::State::Open,
                          jsoncolumns::nullIfZero(isSnoozed ? snoozedUntil : 0)});
}

bool ConversationRepository::setRead(const QString &id, bool read)
{
    return updateColumns(id, QStringLiteral("read = ?"), {read});
}

bool ConversationRepository::setAssignees(const QString &id, const QString &adminId,
                                          const QString &teamId)
{
    const auto orUnassigned = [](const QString &value) {
        return value.isEmpty() ? QString(api::Conversation::unassigned()) : value;
    };
    return updateColumns(id, QStringLiteral("admin_assignee_id = ?, team_assignee_id = ?"),
                         {orUnassigned(adminId), orUnassigned(teamId)});
}

bool ConversationRepository::setPriority(const QString &id, api::Conversation::Priority priority)
{
    return updateColumns(id, QStringLiteral("priority = ?"), {int(priority)});
}

bool ConversationRepository::addTag(const QString &id, const QString &tagId)
{
    return docId(id).has_value()
           && m_db.exec(QStringLiteral("INSERT OR IGNORE INTO conversation_tags(conversation_id,"
                                       " tag_id) VALUES (?, ?)"),
                        {id, tagId});
}

bool ConversationRepository::removeTag(const QString &id, const QString &tagId)
{
    return m_db.exec(QStringLiteral("DELETE FROM conversation_tags WHERE conversation_id = ?"
                                    " AND tag_id = ?"),
                     {id, tagId});
}

} // namespace models
