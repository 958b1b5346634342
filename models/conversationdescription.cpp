#include "conversationdescription.h"

#include <QLocale>

namespace models {

QString ConversationDescription::duration(qint64 seconds)
{
    if (seconds < 60)
        return tr("less than a minute");
    if (seconds < 3600)
        return tr("%n minute(s)", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n hour(s)", nullptr, int(seconds / 3600));
    return tr("%n day(s)", nullptr, int(qMin<qint64>(seconds / 86400, INT_MAX)));
}

QString ConversationDescription::priorityName(api::Conversation::Priority priority)
{
    using Priority = api::Conversation::Priority;
    switch (priority) {
    case Priority::Low:
        return tr("low");
    case Priority::Medium:
        return tr("medium");
    case Priority::High:
        return tr("high");
    case Priority::Urgent:
        return tr("urgent");
    case Priority::None:
        break;
    }
    return {};
}

QString ConversationDescription::ago(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const qint64 seconds = when.secsTo(now);
    if (seconds < 60)
        return tr("just now");
    if (seconds < 7 * 86400)
        return tr("%1 ago", "a duration: 2 hours ago").arg(duration(seconds));
    return QLocale().toString(when.toLocalTime().date(), QLocale::LongFormat);
}

QString ConversationDescription::text(const QDateTime &now) const
{
    QStringList details;
    details << (title.isEmpty() ? tr("no title") : title);
    if (const QString when = ago(updatedAt, now); !when.isEmpty())
        details << when;
    if (waitingSince.isValid())
        details << tr("waiting %1").arg(duration(qMax<qint64>(0, waitingSince.secsTo(now))));
    details << (assigneeName.isEmpty() ? tr("unassigned") : tr("assigned to %1").arg(assigneeName));
    if (!tagNames.isEmpty())
        details << tr("tags %1").arg(QLocale().createSeparatedList(tagNames));
    if (const QString level = priorityName(priority); !level.isEmpty())
        details << tr("priority %1").arg(level);
    if (pending)
        details << tr("changes not yet sent");
    if (stale)
        details << tr("may be out of date");
    const QString body
        = tr("%1: %2", "contact: details").arg(contactName, details.join(QLatin1String(", ")));
    return unread ? tr("Unread. %1").arg(body) : body;
}

} // namespace models
