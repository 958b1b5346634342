#include "snoozetimes.h"

#include <QTimeZone>

namespace ui {

namespace {

constexpr qint64 quarterHourSecs = 15 * 60;

/// \a when seen in the zone of \a reference.
QDateTime sameZone(const QDateTime &when, const QDateTime &reference)
{
    return reference.timeSpec() == Qt::LocalTime ? when.toLocalTime()
                                                 : when.toTimeZone(reference.timeZone());
}

/// The locale's short time format without seconds (some locales, C among them, show them).
QString shortTimeFormat(const QLocale &locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QLatin1String(":ss")).remove(QLatin1String(".ss"));
    return format;
}

} // namespace

QDateTime SnoozeTimes::inZoneOf(const QDateTime &reference, const QDate &date, const QTime &time)
{
    if (reference.timeSpec() == Qt::LocalTime)
        return QDateTime(date, time);
    return QDateTime(date, time, reference.timeZone());
}

QDateTime SnoozeTimes::laterToday(const QDateTime &now)
{
    // Rounded in absolute seconds: every zone's offset is a whole number of quarter hours,
    // so this is a quarter hour on the wall clock too, and no wall-clock time in a DST gap
    // can come out of it.
    const qint64 secs = now.toSecsSinceEpoch() + laterTodayHours * 3600;
    const qint64 rounded = (secs + quarterHourSecs - 1) / quarterHourSecs * quarterHourSecs;
    const QDateTime result
        = sameZone(QDateTime::fromSecsSinceEpoch(rounded, QTimeZone::utc()), now);
    return result.date() == now.date() ? result : QDateTime();
}

QDateTime SnoozeTimes::tomorrowMorning(const QDateTime &now)
{
    return inZoneOf(now, now.date().addDays(1), morning());
}

QDateTime SnoozeTimes::nextMonday(const QDateTime &now)
{
    // dayOfWeek(): Monday 1 … Sunday 7; on a Monday the next Monday is 7 days away.
    return inZoneOf(now, now.date().addDays(8 - now.date().dayOfWeek()), morning());
}

QDateTime SnoozeTimes::nextWeek(const QDateTime &now)
{
    return inZoneOf(now, now.date().addDays(7), morning());
}

QDateTime SnoozeTimes::at(Preset preset, const QDateTime &now)
{
    switch (preset) {
    case Preset::LaterToday:
        return laterToday(now);
    case Preset::TomorrowMorning:
        return tomorrowMorning(now);
    case Preset::NextMonday:
        return nextMonday(now);
    case Preset::NextWeek:
        return nextWeek(now);
    }
    return {};
}

QList<SnoozeTimes::Preset> SnoozeTimes::presets(const QDateTime &now)
{
    QList<Preset> result;
    QList<QDateTime> times;
    for (Preset preset :
         {Preset::LaterToday, Preset::TomorrowMorning, Preset::NextMonday, Preset::NextWeek}) {
        const QDateTime when = at(preset, now);
        if (!when.isValid() || when <= now || times.contains(when))
            continue;
        result.append(preset);
        times.append(when);
    }
    return result;
}

QString SnoozeTimes::name(Preset preset, bool mnemonic)
{
    QString text;
    switch (preset) {
    case Preset::LaterToday:
        text = tr("&Later today");
        break;
    case Preset::TomorrowMorning:
        text = tr("&Tomorrow morning");
        break;
    case Preset::NextMonday:
        text = tr("Next &Monday");
        break;
    case Preset::NextWeek:
        text = tr("Next &week");
        break;
    }
    if (!mnemonic)
        text.remove(QLatin1Char('&'));
    return text;
}

QString SnoozeTimes::whenText(const QDateTime &when, const QDateTime &now, const QLocale &locale)
{
    const QDateTime local = sameZone(when, now);
    const QString time = locale.toString(local.time(), shortTimeFormat(locale));
    const qint64 days = now.date().daysTo(local.date());
    if (days == 0)
        return time;
    if (days > 0 && days < 7) {
        //: e.g. "Sun 09:00"
        return tr("%1 %2", "weekday and time")
            .arg(locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat), time);
    }
    //: e.g. "Mon 12 Jan 09:00"
    return tr("%1 %2", "date and time")
        .arg(locale.toString(local.date(), QStringLiteral("ddd d MMM")), time);
}

QString SnoozeTimes::label(Preset preset, const QDateTime &now, const QLocale &locale,
                           bool mnemonic)
{
    const QDateTime when = at(preset, now);
    if (!when.isValid())
        return name(preset, mnemonic);
    //: A snooze preset and its time, e.g. "Tomorrow morning — Sun 09:00"
    return tr("%1 — %2").arg(name(preset, mnemonic), whenText(when, now, locale));
}

} // namespace ui
