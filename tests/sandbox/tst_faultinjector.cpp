#include "sandbox/faultinjector.h"

#include <QSet>
#include <QTest>

#include <cmath>

using sandbox::FaultInjector;
using sandbox::FaultKind;
using sandbox::FaultOptions;

Q_DECLARE_METATYPE(FaultKind)

class tst_FaultInjector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data();
    void names();
    void parseList_data();
    void parseList();
    void zeroRateNeverFaults();
    void fullRateAlwaysFaults();
    void fractionIsRoughlyHonoured_data();
    void fractionIsRoughlyHonoured();
    void sameSeedSameSequence();
    void differentSeedDifferentSequence();
    void onlyConfiguredKinds();
};

void tst_FaultInjector::names_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<FaultKind>("kind");
    QTest::newRow("name/500") << QByteArray("500") << FaultKind::Status500;
    QTest::newRow("name/503") << QByteArray("503") << FaultKind::Status503;
    QTest::newRow("name/429") << QByteArray("429") << FaultKind::Status429;
    QTest::newRow("name/delay") << QByteArray("delay") << FaultKind::Delay;
    QTest::newRow("name/drop-before") << QByteArray("drop-before") << FaultKind::DropBefore;
    QTest::newRow("name/drop-after") << QByteArray("drop-after") << FaultKind::DropAfter;
    QTest::newRow("name/malformed") << QByteArray("malformed") << FaultKind::Malformed;
    QTest::newRow("name/truncated") << QByteArray("truncated") << FaultKind::Truncated;
}

void tst_FaultInjector::names()
{
    QFETCH(QByteArray, name);
    QFETCH(FaultKind, kind);
    QCOMPARE(FaultInjector::name(kind), name);
    QCOMPARE(FaultInjector::fromName(name), std::optional<FaultKind>(kind));
    QCOMPARE(FaultInjector::fromName(" " + name.toUpper() + " "), std::optional<FaultKind>(kind));
}

void tst_FaultInjector::parseList_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("count");
    QTest::newRow("list/all") << QStringLiteral(
        "500,503,429,delay,drop-before,drop-after,malformed,truncated")
                              << true << 8;
    QTest::newRow("list/one") << QStringLiteral("delay") << true << 1;
    QTest::newRow("list/duplicates") << QStringLiteral("500,500,503") << true << 2;
    QTest::newRow("list/unknown") << QStringLiteral("500,teapot") << false << 0;
    QTest::newRow("list/empty") << QString() << false << 0;
}

void tst_FaultInjector::parseList()
{
    QFETCH(QString, list);
    QFETCH(bool, valid);
    QFETCH(int, count);
    const auto kinds = FaultInjector::parseList(list);
    QCOMPARE(kinds.has_value(), valid);
    if (valid)
        QCOMPARE(kinds->size(), count);
}

void tst_FaultInjector::zeroRateNeverFaults()
{
    FaultInjector injector(FaultOptions{0.0, {}, 3000, 42});
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(injector.next(), FaultKind::None);
}

void tst_FaultInjector::fullRateAlwaysFaults()
{
    FaultInjector injector(FaultOptions{1.0, {}, 3000, 42});
    QCOMPARE(injector.options().kinds.size(), 8); // empty list means all kinds
    for (int i = 0; i < 1000; ++i)
        QVERIFY(injector.next() != FaultKind::None);
}

void tst_FaultInjector::fractionIsRoughlyHonoured_data()
{
    QTest::addColumn<double>("rate");
    QTest::newRow("rate/0.05") << 0.05;
    QTest::newRow("rate/0.3") << 0.3;
    QTest::newRow("rate/0.9") << 0.9;
}

void tst_FaultInjector::fractionIsRoughlyHonoured()
{
    QFETCH(double, rate);
    FaultInjector injector(FaultOptions{rate, {}, 3000, 7});
    const int draws = 10000;
    int faults = 0;
    for (int i = 0; i < draws; ++i)
        faults += injector.next() != FaultKind::None ? 1 : 0;
    // Binomial: 4 standard deviations is far beyond what a fixed seed will ever produce.
    const double expected = rate * draws;
    const double tolerance = 4 * std::sqrt(draws * rate * (1 - rate));
    QVERIFY2(std::abs(faults - expected) < tolerance,
             qPrintable(QStringLiteral("%1 faults, expected about %2").arg(faults).arg(expected)));
}

void tst_FaultInjector::sameSeedSameSequence()
{
    FaultInjector first(FaultOptions{0.5, {}, 3000, 99});
    FaultInjector second(FaultOptions{0.5, {}, 3000, 99});
    for (int i = 0; i < 500; ++i)
        QCOMPARE(first.next(), second.next());
}

void tst_FaultInjector::differentSeedDifferentSequence()
{
    FaultInjector first(FaultOptions{0.5, {}, 3000, 1});
    FaultInjector second(FaultOptions{0.5, {}, 3000, quint64(1) << 32}); // differs in the high word
    int differences = 0;
    for (int i = 0; i < 200; ++i)
        differences += first.next() != second.next() ? 1 : 0;
    QVERIFY(differences > 50);
}

void tst_FaultInjector::onlyConfiguredKinds()
{
    FaultInjector injector(FaultOptions{1.0, {FaultKind::Status503, FaultKind::Delay}, 3000, 5});
    QSet<int> seen;
    for (int i = 0; i < 200; ++i) {
        const FaultKind kind = injector.next();
        QVERIFY(kind == FaultKind::Status503 || kind == FaultKind::Delay);
        seen.insert(int(kind));
    }
    QCOMPARE(seen.size(), 2);
}

QTEST_GUILESS_MAIN(tst_FaultInjector)
#include "tst_faultinjector.moc"
