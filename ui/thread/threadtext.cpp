#include "threadtext.h"

#include <QLocale>

namespace ui {

QString ThreadText::shortAge(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const qint64 seconds = when.secsTo(now);
    if (seconds < 60)
        return tr("now");
    if (seconds < 3600)
        return tr("%1m", "minutes ago").arg(seconds / 60);
    if (seconds < 86400)
        return tr("%1h", "hours ago").arg(seconds / 3600);
    if (seconds < 7 * 86400)
        return tr("%1d", "days ago").arg(seconds / 86400);
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

QString ThreadText::longAge(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const qint64 seconds = when.secsTo(now);
    if (seconds < 60)
        return tr("just now");
    // Spelled out for one and many: no English translation is loaded to resolve "%n …(s)".
    if (seconds < 120)
        return tr("a minute ago");
    if (seconds < 3600)
        return tr("%1 minutes ago").arg(seconds / 60);
    if (seconds < 2 * 3600)
        return tr("an hour ago");
    if (seconds < 86400)
        return tr("%1 hours ago").arg(seconds / 3600);
    if (seconds < 2 * 86400)
        return tr("yesterday");
    if (seconds < 7 * 86400)
        return tr("%1 days ago").arg(seconds / 86400);
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

QString ThreadText::absoluteTime(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::LongFormat) : QString();
}

QString ThreadText::attachmentLabel(const QString &name, qint64 size)
{
    const QString shownName = name.isEmpty() ? tr("Attachment") : name;
    if (size <= 0)
        return shownName;
    return tr("%1 · %2", "file name · size").arg(shownName, QLocale().formattedDataSize(size));
}

QString ThreadText::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("note"))
        return tr("Note");
    if (kind == QLatin1String("event"))
        return tr("Event");
    return tr("Message");
}

QString ThreadText::partSummary(const QString &kind, const QString &author, const QString &age,
                                const QString &state)
{
    QString summary
        = kind == QLatin1String("note")
              ? tr("Note by %1, %2", "author, age").arg(author, age)
              : tr("%1 from %2, %3", "kind, author, age").arg(kindLabel(kind), author, age);
    if (!state.isEmpty())
        summary = tr("%1, %2", "summary, state").arg(summary, state);
    return summary;
}

} // namespace ui
