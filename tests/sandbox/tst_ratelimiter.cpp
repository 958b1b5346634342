#include "sandbox/ratelimiter.h"

#include <QTest>

using sandbox::RateLimiter;

class tst_RateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsDownWithinWindow();
    void refusesPastLimit();
    void resetsInNextWindow();
    void windowsAreAligned_data();
    void windowsAreAligned();
    void peekDoesNotCount();
    void defaultIsIntercomPrivateAppLimit();
    void setLimitAppliesAtOnce();
};

void tst_RateLimiter::countsDownWithinWindow()
{
    qint64 now = 1000;
    RateLimiter limiter(3, 10, [&now] { return now; });
    for (int remaining : {2, 1, 0}) {
        const RateLimiter::Decision decision = limiter.take();
        QVERIFY(decision.allowed);
        QCOMPARE(decision.limit, 3);
        QCOMPARE(decision.remaining, remaining);
        QCOMPARE(decision.resetAt, qint64(1010));
    }
}

void tst_RateLimiter::refusesPastLimit()
{
    qint64 now = 1005;
    RateLimiter limiter(2, 10, [&now] { return now; });
    QVERIFY(limiter.take().allowed);
    QVERIFY(limiter.take().allowed);
    const RateLimiter::Decision refused = limiter.take();
    QVERIFY(!refused.allowed);
    QCOMPARE(refused.remaining, 0);
    QCOMPARE(refused.resetAt, qint64(1010));
    now = 1009; // still the same window
    QVERIFY(!limiter.take().allowed);
}

void tst_RateLimiter::resetsInNextWindow()
{
    qint64 now = 1009;
    RateLimiter limiter(1, 10, [&now] { return now; });
    QVERIFY(limiter.take().allowed);
    QVERIFY(!limiter.take().allowed);
    now = 1010;
    const RateLimiter::Decision decision = limiter.take();
    QVERIFY(decision.allowed);
    QCOMPARE(decision.remaining, 0);
    QCOMPARE(decision.resetAt, qint64(1020));
    now = 1055; // several windows later
    QVERIFY(limiter.take().allowed);
}

void tst_RateLimiter::windowsAreAligned_data()
{
    QTest::addColumn<qint64>("now");
    QTest::addColumn<qint64>("resetAt");
    QTest::newRow("window/start") << qint64(1700000000) << qint64(1700000010);
    QTest::newRow("window/middle") << qint64(1700000004) << qint64(1700000010);
    QTest::newRow("window/last-second") << qint64(1700000009) << qint64(1700000010);
    QTest::newRow("window/negative") << qint64(-3) << qint64(0);
}

void tst_RateLimiter::windowsAreAligned()
{
    QFETCH(qint64, now);
    QFETCH(qint64, resetAt);
    RateLimiter limiter(5, 10, [now] { return now; });
    QCOMPARE(limiter.take().resetAt, resetAt);
}

void tst_RateLimiter::peekDoesNotCount()
{
    qint64 now = 2000;
    RateLimiter limiter(2, 10, [&now] { return now; });
    QCOMPARE(limiter.peek().remaining, 2);
    QCOMPARE(limiter.peek().remaining, 2);
    limiter.take();
    QCOMPARE(limiter.peek().remaining, 1);
    now = 2010;
    QCOMPARE(limiter.peek().remaining, 2); // a new window, before anyone took from it
}

void tst_RateLimiter::defaultIsIntercomPrivateAppLimit()
{
    RateLimiter limiter;
    QCOMPARE(limiter.limit(), 1666); // 10,000 per minute spread over 10-second windows
    QCOMPARE(limiter.take().remaining, 1665);
}

void tst_RateLimiter::setLimitAppliesAtOnce()
{
    qint64 now = 3000;
    RateLimiter limiter(10, 10, [&now] { return now; });
    limiter.take();
    limiter.setLimit(1);
    QVERIFY(!limiter.take().allowed);
    limiter.setLimit(0); // clamped: a limit below one would refuse everything forever
    QCOMPARE(limiter.limit(), 1);
}

QTEST_GUILESS_MAIN(tst_RateLimiter)
#include "tst_ratelimiter.moc"
