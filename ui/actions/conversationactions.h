#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

namespace api {
class IntercomClient;
}

namespace models {
class Database;
class Outbox;
class StoreChanges;
struct ConversationSummary;
} // namespace models

namespace ui {

/// The one place that turns an agent's intent into outbox calls, for one conversation or a
/// selection of many. Each function looks at the stored conversations first and skips those
/// for which the action changes nothing (closing a closed one, adding a tag it has), queues
/// the rest through the Outbox (persisted and applied optimistically at once), and says what
/// it did in one sentence: actionQueued("Closed 12 conversations") — also when nothing needed
/// doing — or actionFailed(…) when the store refused to record an action.
/// Creating a tag is the one call that needs the network (the tag id comes from the server):
/// offline it fails at once with a clear message, nothing is queued.
/// GUI-thread object; the Database, Outbox, client and StoreChanges (may be null) must
/// outlive it.
class ConversationActions : public QObject
{
    Q_OBJECT
public:
    /// What one call did. text is the sentence also emitted.
    struct Result
    {
        int queued = 0;
        int skipped = 0; ///< already as asked: nothing queued for them
        int failed = 0;  ///< the store could not record the action
        QString text;
    };

    /// \a meAdminId: the signed-in teammate ("Assign to me").
    ConversationActions(models::Database &db, models::Outbox &outbox, api::IntercomClient &client,
                        models::StoreChanges *changes, const QString &meAdminId,
                        QObject *parent = nullptr);

    QString meAdminId() const { return m_me; }
    /// The clock snooze() compares with (tests); defaults to the system clock.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    Result assignToMe(const QStringList &ids);
    Result assignTo(const QStringList &ids, const QString &adminId);
    Result assignToTeam(const QStringList &ids, const QString &teamId);
    /// Removes the teammate assignee (the team assignment stays, as in Intercom).
    Result unassign(const QStringList &ids);
    /// Refused (actionFailed) unless \a until is in the future.
    Result snooze(const QStringList &ids, const QDateTime &until);
    Result close(const QStringList &ids);
    /// Opens closed and snoozed conversations.
    Result reopen(const QStringList &ids);
    Result addTag(const QStringList &ids, const QString &tagId);
    Result removeTag(const QStringList &ids, const QString &tagId);
    /// Removes the tag when every conversation has it, else adds it to those without (the
    /// way a tri-state check box toggles).
    Result toggleTag(const QStringList &ids, const QString &tagId);
    Result markRead(const QStringList &ids, bool read);

    /// Adds the tag named \a name, creating it first (POST /tags) when no stored tag has that
    /// name (case-insensitive). The new tag is stored at once so pickers list it. False when
    /// it could not start (empty name, offline); the outcome of the request comes later as
    /// tagCreated + actionQueued, or actionFailed.
    bool createTagAndAdd(const QStringList &ids, const QString &name);
    /// The stored tag named \a name (case-insensitive), empty when none.
    QString tagIdByName(const QString &name) const;

    /// How many of \a ids carry each tag (tags of none are absent).
    QHash<QString, int> tagCounts(const QStringList &ids) const;

Q_SIGNALS:
    /// What was queued (or that nothing needed doing), for the status bar.
    void actionQueued(const QString &summary);
    /// Why nothing (or not everything) was queued.
    void actionFailed(const QString &error);
    void tagCreated(const QString &tagId, const QString &name);

private:
    enum class Verb {
        AssignMe,
        Assign,
        AssignTeam,
        Unassign,
        Snooze,
        Close,
        Reopen,
        Tag,
        Untag,
        Read,
        Unread
    };
    using NoOp = std::function<bool(const models::ConversationSummary &)>;
    using Enqueue = std::function<qint64(const QString &)>;

    Result run(const QStringList &ids, Verb verb, const NoOp &isNoOp, const Enqueue &enqueue,
               const QString &object = {});
    static QString doneText(Verb verb, int count, const QString &object);
    QString adminName(const QString &adminId) const;
    QString teamName(const QString &teamId) const;
    QString tagName(const QString &tagId) const;
    void onTagCreated(const QStringList &ids, const QString &name, const QString &tagId);

    models::Database &m_db;
    models::Outbox &m_outbox;
    api::IntercomClient &m_client;
    models::StoreChanges *m_changes;
    QString m_me;
    std::function<QDateTime()> m_clock;
};

} // namespace ui
