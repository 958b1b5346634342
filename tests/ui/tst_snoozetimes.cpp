// The snooze presets as pure functions of "now": each rule on ordinary days, across month and
// year ends and leap days, and across both DST changes of Europe/Berlin (expected instants
// given in UTC, so the test does not repeat the code's own construction); never in the past,
// never two presets at the same time; labels say the time.

#include "ui/actions/snoozetimes.h"

#include <QTest>
#include <QTimeZone>

using ui::SnoozeTimes;
using Preset = SnoozeTimes::Preset;

Q_DECLARE_METATYPE(SnoozeTimes::Preset)

namespace {

const QTimeZone &berlin()
{
    static const QTimeZone zone("Europe/Berlin");
    return zone;
}

QDateTime inBerlin(int y, int m, int d, int h, int min, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), berlin());
}

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

} // namespace

class TestSnoozeTimes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(berlin().isValid(), "the system has no Europe/Berlin zone"); }

    void presetTimes_data()
    {
        QTest::addColumn<Preset>("preset");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("expected"); // invalid: not available

        // Later today: +3 h rounded up to a quarter hour, only while it stays today.
        QTest::addRow("later/rounds-up")
            << Preset::LaterToday << inBerlin(2025, 1, 15, 10, 20) << utc(2025, 1, 15, 12, 30);
        QTest::addRow("later/on-a-quarter")
            << Preset::LaterToday << inBerlin(2025, 1, 15, 10, 15) << utc(2025, 1, 15, 12, 15);
        QTest::addRow("later/one-second-past")
            << Preset::LaterToday << inBerlin(2025, 1, 15, 10, 15, 1) << utc(2025, 1, 15, 12, 30);
        QTest::addRow("later/last-of-the-day")
            << Preset::LaterToday << inBerlin(2025, 1, 15, 20, 45) << utc(2025, 1, 15, 22, 45);
        QTest::addRow("later/evening-unavailable")
            << Preset::LaterToday << inBerlin(2025, 1, 15, 21, 10) << QDateTime();
        QTest::addRow("later/year-end-unavailable")
            << Preset::LaterToday << inBerlin(2025, 12, 31, 22, 0) << QDateTime();
        // 01:00 CET + 3 real hours = 05:00 CEST (the clock skips 02:00–03:00).
        QTest::addRow("later/dst-spring")
            << Preset::LaterToday << inBerlin(2025, 3, 30, 1, 0) << utc(2025, 3, 30, 3, 0);
        // 01:30 CEST + 3 real hours = 03:30 CET (the clock repeats 02:00–03:00).
        QTest::addRow("later/dst-fall")
            << Preset::LaterToday << inBerlin(2025, 10, 26, 1, 30) << utc(2025, 10, 26, 2, 30);

        // Tomorrow morning: 09:00 on the next calendar day.
        QTest::addRow("tomorrow/weekday")
            << Preset::TomorrowMorning << inBerlin(2025, 1, 15, 10, 20) << utc(2025, 1, 16, 8, 0);
        QTest::addRow("tomorrow/after-midnight")
            << Preset::TomorrowMorning << inBerlin(2025, 1, 16, 0, 30) << utc(2025, 1, 17, 8, 0);
        QTest::addRow("tomorrow/month-end")
            << Preset::TomorrowMorning << inBerlin(2025, 1, 31, 18, 0) << utc(2025, 2, 1, 8, 0);
        QTest::addRow("tomorrow/year-end")
            << Preset::TomorrowMorning << inBerlin(2025, 12, 31, 23, 59) << utc(2026, 1, 1, 8, 0);
        QTest::addRow("tomorrow/leap-day")
            << Preset::TomorrowMorning << inBerlin(2024, 2, 28, 12, 0) << utc(2024, 2, 29, 8, 0);
        QTest::addRow("tomorrow/dst-spring")
            << Preset::TomorrowMorning << inBerlin(2025, 3, 29, 22, 0) << utc(2025, 3, 30, 7, 0);
        QTest::addRow("tomorrow/dst-fall")
            << Preset::TomorrowMorning << inBerlin(2025, 10, 25, 22, 0) << utc(2025, 10, 26, 8, 0);

        // Next Monday 09:00; on a Monday, the one after.
        QTest::addRow("monday/from-wednesday")
            << Preset::NextMonday << inBerlin(2025, 1, 15, 10, 0) << utc(2025, 1, 20, 8, 0);
        QTest::addRow("monday/from-monday")
            << Preset::NextMonday << inBerlin(2025, 1, 20, 8, 0) << utc(2025, 1, 27, 8, 0);
        QTest::addRow("monday/from-sunday")
            << Preset::NextMonday << inBerlin(2025, 1, 19, 23, 0) << utc(2025, 1, 20, 8, 0);
        QTest::addRow("monday/year-end")
            << Preset::NextMonday << inBerlin(2025, 12, 31, 12, 0) << utc(2026, 1, 5, 8, 0);
        QTest::addRow("monday/dst-spring")
            << Preset::NextMonday << inBerlin(2025, 3, 28, 12, 0) << utc(2025, 3, 31, 7, 0);

        // Next week: the same weekday a week later, 09:00.
        QTest::addRow("week/wednesday")
            << Preset::NextWeek << inBerlin(2025, 1, 15, 10, 0) << utc(2025, 1, 22, 8, 0);
        QTest::addRow("week/month-end")
            << Preset::NextWeek << inBerlin(2025, 10, 31, 17, 0) << utc(2025, 11, 7, 8, 0);
        QTest::addRow("week/dst-fall")
            << Preset::NextWeek << inBerlin(2025, 10, 20, 12, 0) << utc(2025, 10, 27, 8, 0);
        QTest::addRow("week/year-end")
            << Preset::NextWeek << inBerlin(2024, 12, 27, 16, 0) << utc(2025, 1, 3, 8, 0);
    }

    void presetTimes()
    {
        QFETCH(Preset, preset);
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, expected);
        const QDateTime result = SnoozeTimes::at(preset, now);
        QCOMPARE(result.isValid(), expected.isValid());
        if (!expected.isValid())
            return;
        QCOMPARE(result.toUTC(), expected);
        QCOMPARE(result.timeZone(), berlin()); // stays in the zone of "now"
        QVERIFY(result > now);
    }

    void localTimeStaysLocal()
    {
        const QDateTime now(QDate(2025, 1, 15), QTime(10, 20));
        QCOMPARE(now.timeSpec(), Qt::LocalTime);
        for (Preset preset : SnoozeTimes::presets(now)) {
            const QDateTime result = SnoozeTimes::at(preset, now);
            QCOMPARE(result.timeSpec(), Qt::LocalTime);
            QVERIFY(result > now);
        }
        QCOMPARE(SnoozeTimes::tomorrowMorning(now).time(), QTime(9, 0));
    }

    void neverInThePastNorTwice()
    {
        // Every 37 minutes through a year with both DST changes.
        QDateTime now = inBerlin(2025, 1, 1, 0, 7);
        const QDateTime end = inBerlin(2026, 1, 2, 0, 0);
        int checked = 0;
        for (; now < end; now = now.addSecs(37 * 60), ++checked) {
            const QList<Preset> presets = SnoozeTimes::presets(now);
            QVERIFY2(presets.size() >= 2, qPrintable(now.toString(Qt::ISODate)));
            QList<QDateTime> times;
            for (Preset preset : presets) {
                const QDateTime when = SnoozeTimes::at(preset, now);
                QVERIFY2(when > now, qPrintable(now.toString(Qt::ISODate)));
                QVERIFY(!times.contains(when));
                times.append(when);
            }
            // Later today stays today; the morning presets are at 09:00 on the wall clock.
            const QDateTime later = SnoozeTimes::laterToday(now);
            if (later.isValid())
                QCOMPARE(later.date(), now.date());
            QCOMPARE(SnoozeTimes::tomorrowMorning(now).time(), QTime(9, 0));
            QCOMPARE(SnoozeTimes::nextMonday(now).date().dayOfWeek(), 1);
        }
        QVERIFY(checked > 14000);
    }

    void presetsDropRepeatedTimes_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QList<Preset>>("expected");
        QTest::addRow("day/wednesday") << inBerlin(2025, 1, 15, 10, 0)
                                       << QList<Preset>{Preset::LaterToday, Preset::TomorrowMorning,
                                                        Preset::NextMonday, Preset::NextWeek};
        // Next week = next Monday on a Monday.
        QTest::addRow("day/monday")
            << inBerlin(2025, 1, 20, 10, 0)
            << QList<Preset>{Preset::LaterToday, Preset::TomorrowMorning, Preset::NextMonday};
        // Tomorrow morning = next Monday on a Sunday.
        QTest::addRow("day/sunday")
            << inBerlin(2025, 1, 19, 10, 0)
            << QList<Preset>{Preset::LaterToday, Preset::TomorrowMorning, Preset::NextWeek};
        QTest::addRow("day/late-evening")
            << inBerlin(2025, 1, 15, 22, 0)
            << QList<Preset>{Preset::TomorrowMorning, Preset::NextMonday, Preset::NextWeek};
    }

    void presetsDropRepeatedTimes()
    {
        QFETCH(QDateTime, now);
        QFETCH(QList<Preset>, expected);
        QCOMPARE(SnoozeTimes::presets(now), expected);
    }

    void labels_data()
    {
        QTest::addColumn<Preset>("preset");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<bool>("mnemonic");
        QTest::addColumn<QString>("expected");
        const QDateTime wednesday = inBerlin(2025, 1, 15, 10, 20);
        QTest::addRow("label/later")
            << Preset::LaterToday << wednesday << false << QStringLiteral("Later today — 13:30");
        QTest::addRow("label/tomorrow") << Preset::TomorrowMorning << wednesday << false
                                        << QStringLiteral("Tomorrow morning — Thu 09:00");
        QTest::addRow("label/monday") << Preset::NextMonday << wednesday << true
                                      << QStringLiteral("Next &Monday — Mon 09:00");
        QTest::addRow("label/week") << Preset::NextWeek << wednesday << false
                                    << QStringLiteral("Next week — Wed 22 Jan 09:00");
        QTest::addRow("label/unavailable") << Preset::LaterToday << inBerlin(2025, 1, 15, 23, 0)
                                           << false << QStringLiteral("Later today");
    }

    void labels()
    {
        QFETCH(Preset, preset);
        QFETCH(QDateTime, now);
        QFETCH(bool, mnemonic);
        QFETCH(QString, expected);
        const QLocale british(QLocale::English, QLocale::UnitedKingdom);
        QCOMPARE(SnoozeTimes::label(preset, now, british, mnemonic), expected);
    }

    void labelsShowNoSeconds()
    {
        // The C locale's short time format has seconds; a snooze label never does.
        const QDateTime wednesday = inBerlin(2025, 1, 15, 10, 20);
        QCOMPARE(SnoozeTimes::label(Preset::TomorrowMorning, wednesday, QLocale::c()),
                 QStringLiteral("Tomorrow morning — Thu 09:00"));
        const QString later
            = SnoozeTimes::whenText(inBerlin(2025, 1, 15, 13, 30), wednesday,
                                    QLocale(QLocale::English, QLocale::UnitedStates));
        // (Newer CLDR data puts a narrow no-break space before "PM": compare the time only.)
        QVERIFY2(later.startsWith(QStringLiteral("1:30"))
                     && !later.contains(QStringLiteral("1:30:")),
                 qPrintable(later));
    }
};

QTEST_GUILESS_MAIN(TestSnoozeTimes)
#include "tst_snoozetimes.moc"
