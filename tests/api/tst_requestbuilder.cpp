#include "api/requestbodies.h"
#include "api/requestbuilder.h"

#include <QJsonArray>
#include <QTest>

using api::ClientConfig;
using api::RequestSpec;
namespace RequestBuilder = api::RequestBuilder;

class TestRequestBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void baseUrl_data();
    void baseUrl();
    void headers();
    void pathEncoding();
    void sameOrigin_data();
    void sameOrigin();
    void replyBody();
    void replyLimits_data();
    void replyLimits();
    void articleDraft();
    void updates();
};

void TestRequestBuilder::baseUrl_data()
{
    QTest::addColumn<int>("region");
    QTest::addColumn<QString>("custom");
    QTest::addColumn<QString>("expected");
    QTest::newRow("region/us") << int(ClientConfig::Region::US) << ""
                               << "https://api.intercom.io/me";
    QTest::newRow("region/eu") << int(ClientConfig::Region::EU) << ""
                               << "https://api.eu.intercom.io/me";
    QTest::newRow("region/au") << int(ClientConfig::Region::AU) << ""
                               << "https://api.au.intercom.io/me";
    QTest::newRow("region/custom") << int(ClientConfig::Region::Custom) << "http://127.0.0.1:4010"
                                   << "http://127.0.0.1:4010/me";
    QTest::newRow("region/custom-slash-prefix")
        << int(ClientConfig::Region::Custom) << "http://localhost:9/proxy/"
        << "http://localhost:9/proxy/me";
}

void TestRequestBuilder::baseUrl()
{
    QFETCH(int, region);
    QFETCH(QString, custom);
    ClientConfig config;
    config.region = ClientConfig::Region(region);
    config.customBaseUrl = QUrl(custom);
    const QNetworkRequest request
        = RequestBuilder::build(config, RequestSpec::get(QStringLiteral("/me")));
    QTEST(request.url().toString(), "expected");
}

void TestRequestBuilder::headers()
{
    ClientConfig config;
    config.token = "tok";
    config.userAgentVersion = QStringLiteral("1.2.3");
    config.transferTimeoutMs = 1234;
    const QNetworkRequest get = RequestBuilder::build(
        config, RequestSpec::get(QStringLiteral("/me")), {{"X-Sandbox-Fault", "500"}});
    QCOMPARE(get.rawHeader("Authorization"), QByteArray("Bearer tok"));
    QCOMPARE(get.rawHeader("Intercom-Version"), QByteArray("2.16"));
    QCOMPARE(get.rawHeader("Accept"), QByteArray("application/json"));
    QCOMPARE(get.rawHeader("X-Sandbox-Fault"), QByteArray("500"));
    QCOMPARE(get.header(QNetworkRequest::UserAgentHeader).toByteArray(),
             QByteArray("Triage/1.2.3"));
    QVERIFY(!get.header(QNetworkRequest::ContentTypeHeader).isValid());
    QCOMPARE(get.transferTimeout(), 1234);
    QCOMPARE(get.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
             int(QNetworkRequest::ManualRedirectPolicy));

    const RequestSpec post
        = RequestSpec::withBody("POST", QStringLiteral("/tags"), {{"name", "x"}});
    QVERIFY(!post.idempotent);
    QVERIFY(RequestSpec::withBody("PUT", QStringLiteral("/x"), {}).idempotent);
    const QNetworkRequest request = RequestBuilder::build(config, post, {}, 50);
    QCOMPARE(request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
             QByteArray("application/json"));
    QCOMPARE(request.transferTimeout(), 50);
}

void TestRequestBuilder::pathEncoding()
{
    const QUrl url = RequestBuilder::url(
        QUrl(QStringLiteral("https://api.intercom.io")),
        QLatin1String("/contacts/") + RequestBuilder::segment(QStringLiteral("a/b c?")),
        RequestBuilder::cursorQuery(150, QStringLiteral("WzE=+/")));
    QCOMPARE(url.path(QUrl::FullyEncoded), QStringLiteral("/contacts/a%2Fb%20c%3F"));
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("starting_after"), QUrl::FullyDecoded),
             QStringLiteral("WzE=+/"));
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("per_page")), QStringLiteral("150"));
    QVERIFY(RequestBuilder::cursorQuery(0, {}).isEmpty());
    QCOMPARE(RequestBuilder::pageQuery(2, 0).toString(), QStringLiteral("page=2"));
}

void TestRequestBuilder::sameOrigin_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("same");
    const QString api = QStringLiteral("https://api.intercom.io/conversations");
    QTest::newRow("redirect/same-path") << api << "https://api.intercom.io/conversations/2" << true;
    QTest::newRow("redirect/relative") << api << "/me" << true;
    QTest::newRow("redirect/explicit-default-port")
        << api << "https://api.intercom.io:443/me" << true;
    QTest::newRow("redirect/host-case") << api << "https://API.intercom.io/me" << true;
    QTest::newRow("redirect/other-host") << api << "https://evil.example.org/me" << false;
    QTest::newRow("redirect/subdomain") << api << "https://api.eu.intercom.io/me" << false;
    QTest::newRow("redirect/downgrade") << api << "http://api.intercom.io/me" << false;
    QTest::newRow("redirect/other-port") << "http://127.0.0.1:4010/x"
                                         << "http://127.0.0.1:4011/x" << false;
    QTest::newRow("redirect/loopback-same") << "http://127.0.0.1:4010/x"
                                            << "http://127.0.0.1:4010/y" << true;
}

void TestRequestBuilder::sameOrigin()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QTEST(RequestBuilder::isSameOrigin(QUrl(from), QUrl(to)), "same");
}

void TestRequestBuilder::replyBody()
{
    api::ReplyRequest reply;
    reply.kind = api::ReplyRequest::Kind::Note;
    reply.adminId = QStringLiteral("991267696");
    reply.body = QStringLiteral("<p>internal</p>");
    reply.attachmentUrls = {QStringLiteral("https://files.example.org/a.png")};
    reply.attachmentFiles
        = {{QStringLiteral("text/plain"), QByteArray("hello"), QStringLiteral("a.txt")}};
    QVERIFY(reply.validate().isEmpty());
    const QJsonObject json = reply.toJson();
    QCOMPARE(json.value(QLatin1String("message_type")).toString(), QStringLiteral("note"));
    QCOMPARE(json.value(QLatin1String("type")).toString(), QStringLiteral("admin"));
    QVERIFY(json.value(QLatin1String("admin_id")).isString()); // the schema says string
    const QJsonObject file
        = json.value(QLatin1String("attachment_files")).toArray().at(0).toObject();
    QCOMPARE(file.value(QLatin1String("data")).toString(), QStringLiteral("aGVsbG8="));
    QCOMPARE(file.value(QLatin1String("content_type")).toString(), QStringLiteral("text/plain"));
    QCOMPARE(json.value(QLatin1String("attachment_urls")).toArray().size(), 1);
}

void TestRequestBuilder::replyLimits_data()
{
    QTest::addColumn<int>("urls");
    QTest::addColumn<int>("files");
    QTest::addColumn<bool>("valid");
    QTest::newRow("attachments/10-urls") << 10 << 0 << true;
    QTest::newRow("attachments/11-urls") << 11 << 0 << false;
    QTest::newRow("attachments/10-files") << 0 << 10 << true;
    QTest::newRow("attachments/11-files") << 0 << 11 << false;
}

void TestRequestBuilder::replyLimits()
{
    QFETCH(int, urls);
    QFETCH(int, files);
    api::ReplyRequest reply;
    reply.adminId = QStringLiteral("1");
    reply.body = QStringLiteral("x");
    for (int i = 0; i < urls; ++i)
        reply.attachmentUrls.append(QStringLiteral("https://f.example.org/%1").arg(i));
    for (int i = 0; i < files; ++i)
        reply.attachmentFiles.append({QStringLiteral("text/plain"), "x", QStringLiteral("f")});
    QTEST(reply.validate().isEmpty(), "valid");
    api::ReplyRequest empty;
    empty.adminId = QStringLiteral("1");
    QVERIFY(!empty.validate().isEmpty());
}

void TestRequestBuilder::articleDraft()
{
    api::ArticleDraft draft;
    draft.title = QStringLiteral("T");
    draft.authorId = QStringLiteral("814");
    draft.parentId = QStringLiteral("3001");
    draft.state = api::Article::State::Draft;
    const QJsonObject create = draft.toJson(true);
    QVERIFY(create.value(QLatin1String("author_id")).isDouble());
    QVERIFY(create.value(QLatin1String("parent_id")).isDouble()); // integer in the create schema
    QCOMPARE(create.value(QLatin1String("state")).toString(), QStringLiteral("draft"));
    QVERIFY(!create.contains(QLatin1String("body")));
    const QJsonObject update = draft.toJson(false);
    QVERIFY(update.value(QLatin1String("parent_id")).isString()); // string in the update schema

    api::CollectionDraft collection;
    collection.name = QStringLiteral("C");
    collection.parentId = QString();
    collection.helpCenterId = QStringLiteral("11");
    const QJsonObject json = collection.toJson(true);
    QVERIFY(json.value(QLatin1String("parent_id")).isNull());
    QCOMPARE(json.value(QLatin1String("help_center_id")).toInt(), 11);
    QVERIFY(!collection.toJson(false).contains(QLatin1String("help_center_id")));
}

void TestRequestBuilder::updates()
{
    api::ConversationUpdate update;
    QVERIFY(update.toJson().isEmpty());
    update.read = false;
    update.title = QStringLiteral("New");
    QCOMPARE(update.toJson().size(), 2);
    QCOMPARE(update.toJson().value(QLatin1String("read")).toBool(true), false);

    api::ContactUpdate contact;
    contact.ownerId = QStringLiteral("814");
    contact.customAttributes = {{"plan", "pro"}};
    const QJsonObject json = contact.toJson();
    QVERIFY(json.value(QLatin1String("owner_id")).isString());
    QCOMPARE(json.size(), 2);
}

QTEST_GUILESS_MAIN(TestRequestBuilder)
#include "tst_requestbuilder.moc"
