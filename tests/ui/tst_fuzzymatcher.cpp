#include "ui/commands/fuzzymatcher.h"

#include <QElapsedTimer>
#include <QTest>

using ui::FuzzyMatch;
using ui::FuzzyMatcher;

/// The palette's fuzzy matching: which titles match, which rank higher, what gets highlighted.
class TestFuzzyMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data();
    void matches();
    void ranks_data();
    void ranks();
    void positions_data();
    void positions();
    void emptyQueryMatchesEverything();
    void foldsCaseAndAccents();
    void manyTitlesAreFast();
};

void TestFuzzyMatcher::matches_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");
    QTest::newRow("subsequence/prefix") << "clo"
                                        << "Close conversation" << true;
    QTest::newRow("subsequence/acrossWords") << "asme"
                                             << "Assign to me" << true;
    QTest::newRow("subsequence/initials") << "sc"
                                          << "Send and close" << true;
    QTest::newRow("case/upperQuery") << "CLOSE"
                                     << "Close conversation" << true;
    QTest::newRow("accent/inText") << "reouvrir" << QStringLiteral("Réouvrir") << true;
    QTest::newRow("accent/inQuery") << QStringLiteral("rÉo") << "Reopen conversation" << true;
    QTest::newRow("spaces/ignored") << "to me"
                                    << "Assign to me" << true;
    QTest::newRow("order/matters") << "olc"
                                   << "Close" << false;
    QTest::newRow("missing/letter") << "clo"
                                    << "Unassign conversation…" << false;
    QTest::newRow("tooLong") << "closes"
                             << "Close" << false;
    QTest::newRow("emptyText") << "a"
                               << "" << false;
}

void TestFuzzyMatcher::matches()
{
    QFETCH(QString, query);
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QCOMPARE(FuzzyMatcher::match(query, text).matched, expected);
}

void TestFuzzyMatcher::ranks_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("better");
    QTest::addColumn<QString>("worse");
    QTest::newRow("prefix/overMiddle") << "clo"
                                       << "Close conversation"
                                       << "Reopen (cloud)";
    QTest::newRow("wordStarts/overMidWord") << "asme"
                                            << "Assign to me"
                                            << "Assign to teammate…";
    QTest::newRow("consecutive/overScattered") << "snooze"
                                               << "Snooze…"
                                               << "Send now or zone out";
    QTest::newRow("wordStart/overInside") << "n"
                                          << "Add note"
                                          << "Unassign";
    QTest::newRow("shorter/onTie") << "close"
                                   << "Close"
                                   << "Close conversation";
    QTest::newRow("camelCase/isWordStart") << "lm"
                                           << "loadMore"
                                           << "olmo";
}

void TestFuzzyMatcher::ranks()
{
    QFETCH(QString, query);
    QFETCH(QString, better);
    QFETCH(QString, worse);
    const FuzzyMatch b = FuzzyMatcher::match(query, better);
    const FuzzyMatch w = FuzzyMatcher::match(query, worse);
    QVERIFY(b.matched);
    QVERIFY(w.matched);
    QVERIFY2(b.score > w.score, qPrintable(QStringLiteral("%1 (%2) should beat %3 (%4)")
                                               .arg(better)
                                               .arg(b.score)
                                               .arg(worse)
                                               .arg(w.score)));
}

void TestFuzzyMatcher::positions_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("prefix") << "clo"
                            << "Close conversation" << QList<int>{0, 1, 2};
    QTest::newRow("wordStarts") << "asme"
                                << "Assign to me" << QList<int>{0, 1, 10, 11};
    QTest::newRow("prefersWordStart") << "c"
                                      << "Reopen conversation" << QList<int>{7};
    QTest::newRow("accent/originalIndex") << "ee" << QStringLiteral("Réé") << QList<int>{1, 2};
    QTest::newRow("initials") << "gtc"
                              << "Go to Closed" << QList<int>{0, 3, 6};
}

void TestFuzzyMatcher::positions()
{
    QFETCH(QString, query);
    QFETCH(QString, text);
    QFETCH(QList<int>, expected);
    const FuzzyMatch m = FuzzyMatcher::match(query, text);
    QVERIFY(m.matched);
    QCOMPARE(m.positions, expected);
}

void TestFuzzyMatcher::emptyQueryMatchesEverything()
{
    const FuzzyMatch m = FuzzyMatcher::match(u"  ", u"Anything");
    QVERIFY(m.matched);
    QCOMPARE(m.score, 0);
    QVERIFY(m.positions.isEmpty());
}

void TestFuzzyMatcher::foldsCaseAndAccents()
{
    QCOMPARE(FuzzyMatcher::fold(u"Ça Été"), QStringLiteral("ca ete"));
    QCOMPARE(FuzzyMatcher::fold(u"STRASSE"), QStringLiteral("strasse"));
}

void TestFuzzyMatcher::manyTitlesAreFast()
{
    // A palette filters on every keystroke: 50 titles × a long query must stay far under a frame.
    const QString title = QStringLiteral("Snooze until tomorrow morning at the latest");
    QElapsedTimer timer;
    timer.start();
    int matched = 0;
    for (int i = 0; i < 2000; ++i)
        matched += FuzzyMatcher::match(u"snztmrwmrng", title).matched ? 1 : 0;
    QCOMPARE(matched, 2000);
    QVERIFY2(timer.elapsed() < 2000, "2,000 matches should take well under two seconds");
}

QTEST_APPLESS_MAIN(TestFuzzyMatcher)
#include "tst_fuzzymatcher.moc"
