#include "contactrepository.h"

#include "database.h"
#include "jsoncolumns.h"
#include "searchindex.h"
#include "transaction.h"

#include <QSqlQuery>

namespace models {

bool ContactRepository::upsertContacts(const QList<api::Contact> &contacts)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return false;
    for (const api::Contact &contact : contacts) {
        if (!contact.id.isEmpty() && !upsertContact(contact))
            return false;
    }
    return transaction.commit();
}

bool ContactRepository::upsertContact(const api::Contact &c)
{
    using namespace jsoncolumns;
    return m_db.exec(QStringLiteral("INSERT OR REPLACE INTO contacts(id, external_id, role, name,"
                                    " email, phone, avatar_url, owner_id, created_at, updated_at,"
                                    " last_seen_at, raw_json)"
                                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {c.id, nullIfEmpty(c.externalId), nullIfEmpty(c.role), nullIfEmpty(c.name),
                      nullIfEmpty(c.email), nullIfEmpty(c.phone), nullIfEmpty(c.avatarUrl),
                      nullIfEmpty(c.ownerId), c.createdAt, c.updatedAt, c.lastSeenAt,
                      fromObject(c.rawJson)})
           && refreshConversations(c);
}

bool ContactRepository::refreshConversations(const api::Contact &c)
{
    using namespace jsoncolumns;
    QList<qint64> docIds;
    const bool ok = m_db.select(
        QStringLiteral("UPDATE conversations SET contact_name = ?, contact_email = ?"
                       " WHERE contact_id = ? AND (contact_name IS NOT ? OR contact_email IS NOT ?)"
                       " RETURNING doc_id"),
        {nullIfEmpty(c.name), nullIfEmpty(c.email), c.id, nullIfEmpty(c.name),
         nullIfEmpty(c.email)},
        [&](const QSqlQuery &row) { docIds.append(row.value(0).toLongLong()); });
    if (!ok)
        return false;
    SearchIndex index(m_db);
    const QString people = SearchIndex::people(c.name, c.email);
    for (qint64 docId : std::as_const(docIds)) {
        if (!index.setPeople(docId, people))
            return false;
    }
    return true;
}

bool ContactRepository::upsertCompanies(const QList<api::Company> &companies)
{
    using namespace jsoncolumns;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return false;
    for (const api::Company &c : companies) {
        if (c.id.isEmpty())
            continue;
        if (!m_db.exec(QStringLiteral("INSERT OR REPLACE INTO companies(id, company_id, name, plan,"
                                      " created_at, updated_at, size, website, industry,"
                                      " monthly_spend, user_count, raw_json)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {c.id, nullIfEmpty(c.companyId), nullIfEmpty(c.name), nullIfEmpty(c.plan),
                        c.createdAt, c.updatedAt, c.size, nullIfEmpty(c.website),
                        nullIfEmpty(c.industry), c.monthlySpend, c.userCount,
                        fromObject(c.rawJson)})) {
            return false;
        }
    }
    return transaction.commit();
}

std::optional<api::Contact> ContactRepository::contact(const QString &id)
{
    std::optional<api::Contact> result;
    m_db.select(QStringLiteral("SELECT raw_json, external_id, role, name, email, phone,"
                               " avatar_url, owner_id, created_at, updated_at, last_seen_at"
                               " FROM contacts WHERE id = ?"),
                {id}, [&](const QSqlQuery &row) {
                    api::Contact c = api::Contact::fromJson(jsoncolumns::toObject(row.value(0)));
                    c.id = id;
                    c.externalId = row.value(1).toString();
                    c.role = row.value(2).toString();
                    c.name = row.value(3).toString();
                    c.email = row.value(4).toString();
                    c.phone = row.value(5).toString();
                    c.avatarUrl = row.value(6).toString();
                    c.ownerId = row.value(7).toString();
                    c.createdAt = row.value(8).toLongLong();
                    c.updatedAt = row.value(9).toLongLong();
                    c.lastSeenAt = row.value(10).toLongLong();
                    result = c;
                });
    return result;
}

std::optional<api::Company> ContactRepository::company(const QString &id)
{
    std::optional<api::Company> result;
    m_db.select(QStringLiteral("SELECT raw_json, company_id, name, plan, created_at, updated_at,"
                               " size, website, industry, monthly_spend, user_count"
                               " FROM companies WHERE id = ?"),
                {id}, [&](const QSqlQuery &row) {
                    api::Company c = api::Company::fromJson(jsoncolumns::toObject(row.value(0)));
                    c.id = id;
                    c.companyId = row.value(1).toString();
                    c.name = row.value(2).toString();
                    c.plan = row.value(3).toString();
                    c.createdAt = row.value(4).toLongLong();
                    c.updatedAt = row.value(5).toLongLong();
                    c.size = row.value(6).toLongLong();
                    c.website = row.value(7).toString();
                    c.industry = row.value(8).toString();
                    c.monthlySpend = row.value(9).toDouble();
                    c.userCount = row.value(10).toLongLong();
                    result = c;
                });
    return result;
}

QStringList ContactRepository::contactIdsByEmail(const QString &email)
{
    QStringList ids;
    m_db.select(QStringLiteral("SELECT id FROM contacts WHERE email = ? COLLATE NOCASE"
                               " ORDER BY id"),
                {email}, [&](const QSqlQuery &row) { ids.append(row.value(0).toString()); });
    return ids;
}

} // namespace models
