#include "api/ratelimitstate.h"

#include <QTest>

using api::RateLimitState;

class TestRateLimitState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void pacing_data();
    void pacing();
};

void TestRateLimitState::parse_data()
{
    QTest::addColumn<api::RawHeaders>("headers");
    QTest::addColumn<bool>("present");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("remaining");
    QTest::addColumn<qint64>("reset");
    QTest::newRow("headers/all") << api::RawHeaders{{"X-RateLimit-Limit", "1666"},
                                                    {"X-RateLimit-Remaining", "1500"},
                                                    {"X-RateLimit-Reset", "1763000010"}}
                                 << true << 1666 << 1500 << qint64(1763000010);
    QTest::newRow("headers/lowercase")
        << api::RawHeaders{{"x-ratelimit-limit", "10"}, {"x-ratelimit-remaining", "0"}} << true
        << 10 << 0 << qint64(0);
    QTest::newRow("headers/none") << api::RawHeaders{{"Content-Type", "application/json"}} << false
                                  << -1 << -1 << qint64(0);
    QTest::newRow("headers/garbage")
        << api::RawHeaders{{"X-RateLimit-Limit", "lots"}, {"X-RateLimit-Remaining", "1"}} << false
        << -1 << -1 << qint64(0);
    QTest::newRow("headers/negative")
        << api::RawHeaders{{"X-RateLimit-Limit", "10"}, {"X-RateLimit-Remaining", "-1"}} << false
        << -1 << -1 << qint64(0);
}

void TestRateLimitState::parse()
{
    QFETCH(api::RawHeaders, headers);
    const std::optional<RateLimitState> state = RateLimitState::fromHeaders(headers);
    QTEST(state.has_value(), "present");
    const RateLimitState value = state.value_or(RateLimitState());
    QTEST(value.limit, "limit");
    QTEST(value.remaining, "remaining");
    QTEST(value.resetAtSecs, "reset");
}

void TestRateLimitState::pacing_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("remaining");
    QTest::addColumn<qint64>("resetInMs");
    QTest::addColumn<qint64>("sinceLastSendMs");
    QTest::addColumn<int>("inFlight");
    QTest::addColumn<qint64>("expected");
    // "now" is placed resetInMs before a whole-second reset.
    QTest::newRow("pace/unknown") << -1 << -1 << qint64(5000) << qint64(0) << 0 << qint64(0);
    QTest::newRow("pace/plenty") << 100 << 50 << qint64(5000) << qint64(0) << 3 << qint64(0);
    QTest::newRow("pace/at-reserve-spread")
        << 100 << 10 << qint64(5500) << qint64(0) << 0 << qint64(500);
    QTest::newRow("pace/spread-partly-waited")
        << 100 << 10 << qint64(5500) << qint64(200) << 0 << qint64(300);
    QTest::newRow("pace/spread-long-ago")
        << 100 << 10 << qint64(5500) << qint64(9000) << 0 << qint64(0);
    QTest::newRow("pace/spread-counts-in-flight")
        << 100 << 4 << qint64(6000) << qint64(0) << 2 << qint64(2000);
    QTest::newRow("pace/exhausted")
        << 100 << 0 << qint64(4000) << qint64(99999) << 0 << qint64(4200);
    QTest::newRow("pace/exhausted-by-in-flight")
        << 10 << 2 << qint64(3000) << qint64(99999) << 2 << qint64(3200);
    QTest::newRow("pace/reset-passed") << 100 << 0 << qint64(-1000) << qint64(0) << 0 << qint64(0);
    QTest::newRow("pace/capped") << 100 << 0 << qint64(600000) << qint64(0) << 0 << qint64(60000);
    QTest::newRow("pace/small-limit-min-reserve")
        << 5 << 2 << qint64(3000) << qint64(0) << 0 << qint64(1000);
}

void TestRateLimitState::pacing()
{
    QFETCH(int, limit);
    QFETCH(int, remaining);
    QFETCH(qint64, resetInMs);
    QFETCH(qint64, sinceLastSendMs);
    QFETCH(int, inFlight);
    RateLimitState state;
    state.limit = limit;
    state.remaining = remaining;
    // Whole seconds, as the header carries them: shift "now" instead.
    state.resetAtSecs = 1000000 + 1000;
    const qint64 now = state.resetAtSecs * 1000 - resetInMs;
    QTEST(api::pacingDelayMs(state, now, now - sinceLastSendMs, inFlight), "expected");
}

QTEST_GUILESS_MAIN(TestRateLimitState)
#include "tst_ratelimitstate.moc"
