#include "conversationactions.h"

#include "snoozetimes.h"

#include "api/intercomclient.h"
#include "models/outbox/outbox.h"
#include "models/store/conversationrepository.h"
#include "models/store/referencerepository.h"
#include "models/storechanges.h"

namespace ui {

using models::ConversationSummary;
using State = api::Conversation::State;

ConversationActions::ConversationActions(models::Database &db, models::Outbox &outbox,
                                         api::IntercomClient &client, models::StoreChanges *changes,
                                         const QString &meAdminId, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_outbox(outbox)
    , m_client(client)
    , m_changes(changes)
    , m_me(meAdminId)
    , m_clock([] { return QDateTime::currentDateTime(); })
{}

ConversationActions::Result ConversationActions::assignToMe(const QStringList &ids)
{
    return run(
        ids, Verb::AssignMe,
        [this](const ConversationSummary &s) { return s.adminAssigneeId == m_me; },
        [this](const QString &id) { return m_outbox.assignAdmin(id, m_me); });
}

ConversationActions::Result ConversationActions::assignTo(const QStringList &ids,
                                                          const QString &adminId)
{
    if (adminId == m_me)
        return assignToMe(ids);
    return run(
        ids, Verb::Assign,
        [adminId](const ConversationSummary &s) { return s.adminAssigneeId == adminId; },
        [this, adminId](const QString &id) { return m_outbox.assignAdmin(id, adminId); },
        adminName(adminId));
}

ConversationActions::Result ConversationActions::assignToTeam(const QStringList &ids,
                                                              const QString &teamId)
{
    return run(
        ids, Verb::AssignTeam,
        [teamId](const ConversationSummary &s) { return s.teamAssigneeId == teamId; },
        [this, teamId](const QString &id) { return m_outbox.assignTeam(id, teamId); },
        teamName(teamId));
}

ConversationActions::Result ConversationActions::unassign(const QStringList &ids)
{
    return run(
        ids, Verb::Unassign,
        [](const ConversationSummary &s) {
            return s.adminAssigneeId == api::Conversation::unassigned();
        },
        [this](const QString &id) { return m_outbox.unassign(id); });
}

ConversationActions::Result ConversationActions::snooze(const QStringList &ids,
                                                        const QDateTime &until)
{
    const QDateTime now = m_clock();
    if (!until.isValid() || until <= now) {
        Result result;
        result.failed = int(ids.size());
        // Invalid: a preset not available now ("later today" late in the evening).
        result.text = until.isValid()
                          ? tr("Choose a snooze time in the future.")
                          : tr("That snooze time is not available now; choose another one.");
        Q_EMIT actionFailed(result.text);
        return result;
    }
    const qint64 secs = until.toSecsSinceEpoch();
    return run(
        ids, Verb::Snooze,
        [secs](const ConversationSummary &s) {
            return s.state == State::Snoozed && s.snoozedUntil == secs;
        },
        [this, secs](const QString &id) { return m_outbox.snooze(id, secs); },
        SnoozeTimes::whenText(until, now));
}

ConversationActions::Result ConversationActions::close(const QStringList &ids)
{
    return run(
        ids, Verb::Close, [](const ConversationSummary &s) { return s.state == State::Closed; },
        [this](const QString &id) { return m_outbox.close(id); });
}

ConversationActions::Result ConversationActions::reopen(const QStringList &ids)
{
    return run(
        ids, Verb::Reopen, [](const ConversationSummary &s) { return s.state == State::Open; },
        [this](const QString &id) { return m_outbox.open(id); });
}

ConversationActions::Result ConversationActions::addTag(const QStringList &ids,
                                                        const QString &tagId)
{
    return run(
        ids, Verb::Tag, [tagId](const ConversationSummary &s) { return s.tagIds.contains(tagId); },
        [this, tagId](const QString &id) { return m_outbox.addTag(id, tagId); }, tagName(tagId));
}

ConversationActions::Result ConversationActions::removeTag(const QStringList &ids,
                                                           const QString &tagId)
{
    return run(
        ids, Verb::Untag,
        [tagId](const ConversationSummary &s) { return !s.tagIds.contains(tagId); },
        [this, tagId](const QString &id) { return m_outbox.removeTag(id, tagId); }, tagName(tagId));
}

ConversationActions::Result ConversationActions::toggleTag(const QStringList &ids,
                                                           const QString &tagId)
{
    const bool all = !ids.isEmpty() && tagCounts(ids).value(tagId) == ids.size();
    return all ? removeTag(ids, tagId) : addTag(ids, tagId);
}

ConversationActions::Result ConversationActions::markRead(const QStringList &ids, bool read)
{
    return run(
        ids, read ? Verb::Read : Verb::Unread,
        [read](const ConversationSummary &s) { return s.read == read; },
        [this, read](const QString &id) { return m_outbox.markRead(id, read); });
}

ConversationActions::Result ConversationActions::run(const QStringList &ids, Verb verb,
                                                     const NoOp &isNoOp, const Enqueue &enqueue,
                                                     const QString &object)
{
    Result result;
    models::ConversationRepository conversations(m_db);
    for (const QString &id : ids) {
        // A conversation that is not stored cannot be judged: the server decides.
        const std::optional<ConversationSummary> summary = conversations.summary(id);
        if (summary && isNoOp(*summary))
            ++result.skipped;
        else if (enqueue(id) > 0)
            ++result.queued;
        else
            ++result.failed;
    }
    if (result.failed > 0) {
        result.text = tr("%n action(s) could not be saved; nothing was lost, try again.", "",
                         result.failed);
        if (!m_outbox.lastError().isEmpty())
            result.text += QLatin1Char(' ') + m_outbox.lastError();
        Q_EMIT actionFailed(result.text);
        return result;
    }
    if (result.queued == 0) {
        result.text
            = tr("Nothing to change: %n conversation(s) already as asked.", "", result.skipped);
    } else {
        result.text = doneText(verb, result.queued, object);
        if (result.skipped > 0)
            result.text += QLatin1Char(' ') + tr("(%n unchanged)", "", result.skipped);
    }
    if (!ids.isEmpty())
        Q_EMIT actionQueued(result.text);
    return result;
}

QString ConversationActions::doneText(Verb verb, int count, const QString &object)
{
    switch (verb) {
    case Verb::AssignMe:
        return tr("Assigned %n conversation(s) to you.", "", count);
    case Verb::Assign:
    case Verb::AssignTeam:
        //: %1 is a teammate's or a team's name
        return tr("Assigned %n conversation(s) to %1.", "", count).arg(object);
    case Verb::Unassign:
        return tr("Unassigned %n conversation(s).", "", count);
    case Verb::Snooze:
        //: %1 is a time, e.g. "Mon 09:00"
        return tr("Snoozed %n conversation(s) until %1.", "", count).arg(object);
    case Verb::Close:
        return tr("Closed %n conversation(s).", "", count);
    case Verb::Reopen:
        return tr("Reopened %n conversation(s).", "", count);
    case Verb::Tag:
        return tr("Tagged %n conversation(s) “%1”.", "", count).arg(object);
    case Verb::Untag:
        return tr("Removed the tag “%1” from %n conversation(s).", "", count).arg(object);
    case Verb::Read:
        return tr("Marked %n conversation(s) as read.", "", count);
    case Verb::Unread:
        return tr("Marked %n conversation(s) as unread.", "", count);
    }
    return {};
}

bool ConversationActions::createTagAndAdd(const QStringList &ids, const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty()) {
        Q_EMIT actionFailed(tr("A tag needs a name."));
        return false;
    }
    const QString existing = tagIdByName(trimmed);
    if (!existing.isEmpty()) {
        addTag(ids, existing);
        return true;
    }
    if (!m_outbox.isOnline()) {
        Q_EMIT actionFailed(tr("Can't create the tag “%1” while offline. Existing tags can "
                               "still be added; try again when the connection is back.")
                                .arg(trimmed));
        return false;
    }
    api::TagJob *job = m_client.createTag(trimmed);
    connect(job, &api::ApiJob::finished, this, [this, job, ids, trimmed] {
        if (job->error()) {
            Q_EMIT actionFailed(
                tr("Couldn't create the tag “%1”: %2").arg(trimmed, job->error().displayText()));
            return;
        }
        onTagCreated(ids, job->result().name.isEmpty() ? trimmed : job->result().name,
                     job->result().id);
    });
    return true;
}

void ConversationActions::onTagCreated(const QStringList &ids, const QString &name,
                                       const QString &tagId)
{
    api::Tag tag;
    tag.id = tagId;
    tag.name = name;
    if (tagId.isEmpty() || !models::ReferenceRepository(m_db).upsertTag(tag)) {
        Q_EMIT actionFailed(tr("The tag “%1” was created but could not be saved.").arg(name));
        return;
    }
    if (m_changes)
        m_changes->notifyReferenceDataChanged();
    Q_EMIT tagCreated(tagId, name);
    addTag(ids, tagId);
}

QString ConversationActions::tagIdByName(const QString &name) const
{
    const QString wanted = name.simplified();
    const QList<api::Tag> tags = models::ReferenceRepository(m_db).tags();
    for (const api::Tag &tag : tags) {
        if (tag.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return tag.id;
    }
    return {};
}

QHash<QString, int> ConversationActions::tagCounts(const QStringList &ids) const
{
    QHash<QString, int> counts;
    models::ConversationRepository conversations(m_db);
    for (const QString &id : ids) {
        if (const std::optional<ConversationSummary> summary = conversations.summary(id)) {
            for (const QString &tagId : summary->tagIds)
                ++counts[tagId];
        }
    }
    return counts;
}

QString ConversationActions::adminName(const QString &adminId) const
{
    const std::optional<api::Admin> admin = models::ReferenceRepository(m_db).admin(adminId);
    return admin && !admin->name.isEmpty() ? admin->name : tr("teammate %1").arg(adminId);
}

QString ConversationActions::teamName(const QString &teamId) const
{
    const std::optional<api::Team> team = models::ReferenceRepository(m_db).team(teamId);
    return team && !team->name.isEmpty() ? team->name : tr("team %1").arg(teamId);
}

QString ConversationActions::tagName(const QString &tagId) const
{
    const QList<api::Tag> tags = models::ReferenceRepository(m_db).tags();
    for (const api::Tag &tag : tags) {
        if (tag.id == tagId)
            return tag.name;
    }
    return tagId;
}

} // namespace ui
