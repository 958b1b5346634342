#include "api/jsonvalue.h"

#include <QTest>

namespace json = api::json;

class TestJsonValue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void id_data();
    void id();
    void integer_data();
    void integer();
    void boolean_data();
    void boolean();
    void idList();
};

void TestJsonValue::id_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("id/string") << QJsonValue(QStringLiteral("6762f0ab")) << "6762f0ab";
    QTest::newRow("id/integer") << QJsonValue(991267696) << "991267696";
    QTest::newRow("id/large-integer") << QJsonValue(double(4102444800123LL)) << "4102444800123";
    QTest::newRow("id/null") << QJsonValue(QJsonValue::Null) << "";
    QTest::newRow("id/missing") << QJsonValue(QJsonValue::Undefined) << "";
    QTest::newRow("id/object") << QJsonValue(QJsonObject{{"id", 1}}) << "";
    QTest::newRow("id/bool") << QJsonValue(true) << "";
}

void TestJsonValue::id()
{
    QFETCH(QJsonValue, value);
    QTEST(json::id(value), "expected");
}

void TestJsonValue::integer_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("int/number") << QJsonValue(1763000000) << qint64(1763000000);
    QTest::newRow("int/string") << QJsonValue(QStringLiteral(" 42 ")) << qint64(42);
    QTest::newRow("int/bad-string") << QJsonValue(QStringLiteral("soon")) << qint64(-1);
    QTest::newRow("int/null") << QJsonValue(QJsonValue::Null) << qint64(-1);
    QTest::newRow("int/huge") << QJsonValue(1e300) << qint64(-1);
    QTest::newRow("int/array") << QJsonValue(QJsonArray{1}) << qint64(-1);
}

void TestJsonValue::integer()
{
    QFETCH(QJsonValue, value);
    QTEST(json::integer(value, -1), "expected");
}

void TestJsonValue::boolean_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("expected");
    QTest::newRow("bool/true") << QJsonValue(true) << true;
    QTest::newRow("bool/string-true") << QJsonValue(QStringLiteral("true")) << true;
    QTest::newRow("bool/one") << QJsonValue(1) << true;
    QTest::newRow("bool/zero") << QJsonValue(0) << false;
    QTest::newRow("bool/string-false") << QJsonValue(QStringLiteral("false")) << false;
    QTest::newRow("bool/null-fallback") << QJsonValue(QJsonValue::Null) << true;
}

void TestJsonValue::boolean()
{
    QFETCH(QJsonValue, value);
    QTEST(json::boolean(value, true), "expected");
}

void TestJsonValue::idList()
{
    const QJsonArray mixed{1, QStringLiteral("2"), QJsonValue(), QJsonObject(), 3.0};
    QCOMPARE(json::idList(mixed), (QStringList{"1", "2", "3"}));
    QVERIFY(json::idList(QStringLiteral("1,2")).isEmpty());
}

QTEST_GUILESS_MAIN(TestJsonValue)
#include "tst_jsonvalue.moc"
