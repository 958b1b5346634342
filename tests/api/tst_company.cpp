#include "api/company.h"
#include "fixture.h"

#include <QTest>

class TestCompany : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
};

void TestCompany::parse_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("companyId");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("plan");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<double>("spend");
    QTest::addColumn<int>("tagCount");
    QTest::newRow("company/full") << "company/company.json"
                                  << "co-42"
                                  << "holm-1"
                                  << "Holm Design"
                                  << "Enterprise" << qint64(45) << 1250.75 << 1;
    QTest::newRow("types/wrong") << "company/wrong_types.json"
                                 << "9"
                                 << "123"
                                 << ""
                                 << "Starter" << qint64(12) << 99.5 << 0;
}

void TestCompany::parse()
{
    QFETCH(QString, fixture);
    const api::Company company = api::Company::fromJson(loadFixture(fixture));
    QTEST(company.id, "id");
    QTEST(company.companyId, "companyId");
    QTEST(company.name, "name");
    QTEST(company.plan, "plan");
    QTEST(company.size, "size");
    QTEST(company.monthlySpend, "spend");
    QTEST(int(company.tags.size()), "tagCount");
    QCOMPARE(company.rawJson.isEmpty(), false);
}

QTEST_GUILESS_MAIN(TestCompany)
#include "tst_company.moc"
