#include "searchdates.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace models {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("models::SearchParser", text);
}

/// 100 years: more is a typing mistake, and keeps the arithmetic far from overflow.
constexpr qint64 maxRelativeSeconds = 100LL * 366 * 24 * 3600;

} // namespace

DateRange parseDateCondition(const QString &condition, const QDateTime &now)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(>=|<=|>|<|=)?(?:(\\d{4}-\\d{2}-\\d{2})|(\\d{1,6})([hdw]))$"),
        QRegularExpression::CaseInsensitiveOption);
    DateRange range;
    const QRegularExpressionMatch match = pattern.match(condition.trimmed());
    if (!match.hasMatch()) {
        range.error = tr("Use a date like 2024-05-31 or 7d (also 12h, 2w), optionally after "
                         ">, >=, < or <=.");
        return range;
    }
    const QString op = match.captured(1);
    const bool lower = op.isEmpty() || op.startsWith(QLatin1Char('>')) || op == QLatin1String("=");
    const bool upper = op.startsWith(QLatin1Char('<')) || op == QLatin1String("=");
    if (!match.captured(3).isEmpty()) {
        const QChar unit = match.captured(4).at(0).toLower();
        const qint64 unitSeconds = unit == QLatin1Char('h')   ? 3600
                                   : unit == QLatin1Char('d') ? 86400
                                                              : 7 * 86400;
        const qint64 seconds = match.captured(3).toLongLong() * unitSeconds;
        if (seconds > maxRelativeSeconds) {
            range.error = tr("That is too far back.");
            return range;
        }
        const qint64 moment = now.toSecsSinceEpoch() - seconds;
        if (moment <= 0) {
            range.error = tr("Dates before 1970 cannot be searched.");
            return range;
        }
        if (lower)
            range.from = moment;
        if (upper)
            range.to = moment;
        return range;
    }
    const QDate day = QDate::fromString(match.captured(2), Qt::ISODate);
    if (!day.isValid()) {
        range.error = tr("\"%1\" is not a valid date.").arg(match.captured(2));
        return range;
    }
    const QTimeZone zone = now.timeZone();
    const qint64 dayStart = day.startOfDay(zone).toSecsSinceEpoch();
    const qint64 nextDayStart = day.addDays(1).startOfDay(zone).toSecsSinceEpoch();
    if (op.isEmpty() || op == QLatin1String("=")) {
        range.from = dayStart;
        range.to = nextDayStart - 1;
    } else if (op == QLatin1String(">")) {
        range.from = nextDayStart;
    } else if (op == QLatin1String(">=")) {
        range.from = dayStart;
    } else if (op == QLatin1String("<")) {
        range.to = dayStart - 1;
    } else {
        range.to = nextDayStart - 1;
    }
    if (range.from < 0 || range.to < 0 || (range.to == 0 && op.startsWith(QLatin1Char('<')))
        || (range.from == 0 && !op.startsWith(QLatin1Char('<')))) {
        range = {};
        range.error = tr("Dates before 1970 cannot be searched.");
    }
    return range;
}

} // namespace models
