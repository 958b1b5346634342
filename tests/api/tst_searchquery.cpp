#include "api/searchquery.h"

#include <QJsonArray>
#include <QTest>

using api::SearchQuery;
using api::SearchRequest;

Q_DECLARE_METATYPE(api::SearchRequest)

namespace {

SearchQuery state(const char *value)
{
    return SearchQuery::filter(QStringLiteral("state"), QStringLiteral("="),
                               QString::fromLatin1(value));
}

QList<SearchQuery> filters(int count)
{
    QList<SearchQuery> list;
    for (int i = 0; i < count; ++i)
        list.append(
            SearchQuery::filter(QStringLiteral("tag_ids"), QStringLiteral("IN"), QJsonArray{i}));
    return list;
}

} // namespace

class TestSearchQuery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void limits_data();
    void limits();
    void json();
    void requestJson();
};

void TestSearchQuery::limits_data()
{
    QTest::addColumn<SearchRequest>("request");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("depth");
    auto request = [](const SearchQuery &query, int perPage = 0) {
        SearchRequest r;
        r.query = query;
        r.perPage = perPage;
        return r;
    };
    QTest::newRow("query/single-filter") << request(state("open")) << true << 0;
    QTest::newRow("query/group") << request(SearchQuery::allOf({state("open"), state("snoozed")}))
                                 << true << 1;
    QTest::newRow("query/two-levels") << request(SearchQuery::anyOf(
        {SearchQuery::allOf({state("open")}), SearchQuery::allOf({state("closed")})}))
                                      << true << 2;
    QTest::newRow("query/mixed-filter-and-group")
        << request(SearchQuery::anyOf({SearchQuery::allOf({state("open")}), state("closed")}))
        << false << 2;
    QTest::newRow("query/three-levels")
        << request(SearchQuery::allOf({SearchQuery::anyOf({SearchQuery::allOf({state("open")})})}))
        << false << 3;
    QTest::newRow("query/15-filters") << request(SearchQuery::allOf(filters(15))) << true << 1;
    QTest::newRow("query/16-filters") << request(SearchQuery::allOf(filters(16))) << false << 1;
    QTest::newRow("query/16-in-nested")
        << request(SearchQuery::allOf({SearchQuery::anyOf(filters(16))})) << false << 2;
    QTest::newRow("query/empty-group") << request(SearchQuery::allOf({})) << false << 1;
    QTest::newRow("query/bad-operator") << request(
        SearchQuery::filter(QStringLiteral("state"), QStringLiteral("=="), QStringLiteral("x")))
                                        << false << 0;
    QTest::newRow("query/no-field")
        << request(SearchQuery::filter({}, QStringLiteral("="), 1)) << false << 0;
    QTest::newRow("page/150") << request(state("open"), 150) << true << 0;
    QTest::newRow("page/151") << request(state("open"), 151) << false << 0;
    QTest::newRow("page/negative") << request(state("open"), -1) << false << 0;
}

void TestSearchQuery::limits()
{
    QFETCH(SearchRequest, request);
    QFETCH(bool, valid);
    QCOMPARE(request.validate().isEmpty(), valid);
    QTEST(request.query.depth(), "depth");
}

void TestSearchQuery::json()
{
    const SearchQuery query = SearchQuery::allOf(
        {SearchQuery::allOf({SearchQuery::filter(QStringLiteral("created_at"), QStringLiteral(">"),
                                                 QStringLiteral("1306054154"))}),
         SearchQuery::anyOf({state("open"), state("snoozed")})});
    QVERIFY(query.validate().isEmpty());
    const QJsonObject json = query.toJson();
    QCOMPARE(json.value(QLatin1String("operator")).toString(), QStringLiteral("AND"));
    const QJsonArray value = json.value(QLatin1String("value")).toArray();
    QCOMPARE(value.size(), 2);
    const QJsonObject createdAt
        = value.at(0).toObject().value(QLatin1String("value")).toArray().at(0).toObject();
    QCOMPARE(createdAt.value(QLatin1String("field")).toString(), QStringLiteral("created_at"));
    QCOMPARE(value.at(1).toObject().value(QLatin1String("operator")).toString(),
             QStringLiteral("OR"));
    QCOMPARE(value.at(1).toObject().value(QLatin1String("value")).toArray().size(), 2);
}

void TestSearchQuery::requestJson()
{
    SearchRequest request;
    request.query = state("open");
    QJsonObject json = request.toJson();
    QVERIFY(!json.contains(QLatin1String("pagination")));
    QVERIFY(!json.contains(QLatin1String("sort")));
    request.perPage = 50;
    request.startingAfter = QStringLiteral("abc");
    request.sortField = QStringLiteral("created_at");
    request.sortAscending = true;
    json = request.toJson();
    const QJsonObject pagination = json.value(QLatin1String("pagination")).toObject();
    QCOMPARE(pagination.value(QLatin1String("per_page")).toInt(), 50);
    QCOMPARE(pagination.value(QLatin1String("starting_after")).toString(), QStringLiteral("abc"));
    QCOMPARE(json.value(QLatin1String("sort")).toObject().value(QLatin1String("order")).toString(),
             QStringLiteral("ascending"));
}

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
