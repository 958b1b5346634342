#include "api/article.h"
#include "api/contact.h"
#include "api/conversation.h"
#include "api/page.h"
#include "fixture.h"

#include <QTest>

using api::Page;

class TestPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pageInfo_data();
    void pageInfo();
    void conversationItems();
    void tolerantItems();
    void articleSearch();
};

void TestPage::pageInfo_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("totalPages");
    QTest::addColumn<QString>("cursor");
    QTest::addColumn<bool>("nextCursor");
    QTest::addColumn<bool>("nextPage");
    QTest::newRow("page/cursor-first")
        << "page/conversations_first.json" << 1 << 2 << "WzE3NjMwMDAwMDAsMV0=" << true << true;
    QTest::newRow("page/cursor-last-next-missing")
        << "page/conversations_last.json" << 2 << 2 << "" << false << false;
    QTest::newRow("page/next-null") << "page/next_null.json" << 1 << 1 << "" << false << false;
    QTest::newRow("page/numbers") << "page/articles_page_numbers.json" << 1 << 2 << "" << false
                                  << true;
    QTest::newRow("page/pages_link-url")
        << "page/pages_link.json" << 1 << 3 << "abc==" << true << true;
    QTest::newRow("page/not-an-object") << "page/no_pages.json" << 0 << 0 << "" << false << false;
}

void TestPage::pageInfo()
{
    QFETCH(QString, fixture);
    const QJsonObject json = loadFixture(fixture);
    const api::PageInfo info
        = api::PageInfo::fromJson(json.value(QLatin1String("pages")).toObject());
    QTEST(info.page, "page");
    QTEST(info.totalPages, "totalPages");
    QTEST(info.nextCursor, "cursor");
    QTEST(info.hasNextCursor(), "nextCursor");
    QTEST(info.hasNextPageNumber(), "nextPage");
}

void TestPage::conversationItems()
{
    const auto page = Page<api::Conversation>::fromJson(
        loadFixture(QStringLiteral("page/conversations_first.json")),
        QStringLiteral("conversations"));
    QCOMPARE(page.items.size(), 2);
    QCOMPARE(page.items.at(1).id, QStringLiteral("2"));
    QCOMPARE(page.items.at(1).state, api::Conversation::State::Closed);
    QCOMPARE(page.totalCount, 3);
    QCOMPARE(page.pages.perPage, 2);
}

void TestPage::tolerantItems()
{
    const auto page
        = Page<api::Contact>::fromJson(loadFixture(QStringLiteral("page/next_null.json")));
    QCOMPARE(page.items.size(), 2); // "garbage" and null are skipped
    QCOMPARE(page.items.at(1).id, QStringLiteral("b"));
    QCOMPARE(page.totalCount, 2); // null total_count falls back to the items
    const auto broken
        = Page<api::Contact>::fromJson(loadFixture(QStringLiteral("page/no_pages.json")));
    QVERIFY(broken.items.isEmpty());
    QVERIFY(!broken.pages.hasNextCursor());
}

void TestPage::articleSearch()
{
    const auto page = Page<api::Article>::fromJson(
        loadFixture(QStringLiteral("page/article_search.json")), QStringLiteral("articles"));
    QCOMPARE(page.items.size(), 1);
    QCOMPARE(page.items.at(0).title, QStringLiteral("Getting a refund"));
    const auto list = Page<api::Article>::fromJson(
        loadFixture(QStringLiteral("page/articles_page_numbers.json")), QStringLiteral("articles"));
    QCOMPARE(list.items.size(), 2);
    QCOMPARE(list.totalCount, 30);
}

QTEST_GUILESS_MAIN(TestPage)
#include "tst_page.moc"
