#pragma once

#include <QDateTime>
#include <QString>

namespace models {

/// Inclusive Unix-second bounds (0 = open), or a translated error.
struct DateRange
{
    qint64 from = 0;
    qint64 to = 0;
    QString error;
};

/// Reads a date condition of the search syntax: an optional operator (>, >=, <, <=, =) and
/// either a day "YYYY-MM-DD" (in \a now's time zone; without operator: that whole day) or a
/// moment relative to \a now ("12h", "7d", "2w"; without operator: since then). Pure.
DateRange parseDateCondition(const QString &condition, const QDateTime &now);

} // namespace models
