#pragma once

#include "api/admin.h"
#include "api/tag.h"
#include "api/team.h"

#include <QList>
#include <QString>

namespace models {

class Database;

/// The names a search can mention (teammates, teams, tags) and who "me" is: what
/// SearchParser resolves `assignee:`, `team:` and `tag:` values against. Plain value, so the
/// parser stays pure and tests build one in code.
struct SearchVocabulary
{
    QList<api::Admin> admins;
    QList<api::Team> teams;
    QList<api::Tag> tags;
    QString meAdminId; ///< empty until the workspace's "me" is known

    /// Reads the lists from the store (ReferenceRepository). Same thread as \a db.
    static SearchVocabulary fromStore(Database &db, const QString &meAdminId);
};

} // namespace models
