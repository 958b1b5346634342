#include "referencerepository.h"

#include "database.h"
#include "jsoncolumns.h"
#include "transaction.h"

#include <QSqlQuery>

namespace models {

namespace {

const QString adminColumns = QStringLiteral(
    "id, name, email, job_title, avatar_url, away_mode_enabled, away_mode_reassign,"
    " has_inbox_seat, raw_json");

} // namespace

bool ReferenceRepository::deleteMissing(const QString &table, const QStringList &keep)
{
    // A temporary list of the ids to keep: one statement whatever the list's length.
    if (!m_db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS keep_ids (id TEXT PRIMARY KEY)"))
        || !m_db.exec(QStringLiteral("DELETE FROM temp.keep_ids"))) {
        return false;
    }
    for (const QString &id : keep) {
        if (!m_db.exec(QStringLiteral("INSERT OR IGNORE INTO temp.keep_ids(id) VALUES (?)"), {id}))
            return false;
    }
    return m_db.exec(QStringLiteral("DELETE FROM ") + table
                     + QLatin1String(" WHERE id NOT IN (SELECT id FROM temp.keep_ids)"));
}

bool ReferenceRepository::replaceAdmins(const QList<api::Admin> &admins)
{
    using namespace jsoncolumns;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return false;
    QStringList ids;
    for (const api::Admin &a : admins) {
        if (a.id.isEmpty())
            continue;
        ids.append(a.id);
        if (!m_db.exec(QStringLiteral("INSERT OR REPLACE INTO admins(") + adminColumns
                           + QLatin1String(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {a.id, notNull(a.name), nullIfEmpty(a.email), nullIfEmpty(a.jobTitle),
                        nullIfEmpty(a.avatarUrl), a.awayModeEnabled, a.awayModeReassign,
                        a.hasInboxSeat, fromObject(a.rawJson)})) {
            return false;
        }
    }
    return deleteMissing(QStringLiteral("admins"), ids) && transaction.commit();
}

bool ReferenceRepository::replaceTeams(const QList<api::Team> &teams)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return false;
    QStringList ids;
    for (const api::Team &t : teams) {
        if (t.id.isEmpty())
            continue;
        ids.append(t.id);
        // An upsert, not INSERT OR REPLACE: a replace would cascade-delete the members.
        if (!m_db.exec(QStringLiteral("INSERT INTO teams(id, name, raw_json) VALUES (?, ?, ?)"
                                      " ON CONFLICT(id) DO UPDATE SET name = excluded.name,"
                                      " raw_json = excluded.raw_json"),
                       {t.id, jsoncolumns::notNull(t.name), jsoncolumns::fromObject(t.rawJson)})
            || !m_db.exec(QStringLiteral("DELETE FROM team_members WHERE team_id = ?"), {t.id})) {
            return false;
        }
        for (const QString &adminId : t.adminIds) {
            if (!m_db.exec(QStringLiteral("INSERT OR IGNORE INTO team_members(team_id, admin_id)"
                                          " VALUES (?, ?)"),
                           {t.id, adminId})) {
                return false;
            }
        }
    }
    return deleteMissing(QStringLiteral("teams"), ids) && transaction.commit();
}

bool ReferenceRepository::replaceTags(const QList<api::Tag> &tags)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return false;
    QStringList ids;
    for (const api::Tag &tag : tags) {
        if (tag.id.isEmpty())
            continue;
        ids.append(tag.id);
        if (!upsertTag(tag))
            return false;
    }
    return deleteMissing(QStringLiteral("tags"), ids) && transaction.commit();
}

bool ReferenceRepository::upsertTag(const api::Tag &tag)
{
    return !tag.id.isEmpty()
           && m_db.exec(QStringLiteral("INSERT INTO tags(id, name) VALUES (?, ?)"
                                       " ON CONFLICT(id) DO UPDATE SET name = excluded.name"),
                        {tag.id, jsoncolumns::notNull(tag.name)});
}

QList<api::Admin> ReferenceRepository::admins()
{
    QList<api::Admin> result;
    m_db.select(QStringLiteral("SELECT ") + adminColumns
                    + QLatin1String(", (SELECT group_concat(team_id, char(31)) FROM"
                                    " (SELECT team_id FROM team_members m WHERE m.admin_id ="
                                    " admins.id ORDER BY team_id)) FROM admins"
                                    " ORDER BY name COLLATE NOCASE, id"),
                {}, [&](const QSqlQuery &row) {
                    api::Admin a;
                    a.id = row.value(0).toString();
                    a.name = row.value(1).toString();
                    a.email = row.value(2).toString();
                    a.jobTitle = row.value(3).toString();
                    a.avatarUrl = row.value(4).toString();
                    a.awayModeEnabled = row.value(5).toBool();
                    a.awayModeReassign = row.value(6).toBool();
                    a.hasInboxSeat = row.value(7).toBool();
                    a.rawJson = jsoncolumns::toObject(row.value(8));
                    a.teamIds = row.value(9).toString().split(QChar(0x1f), Qt::SkipEmptyParts);
                    result.append(a);
                });
    return result;
}

std::optional<api::Admin> ReferenceRepository::admin(const QString &id)
{
    for (const api::Admin &a : admins()) {
        if (a.id == id)
            return a;
    }
    return std::nullopt;
}

QList<api::Team> ReferenceRepository::teams()
{
    QList<api::Team> result;
    m_db.select(QStringLiteral("SELECT id, name, raw_json, (SELECT group_concat(admin_id,"
                               " char(31)) FROM (SELECT admin_id FROM team_members m"
                               " WHERE m.team_id = teams.id ORDER BY admin_id))"
                               " FROM teams ORDER BY name COLLATE NOCASE, id"),
                {}, [&](const QSqlQuery &row) {
                    api::Team t;
                    t.id = row.value(0).toString();
                    t.name = row.value(1).toString();
                    t.rawJson = jsoncolumns::toObject(row.value(2));
                    t.adminIds = row.value(3).toString().split(QChar(0x1f), Qt::SkipEmptyParts);
                    result.append(t);
                });
    return result;
}

std::optional<api::Team> ReferenceRepository::team(const QString &id)
{
    for (const api::Team &t : teams()) {
        if (t.id == id)
            return t;
    }
    return std::nullopt;
}

QStringList ReferenceRepository::teamIdsOf(const QString &adminId)
{
    QStringList result;
    m_db.select(QStringLiteral("SELECT team_id FROM team_members WHERE admin_id = ?"
                               " ORDER BY team_id"),
                {adminId}, [&](const QSqlQuery &row) { result.append(row.value(0).toString()); });
    return result;
}

QList<api::Tag> ReferenceRepository::tags()
{
    QList<api::Tag> result;
    m_db.select(QStringLiteral("SELECT id, name FROM tags ORDER BY name COLLATE NOCASE, id"), {},
                [&](const QSqlQuery &row) {
                    api::Tag tag;
                    tag.id = row.value(0).toString();
                    tag.name = row.value(1).toString();
                    result.append(tag);
                });
    return result;
}

} // namespace models
