#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QTime>

namespace ui {

/// The snooze presets, as pure functions of "now" (in now's own zone: local time, or an
/// explicit QTimeZone in tests), so every rule is tested with fixed clocks.
///
/// The rules (each result is strictly later than now, DST-safe because each is built from a
/// calendar date and a wall-clock time in the zone, or from absolute seconds):
/// - Later today: 3 hours from now (real time, so a DST change does not stretch it), rounded
///   up to the next quarter hour. Not available (invalid QDateTime) when that is no longer
///   today: at 21:00 or later "later today" means tomorrow, which the next preset says better.
/// - Tomorrow morning: 09:00 on the next calendar day (also after midnight: at 01:00 it is
///   the morning of the day after, which is what "tomorrow" says on the clock).
/// - Next Monday: 09:00 on the first Monday after today (on a Monday, the following one).
/// - Next week: 09:00 on the same weekday one week later.
/// Two presets can fall on the same time (on Sunday "tomorrow morning" is next Monday; on
/// Monday "next week" is next Monday): presets() keeps the first, so a menu never offers
/// the same time twice.
class SnoozeTimes
{
    Q_DECLARE_TR_FUNCTIONS(SnoozeTimes)
public:
    enum class Preset { LaterToday, TomorrowMorning, NextMonday, NextWeek };

    static constexpr int laterTodayHours = 3;
    static QTime morning() { return QTime(9, 0); }

    static QDateTime laterToday(const QDateTime &now);
    static QDateTime tomorrowMorning(const QDateTime &now);
    static QDateTime nextMonday(const QDateTime &now);
    static QDateTime nextWeek(const QDateTime &now);
    /// The time of \a preset; invalid when it is not available now.
    static QDateTime at(Preset preset, const QDateTime &now);

    /// The available presets in menu order, without a later one that repeats a time.
    static QList<Preset> presets(const QDateTime &now);

    /// "Later today", "Tomorrow morning"… (with a mnemonic when \a mnemonic).
    static QString name(Preset preset, bool mnemonic = false);
    /// When \a when is, briefly, seen from \a now: "13:30" today, "Sun 09:00" within the next
    /// six days, "Mon 12 Jan 09:00" beyond.
    static QString whenText(const QDateTime &when, const QDateTime &now,
                            const QLocale &locale = QLocale());
    /// The menu label: "Tomorrow morning — Sun 09:00".
    static QString label(Preset preset, const QDateTime &now, const QLocale &locale = QLocale(),
                         bool mnemonic = false);

    /// \a date at \a time in the zone of \a reference (local time stays local time).
    static QDateTime inZoneOf(const QDateTime &reference, const QDate &date, const QTime &time);
};

} // namespace ui
