#pragma once

#include "api/company.h"
#include "api/contact.h"

#include <QList>

#include <optional>

namespace models {

class Database;

/// Contacts (users and leads) and companies. Upserting a contact also refreshes the contact
/// name and email shown on its conversations and their full-text documents, so a search by
/// a contact's name finds conversations synced before the contact was. Same thread as the
/// Database.
class ContactRepository
{
public:
    explicit ContactRepository(Database &db)
        : m_db(db)
    {}

    [[nodiscard]] bool upsertContacts(const QList<api::Contact> &contacts);
    [[nodiscard]] bool upsertCompanies(const QList<api::Company> &companies);
    /// Stored columns overlaid on the parsed raw JSON.
    std::optional<api::Contact> contact(const QString &id);
    std::optional<api::Company> company(const QString &id);
    /// Contacts whose email is exactly \a email (case-insensitive).
    QStringList contactIdsByEmail(const QString &email);

private:
    bool upsertContact(const api::Contact &contact);
    bool refreshConversations(const api::Contact &contact);

    Database &m_db;
};

} // namespace models
