#include "storefixture.h"

#include "models/store/helpcenterrepository.h"

using namespace models;

class TestHelpCenterRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void articles();
    void collections();
};

void TestHelpCenterRepository::articles()
{
    storetest::TempStore store;
    HelpCenterRepository repo(store.db());
    api::Article a;
    a.id = QStringLiteral("ar1");
    a.title = QStringLiteral("Réinitialiser le mot de passe");
    a.description = QStringLiteral("How to reset");
    a.body = QStringLiteral("<p>") + QString(50000, QLatin1Char('b')) + QStringLiteral("</p>");
    a.authorId = QStringLiteral("a1");
    a.state = api::Article::State::Published;
    a.createdAt = 5;
    a.updatedAt = 6;
    a.url = QStringLiteral("https://help.test/ar1");
    a.parentId = QStringLiteral("col1");
    a.parentType = QStringLiteral("collection");
    a.defaultLocale = QStringLiteral("fr");
    api::Article draft;
    draft.id = QStringLiteral("ar2");
    draft.title = QStringLiteral("A draft");
    draft.state = api::Article::State::Draft;
    draft.parentId = QStringLiteral("col1");
    api::Article top;
    top.id = QStringLiteral("ar3");
    QVERIFY(repo.upsertArticles({a, draft, top}));

    const auto stored = repo.article(QStringLiteral("ar1"));
    QVERIFY(stored.has_value());
    QCOMPARE(stored->title, a.title);
    QCOMPARE(stored->description, a.description);
    QCOMPARE(stored->body, a.body);
    QCOMPARE(stored->authorId, a.authorId);
    QCOMPARE(stored->state, api::Article::State::Published);
    QCOMPARE(stored->createdAt, 5);
    QCOMPARE(stored->updatedAt, 6);
    QCOMPARE(stored->url, a.url);
    QCOMPARE(stored->parentId, a.parentId);
    QCOMPARE(stored->parentType, a.parentType);
    QCOMPARE(stored->defaultLocale, a.defaultLocale);
    QCOMPARE(repo.article(QStringLiteral("ar3"))->state, api::Article::State::Unknown);

    const QList<api::Article> inCollection = repo.articlesIn(QStringLiteral("col1"));
    QCOMPARE(inCollection.size(), 2);
    QCOMPARE(inCollection.at(0).id, QStringLiteral("ar2")); // "A draft" < "Réinitialiser"
    QCOMPARE(repo.articlesIn(QString()).size(), 1);
    QVERIFY(repo.removeArticle(QStringLiteral("ar2")));
    QCOMPARE(repo.articlesIn(QStringLiteral("col1")).size(), 1);
}

void TestHelpCenterRepository::collections()
{
    storetest::TempStore store;
    HelpCenterRepository repo(store.db());
    api::Collection c;
    c.id = QStringLiteral("col1");
    c.name = QStringLiteral("Billing");
    c.description = QStringLiteral("Money");
    c.parentId = QStringLiteral("col0");
    c.helpCenterId = QStringLiteral("hc1");
    c.order = 2;
    c.url = QStringLiteral("https://help.test/col1");
    c.icon = QStringLiteral("book");
    c.defaultLocale = QStringLiteral("en");
    c.createdAt = 7;
    c.updatedAt = 8;
    api::Collection first;
    first.id = QStringLiteral("col0");
    first.name = QStringLiteral("Start");
    first.order = 1;
    QVERIFY(repo.upsertCollections({c, first}));
    const QList<api::Collection> all = repo.collections();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).id, QStringLiteral("col0"));
    const api::Collection &stored = all.at(1);
    QCOMPARE(stored.name, c.name);
    QCOMPARE(stored.description, c.description);
    QCOMPARE(stored.parentId, c.parentId);
    QCOMPARE(stored.helpCenterId, c.helpCenterId);
    QCOMPARE(stored.order, 2);
    QCOMPARE(stored.url, c.url);
    QCOMPARE(stored.icon, c.icon);
    QCOMPARE(stored.defaultLocale, c.defaultLocale);
    QCOMPARE(stored.createdAt, 7);
    QCOMPARE(stored.updatedAt, 8);
    QVERIFY(all.at(0).parentId.isEmpty());
}

QTEST_GUILESS_MAIN(TestHelpCenterRepository)
#include "tst_helpcenterrepository.moc"
