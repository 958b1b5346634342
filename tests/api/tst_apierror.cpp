#include "api/apierror.h"
#include "fixture.h"

#include <QTest>

using api::ApiError;
using Category = ApiError::Category;

class TestApiError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statusTable_data();
    void statusTable();
    void network_data();
    void network();
    void body();
    void merged();
    void retryAfter_data();
    void retryAfter();
    void malformed();
    void displayText();
    void tlsIsItsOwnCategory();
};

void TestApiError::statusTable_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("category");
    const QList<QPair<int, Category>> rows{
        {200, Category::None},        {204, Category::None},           {302, Category::None},
        {400, Category::BadRequest},  {401, Category::Authentication}, {403, Category::Forbidden},
        {404, Category::NotFound},    {409, Category::BadRequest},     {410, Category::Gone},
        {422, Category::BadRequest},  {429, Category::RateLimited},    {500, Category::ServerError},
        {501, Category::ServerError}, {502, Category::Unavailable},    {503, Category::Unavailable},
        {504, Category::Unavailable}};
    for (const auto &row : rows)
        QTest::addRow("error/%d", row.first) << row.first << int(row.second);
}

void TestApiError::statusTable()
{
    QFETCH(int, status);
    QTEST(int(ApiError::categoryForStatus(status)), "category");
}

void TestApiError::network_data()
{
    QTest::addColumn<int>("networkError");
    QTest::addColumn<int>("category");
    QTest::newRow("network/refused")
        << int(QNetworkReply::ConnectionRefusedError) << int(Category::Connection);
    QTest::newRow("network/closed")
        << int(QNetworkReply::RemoteHostClosedError) << int(Category::Connection);
    QTest::newRow("network/host") << int(QNetworkReply::HostNotFoundError)
                                  << int(Category::Connection);
    QTest::newRow("network/timeout") << int(QNetworkReply::TimeoutError) << int(Category::Timeout);
    QTest::newRow("network/cancel")
        << int(QNetworkReply::OperationCanceledError) << int(Category::Cancelled);
    QTest::newRow("network/redirects")
        << int(QNetworkReply::TooManyRedirectsError) << int(Category::RedirectRefused);
    QTest::newRow("network/tls") << int(QNetworkReply::SslHandshakeFailedError)
                                 << int(Category::Tls);
    QTest::newRow("network/none") << int(QNetworkReply::NoError) << int(Category::None);
}

void TestApiError::network()
{
    QFETCH(int, networkError);
    const ApiError error = ApiError::fromResponse(0, QNetworkReply::NetworkError(networkError),
                                                  QStringLiteral("boom"), {}, {}, 0);
    QTEST(int(error.category), "category");
    QCOMPARE(error.networkError, QNetworkReply::NetworkError(networkError));
}

void TestApiError::body()
{
    const QByteArray body
        = QJsonDocument(loadFixture(QStringLiteral("error/unauthorized.json"))).toJson();
    const ApiError error
        = ApiError::fromResponse(401, QNetworkReply::AuthenticationRequiredError,
                                 QStringLiteral("x"), body, {{"X-Request-Id", "hdr-1"}}, 0);
    QCOMPARE(error.category, Category::Authentication);
    QCOMPARE(error.httpStatus, 401);
    QCOMPARE(error.code, QStringLiteral("unauthorized"));
    QCOMPARE(error.message, QStringLiteral("Access Token Invalid"));
    QCOMPARE(error.requestId, QStringLiteral("hdr-1")); // body's request_id is null
    QVERIFY(bool(error));

    const QByteArray empty
        = QJsonDocument(loadFixture(QStringLiteral("error/no_errors.json"))).toJson();
    const ApiError bare = ApiError::fromResponse(500, QNetworkReply::InternalServerError,
                                                 QStringLiteral("Internal"), empty, {}, 0);
    QCOMPARE(bare.category, Category::ServerError);
    QVERIFY(bare.code.isEmpty());
    QCOMPARE(bare.message, QStringLiteral("Internal"));
}

void TestApiError::merged()
{
    const QByteArray body
        = QJsonDocument(loadFixture(QStringLiteral("error/merged.json"))).toJson();
    const ApiError error = ApiError::fromResponse(
        410, QNetworkReply::ContentGoneError, {}, body,
        {{"link", "</contacts/6762f0ab1bb69f9f2193bb60>; rel=\"canonical\""}}, 0);
    QCOMPARE(error.category, Category::Gone);
    QCOMPARE(error.code, QStringLiteral("contact_merged"));
    QCOMPARE(error.canonicalId, QStringLiteral("6762f0ab1bb69f9f2193bb60"));
    QCOMPARE(error.requestId, QStringLiteral("req-merged-1"));
}

void TestApiError::retryAfter_data()
{
    QTest::addColumn<api::RawHeaders>("headers");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("429/retry-after-seconds")
        << api::RawHeaders{{"Retry-After", "7"}} << qint64(7000);
    QTest::newRow("429/ratelimit-reset")
        << api::RawHeaders{{"X-RateLimit-Reset", "1763000004"}} << qint64(4000);
    QTest::newRow("429/reset-in-past")
        << api::RawHeaders{{"X-RateLimit-Reset", "1762999990"}} << qint64(0);
    QTest::newRow("429/retry-after-wins")
        << api::RawHeaders{{"X-RateLimit-Reset", "1763000009"}, {"Retry-After", "2"}}
        << qint64(2000);
    QTest::newRow("429/http-date")
        << api::RawHeaders{{"Retry-After", "Thu, 13 Nov 2025 02:13:25 GMT"}} << qint64(5000);
    QTest::newRow("429/none") << api::RawHeaders{} << qint64(-1);
    QTest::newRow("429/garbage") << api::RawHeaders{{"Retry-After", "soon"}} << qint64(-1);
}

void TestApiError::retryAfter()
{
    QFETCH(api::RawHeaders, headers);
    const ApiError error = ApiError::fromResponse(429, QNetworkReply::UnknownContentError, {}, "{}",
                                                  headers, 1763000000000);
    QCOMPARE(error.category, Category::RateLimited);
    QTEST(error.retryAfterMs, "expected");
}

void TestApiError::malformed()
{
    const ApiError error
        = ApiError::fromResponse(200, QNetworkReply::NoError, {}, "{\"type\": \"conv<!--", {}, 0);
    QCOMPARE(error.category, Category::InvalidResponse);
    QVERIFY(!ApiError::fromResponse(200, QNetworkReply::NoError, {}, "{}", {}, 0));
    QVERIFY(!ApiError::fromResponse(200, QNetworkReply::NoError, {}, "", {}, 0));
    // A final answer that is a redirect or an interim status is not a success.
    QCOMPARE(ApiError::fromResponse(302, QNetworkReply::NoError, {}, "{}", {}, 0).category,
             Category::RedirectRefused);
    QCOMPARE(ApiError::fromResponse(100, QNetworkReply::NoError, {}, "", {}, 0).category,
             Category::InvalidResponse);
    QCOMPARE(ApiError::fromResponse(200, QNetworkReply::NoError, {}, "[1]", {}, 0).category,
             Category::InvalidResponse);
    // An error status with a non-JSON body keeps its status category.
    QCOMPARE(
        ApiError::fromResponse(502, QNetworkReply::ProxyConnectionClosedError, {}, "<html>", {}, 0)
            .category,
        Category::Unavailable);
}

void TestApiError::displayText()
{
    for (int i = 1; i <= int(Category::Tls); ++i) {
        const ApiError error = ApiError::make(Category(i));
        QVERIFY2(!error.displayText().isEmpty(), qPrintable(ApiError::categoryName(Category(i))));
        QVERIFY(!ApiError::categoryName(Category(i)).isEmpty());
    }
    QVERIFY(ApiError().displayText().isEmpty());
    QVERIFY(!ApiError());
}

void TestApiError::tlsIsItsOwnCategory()
{
    // A failed handshake is reported as such (never as "offline"), with its own text.
    const ApiError tls = ApiError::fromResponse(0, QNetworkReply::SslHandshakeFailedError,
                                                QStringLiteral("certificate expired"), {}, {}, 0);
    QCOMPARE(tls.category, Category::Tls);
    QCOMPARE(ApiError::categoryName(tls.category), QStringLiteral("tls"));
    QCOMPARE(tls.message, QStringLiteral("certificate expired"));
    QVERIFY(tls.displayText() != ApiError::make(Category::Connection).displayText());
    QVERIFY(!tls.displayText().isEmpty());
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
