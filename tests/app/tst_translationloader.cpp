#include "app/translationloader.h"

#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using app::TranslationLoader;

/// The compiled translations in the app's resources: English plural forms for every "%n"
/// string, installed whatever the locale.
class TestTranslationLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void installsEnglish_data();
    void installsEnglish();
    void pluralForms_data();
    void pluralForms();
    void everyPluralIsTranslated();
};

void TestTranslationLoader::cleanup()
{
    qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>());
}

void TestTranslationLoader::installsEnglish_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom);
    QTest::newRow("fallback/de_DE") << QLocale(QLocale::German, QLocale::Germany);
    QTest::newRow("fallback/C") << QLocale::c();
}

void TestTranslationLoader::installsEnglish()
{
    QFETCH(QLocale, locale);
    const QStringList loaded = TranslationLoader::install(QCoreApplication::instance(), locale);
    QVERIFY2(loaded.contains(QStringLiteral(":/i18n/triage_en.qm")), qPrintable(loaded.join(u',')));
    QCOMPARE(QCoreApplication::translate("ui::SidebarModel", "%1, %n conversation(s)", nullptr, 1)
                 .arg(QStringLiteral("Your inbox")),
             QStringLiteral("Your inbox, 1 conversation"));
}

void TestTranslationLoader::pluralForms_data()
{
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    const QByteArray sidebar("ui::SidebarModel");
    const QByteArray conversations("%1, %n conversation(s)");
    QTest::newRow("sidebar/0") << sidebar << conversations << 0
                               << QStringLiteral("%1, 0 conversations");
    QTest::newRow("sidebar/1") << sidebar << conversations << 1
                               << QStringLiteral("%1, 1 conversation");
    QTest::newRow("sidebar/2") << sidebar << conversations << 2
                               << QStringLiteral("%1, 2 conversations");
    QTest::newRow("status/1") << QByteArray("ui::StatusArea")
                              << QByteArray("%n action(s) waiting to send") << 1
                              << QStringLiteral("1 action waiting to send");
    QTest::newRow("actions/12") << QByteArray("ui::ConversationActions")
                                << QByteArray("Closed %n conversation(s).") << 12
                                << QStringLiteral("Closed 12 conversations.");
    QTest::newRow("search/15") << QByteArray("models::SearchParser")
                               << QByteArray("The server search takes at most %n filter(s): "
                                             "showing local results only.")
                               << 15
                               << QStringLiteral("The server search takes at most 15 filters: "
                                                 "showing local results only.");
}

void TestTranslationLoader::pluralForms()
{
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(int, n);
    QFETCH(QString, expected);
    TranslationLoader::install(QCoreApplication::instance(), QLocale(QLocale::English));
    QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), nullptr, n),
             expected);
}

void TestTranslationLoader::everyPluralIsTranslated()
{
    // Every numerus message of the .ts reads right for one and for many: no "(s)" left over.
    TranslationLoader::install(QCoreApplication::instance(), QLocale(QLocale::English));
    QFile ts(qEnvironmentVariable("TRIAGE_SOURCE_DIR")
             + QStringLiteral("/translations/triage_en.ts"));
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
    QXmlStreamReader xml(&ts);
    QByteArray context;
    bool numerus = false;
    int checked = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText().toUtf8();
        } else if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source") && numerus) {
            const QByteArray source = xml.readElementText().toUtf8();
            for (const int n : {1, 2}) {
                const QString text = QCoreApplication::translate(context.constData(),
                                                                 source.constData(), nullptr, n);
                QVERIFY2(
                    !text.contains(QLatin1String("(s)")),
                    qPrintable(QStringLiteral("%1: %2").arg(QString::fromUtf8(context), text)));
                QVERIFY2(text.contains(QString::number(n)), qPrintable(text));
            }
            ++checked;
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(checked >= 30);
}

QTEST_GUILESS_MAIN(TestTranslationLoader)
#include "tst_translationloader.moc"
