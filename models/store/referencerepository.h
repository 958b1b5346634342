#pragma once

#include "api/admin.h"
#include "api/tag.h"
#include "api/team.h"

#include <QList>

#include <optional>

namespace models {

class Database;

/// The workspace's reference lists: admins (teammates), teams with their members, tags.
/// The replace* functions take the whole list as the API returns it and make the store match
/// it (rows missing from the list are deleted) in one transaction. Team membership comes
/// from Team::adminIds. Same thread as the Database.
class ReferenceRepository
{
public:
    explicit ReferenceRepository(Database &db)
        : m_db(db)
    {}

    [[nodiscard]] bool replaceAdmins(const QList<api::Admin> &admins);
    [[nodiscard]] bool replaceTeams(const QList<api::Team> &teams);
    [[nodiscard]] bool replaceTags(const QList<api::Tag> &tags);
    /// One tag (e.g. just created); kept until the next replaceTags().
    [[nodiscard]] bool upsertTag(const api::Tag &tag);

    /// Ordered by name. Admin::teamIds is filled from the membership table.
    QList<api::Admin> admins();
    std::optional<api::Admin> admin(const QString &id);
    QList<api::Team> teams();
    std::optional<api::Team> team(const QString &id);
    /// The teams \a adminId belongs to (for "my teams" views), ordered by id.
    QStringList teamIdsOf(const QString &adminId);
    QList<api::Tag> tags();

private:
    bool deleteMissing(const QString &table, const QStringList &keep);

    Database &m_db;
};

} // namespace models
