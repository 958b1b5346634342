#include "api/article.h"
#include "api/collection.h"
#include "api/helpcenter.h"
#include "fixture.h"

#include <QTest>

using api::Article;

class TestHelpCenter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void article_data();
    void article();
    void collection_data();
    void collection();
    void helpCenter_data();
    void helpCenter();
    void deleted();
};

void TestHelpCenter::article_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("authorId");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("parentId");
    QTest::addColumn<QStringList>("parentIds");
    QTest::addColumn<qint64>("createdAt");
    QTest::newRow("article/published") << "helpcenter/article.json"
                                       << "7001"
                                       << "Getting a refund"
                                       << "814" << int(Article::State::Published) << "3001"
                                       << QStringList{"3001", "3000"} << qint64(1700000000);
    QTest::newRow("article/draft-nulls")
        << "helpcenter/article_draft_nulls.json"
        << "7002"
        << ""
        << "814" << int(Article::State::Draft) << "" << QStringList() << qint64(0);
    QTest::newRow("types/wrong") << "helpcenter/article_wrong_types.json"
                                 << "7003"
                                 << ""
                                 << "" << int(Article::State::Unknown) << "" << QStringList()
                                 << qint64(1700000000);
}

void TestHelpCenter::article()
{
    QFETCH(QString, fixture);
    const Article article = Article::fromJson(loadFixture(fixture));
    QTEST(article.id, "id");
    QTEST(article.title, "title");
    QTEST(article.authorId, "authorId");
    QTEST(int(article.state), "state");
    QTEST(article.parentId, "parentId");
    QTEST(article.parentIds, "parentIds");
    QTEST(article.createdAt, "createdAt");
}

void TestHelpCenter::collection_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("parentId");
    QTest::addColumn<QString>("helpCenterId");
    QTest::addColumn<int>("order");
    QTest::newRow("collection/nested") << "helpcenter/collection.json"
                                       << "3001"
                                       << "Billing"
                                       << "3000"
                                       << "11" << 2;
    QTest::newRow("collection/top-nulls") << "helpcenter/collection_top.json"
                                          << "3000"
                                          << "Root"
                                          << ""
                                          << "" << 1;
}

void TestHelpCenter::collection()
{
    QFETCH(QString, fixture);
    const api::Collection collection = api::Collection::fromJson(loadFixture(fixture));
    QTEST(collection.id, "id");
    QTEST(collection.name, "name");
    QTEST(collection.parentId, "parentId");
    QTEST(collection.helpCenterId, "helpCenterId");
    QTEST(collection.order, "order");
}

void TestHelpCenter::helpCenter_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("isDefault");
    QTest::addColumn<bool>("website");
    QTest::addColumn<QStringList>("locales");
    QTest::newRow("helpcenter/strings") << "helpcenter/helpcenter.json"
                                        << "11" << true << true << QStringList{"en", "sv"};
    QTest::newRow("helpcenter/objects-mixed")
        << "helpcenter/helpcenter_objects.json"
        << "12" << false << false << QStringList{"de", "5", "fr"};
}

void TestHelpCenter::helpCenter()
{
    QFETCH(QString, fixture);
    const api::HelpCenter center = api::HelpCenter::fromJson(loadFixture(fixture));
    QTEST(center.id, "id");
    QTEST(center.isDefault, "isDefault");
    QTEST(center.websiteTurnedOn, "website");
    QTEST(center.locales, "locales");
}

void TestHelpCenter::deleted()
{
    const api::DeletedObject deleted
        = api::DeletedObject::fromJson(loadFixture(QStringLiteral("helpcenter/deleted.json")));
    QCOMPARE(deleted.id, QStringLiteral("7001"));
    QCOMPARE(deleted.object, QStringLiteral("article"));
    QVERIFY(deleted.deleted);
    QVERIFY(!api::DeletedObject::fromJson({}).deleted);
}

QTEST_GUILESS_MAIN(TestHelpCenter)
#include "tst_helpcenter.moc"
