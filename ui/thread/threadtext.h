#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace ui {

/// The words of the thread view: relative and absolute times, attachment sizes and the
/// accessible summaries of parts. Pure functions of their arguments (the current time is
/// passed in), so tests pin them; GUI thread only because of tr().
class ThreadText
{
    Q_DECLARE_TR_FUNCTIONS(ui::ThreadText)
public:
    /// "now", "5m", "2h", "3d", then the short date: for compact event lines.
    static QString shortAge(const QDateTime &when, const QDateTime &now);
    /// "just now", "5 minutes ago", "2 hours ago", "3 days ago", then the short date.
    static QString longAge(const QDateTime &when, const QDateTime &now);
    /// The local date and time in the locale's long format: the tooltip of a part's time.
    static QString absoluteTime(const QDateTime &when);
    /// "report.pdf · 1.2 MB" (QLocale::formattedDataSize); the name alone when the size is 0.
    static QString attachmentLabel(const QString &name, qint64 size);
    /// "Note", "Message" or "Event": what a screen reader announces first.
    static QString kindLabel(const QString &kind);
    /// "Message from Alice, 2 hours ago, Sending…": the accessible name of a part.
    static QString partSummary(const QString &kind, const QString &author, const QString &age,
                               const QString &state);
};

} // namespace ui
