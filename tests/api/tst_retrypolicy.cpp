#include "api/retrypolicy.h"

#include <QTest>

using api::ApiError;
using api::RetryInput;
using api::RetryPolicy;
using Category = ApiError::Category;

namespace {

RetryInput input(int attempt, Category category, bool idempotent, double unit = 0.0,
                 QNetworkReply::NetworkError network = QNetworkReply::NoError,
                 qint64 retryAfterMs = -1)
{
    RetryInput in;
    in.attempt = attempt;
    in.error = ApiError::make(category);
    in.error.networkError = network;
    in.error.retryAfterMs = retryAfterMs;
    in.idempotent = idempotent;
    in.randomUnit = unit;
    return in;
}

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decision_data();
    void decision();
    void exponentialNotXor();
    void jitterBounds();
    void budget();
};

void TestRetryPolicy::decision_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<int>("category");
    QTest::addColumn<bool>("idempotent");
    QTest::addColumn<int>("network");
    QTest::addColumn<qint64>("retryAfter");
    QTest::addColumn<qint64>("expected"); // -1 = no retry; random unit is 0
    const int none = QNetworkReply::NoError;
    QTest::newRow("get/500") << 1 << int(Category::ServerError) << true << none << qint64(-1)
                             << qint64(250);
    QTest::newRow("get/503-2nd") << 2 << int(Category::Unavailable) << true << none << qint64(-1)
                                 << qint64(500);
    QTest::newRow("get/timeout") << 1 << int(Category::Timeout) << true << none << qint64(-1)
                                 << qint64(250);
    QTest::newRow("get/dropped") << 1 << int(Category::Connection) << true
                                 << int(QNetworkReply::RemoteHostClosedError) << qint64(-1)
                                 << qint64(250);
    QTest::newRow("get/429-reset")
        << 1 << int(Category::RateLimited) << true << none << qint64(3000) << qint64(3000);
    QTest::newRow("get/429-no-header")
        << 1 << int(Category::RateLimited) << true << none << qint64(-1) << qint64(250);
    QTest::newRow("get/429-too-long")
        << 1 << int(Category::RateLimited) << true << none << qint64(600000) << qint64(-1);
    QTest::newRow("get/404") << 1 << int(Category::NotFound) << true << none << qint64(-1)
                             << qint64(-1);
    QTest::newRow("get/401") << 1 << int(Category::Authentication) << true << none << qint64(-1)
                             << qint64(-1);
    QTest::newRow("get/tls") << 1 << int(Category::Tls) << true
                             << int(QNetworkReply::SslHandshakeFailedError) << qint64(-1)
                             << qint64(-1);
    QTest::newRow("get/400") << 1 << int(Category::BadRequest) << true << none << qint64(-1)
                             << qint64(-1);
    QTest::newRow("get/malformed")
        << 1 << int(Category::InvalidResponse) << true << none << qint64(-1) << qint64(-1);
    QTest::newRow("get/cancelled")
        << 1 << int(Category::Cancelled) << true << none << qint64(-1) << qint64(-1);
    QTest::newRow("get/redirect") << 1 << int(Category::RedirectRefused) << true << none
                                  << qint64(-1) << qint64(-1);
    QTest::newRow("post/429") << 1 << int(Category::RateLimited) << false << none << qint64(1000)
                              << qint64(1000);
    QTest::newRow("post/500") << 1 << int(Category::ServerError) << false << none << qint64(-1)
                              << qint64(-1);
    QTest::newRow("post/503") << 1 << int(Category::Unavailable) << false << none << qint64(-1)
                              << qint64(-1);
    QTest::newRow("post/timeout") << 1 << int(Category::Timeout) << false << none << qint64(-1)
                                  << qint64(-1);
    QTest::newRow("post/dropped-after-send")
        << 1 << int(Category::Connection) << false << int(QNetworkReply::RemoteHostClosedError)
        << qint64(-1) << qint64(-1);
    QTest::newRow("post/refused-before-send")
        << 1 << int(Category::Connection) << false << int(QNetworkReply::ConnectionRefusedError)
        << qint64(-1) << qint64(250);
    QTest::newRow("post/host-not-found")
        << 1 << int(Category::Connection) << false << int(QNetworkReply::HostNotFoundError)
        << qint64(-1) << qint64(250);
    QTest::newRow("budget/last-attempt")
        << 4 << int(Category::ServerError) << true << none << qint64(-1) << qint64(-1);
    QTest::newRow("budget/429-last-attempt")
        << 4 << int(Category::RateLimited) << true << none << qint64(10) << qint64(-1);
}

void TestRetryPolicy::decision()
{
    QFETCH(int, attempt);
    QFETCH(int, category);
    QFETCH(bool, idempotent);
    QFETCH(int, network);
    QFETCH(qint64, retryAfter);
    QFETCH(qint64, expected);
    const auto delay
        = api::retryDelayMs(RetryPolicy(), input(attempt, Category(category), idempotent, 0.0,
                                                 QNetworkReply::NetworkError(network), retryAfter));
    QCOMPARE(delay.value_or(-1), expected);
}

void TestRetryPolicy::exponentialNotXor()
{
    RetryPolicy policy;
    policy.maxAttempts = 40;
    policy.baseDelayMs = 100;
    policy.maxDelayMs = 1000000;
    // With unit 0.999… the delay approaches base * 2^(n-1): 100, 200, 400, 800, 1600.
    // (libkgapi's `interval ^ 2` would give 102, 202, … instead.)
    qint64 previous = 0;
    for (int attempt = 1; attempt <= 5; ++attempt) {
        const qint64 full = 100LL << (attempt - 1);
        const qint64 delay
            = *api::retryDelayMs(policy, input(attempt, Category::ServerError, true, 0.999999));
        QVERIFY2(delay >= full * 99 / 100 && delay <= full, qPrintable(QString::number(delay)));
        QVERIFY(delay > previous);
        previous = delay;
    }
    // Capped, and no overflow for absurd attempt numbers.
    QCOMPARE(*api::retryDelayMs(policy, input(39, Category::ServerError, true, 0.0)), 500000);
}

void TestRetryPolicy::jitterBounds()
{
    const RetryPolicy policy;
    for (int attempt = 1; attempt < policy.maxAttempts; ++attempt) {
        const qint64 full = qMin<qint64>(policy.baseDelayMs << (attempt - 1), policy.maxDelayMs);
        for (double unit : {0.0, 0.25, 0.5, 0.75, 0.999999, 1.5, -1.0}) {
            const qint64 delay
                = *api::retryDelayMs(policy, input(attempt, Category::Unavailable, true, unit));
            QVERIFY(delay >= full / 2);
            QVERIFY(delay < full || (full == 0));
        }
    }
    // With a reset header: the reset plus at most 10%.
    for (double unit : {0.0, 0.5, 0.999}) {
        const qint64 delay = *api::retryDelayMs(
            policy, input(1, Category::RateLimited, false, unit, QNetworkReply::NoError, 5000));
        QVERIFY(delay >= 5000 && delay <= 5500);
    }
}

void TestRetryPolicy::budget()
{
    RetryPolicy policy;
    policy.maxAttempts = 3;
    int attempts = 1;
    while (api::retryDelayMs(policy, input(attempts, Category::ServerError, true)))
        ++attempts;
    QCOMPARE(attempts, 3);
    QVERIFY(!api::retryDelayMs(RetryPolicy::none(), input(1, Category::RateLimited, true)));
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
