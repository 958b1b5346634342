#pragma once

#include "api/conversation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace models {

/// One conversation row said in words, for screen readers (Qt::AccessibleTextRole of the
/// conversation lists): "Unread. Alice Smith: Refund request, 2 hours ago, waiting 1 hour,
/// assigned to Bob, tags VIP, priority high". Plain value + pure functions; any thread.
struct ConversationDescription
{
    Q_DECLARE_TR_FUNCTIONS(models::ConversationDescription)
public:
    bool unread = false;
    bool pending = false;
    bool stale = false;
    QString contactName;
    QString title;
    QDateTime updatedAt;    ///< invalid: left out
    QDateTime waitingSince; ///< invalid: nobody waits
    QString assigneeName;   ///< empty: unassigned
    QStringList tagNames;
    api::Conversation::Priority priority = api::Conversation::Priority::None;

    QString text(const QDateTime &now) const;

    /// "5 minutes ago", "2 hours ago", "3 days ago", or a date.
    static QString ago(const QDateTime &when, const QDateTime &now);
    /// "5 minutes", "2 hours", "3 days": a duration in its largest whole unit.
    static QString duration(qint64 seconds);
    /// "low", "medium", "high", "urgent"; empty for none.
    static QString priorityName(api::Conversation::Priority priority);
};

} // namespace models
