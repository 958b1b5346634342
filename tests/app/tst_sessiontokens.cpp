#include "app/workspaces/sessiontokens.h"

#include <QTest>

using app::SessionTokens;
using Source = SessionTokens::Source;

/// Run-only tokens and the environment token: held in memory, never stored.
class TestSessionTokens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void runOnly();
    void environmentWins();
    void readsTheEnvironmentOnce();
    void recognisesTheEnvironmentToken();
};

void TestSessionTokens::cleanup()
{
    qunsetenv(SessionTokens::environmentVariable());
}

void TestSessionTokens::runOnly()
{
    SessionTokens tokens(QByteArray{});
    Source source = Source::Environment;
    QVERIFY(tokens.token(QStringLiteral("w/1"), &source).isEmpty());
    QCOMPARE(source, Source::None);

    tokens.setRunOnly(QStringLiteral("w/1"), "tok-1");
    tokens.setRunOnly(QStringLiteral("w/2"), "tok-2");
    QCOMPARE(tokens.token(QStringLiteral("w/1"), &source), QByteArray("tok-1"));
    QCOMPARE(source, Source::RunOnly);
    QCOMPARE(tokens.token(QStringLiteral("w/2")), QByteArray("tok-2"));

    tokens.forget(QStringLiteral("w/1")); // signing out of one teammate keeps the other
    QVERIFY(!tokens.hasRunOnly(QStringLiteral("w/1")));
    QVERIFY(tokens.token(QStringLiteral("w/1")).isEmpty());
    QVERIFY(tokens.hasRunOnly(QStringLiteral("w/2")));

    tokens.setRunOnly(QStringLiteral("w/2"), QByteArray()); // an empty token is no token
    QVERIFY(!tokens.hasRunOnly(QStringLiteral("w/2")));

    tokens.setRunOnly(QStringLiteral("w/3"), "tok-3");
    tokens.clear();
    QVERIFY(!tokens.hasRunOnly(QStringLiteral("w/3")));
}

void TestSessionTokens::environmentWins()
{
    SessionTokens tokens(QByteArray("env-token\n"));
    QVERIFY(tokens.hasEnvironmentToken());
    QCOMPARE(tokens.environmentToken(), QByteArray("env-token")); // trimmed, as shells add newlines
    tokens.setRunOnly(QStringLiteral("w/1"), "run-only");
    Source source = Source::None;
    QCOMPARE(tokens.token(QStringLiteral("w/1"), &source), QByteArray("env-token"));
    QCOMPARE(source, Source::Environment);
    QCOMPARE(tokens.token(QStringLiteral("other/9"), &source), QByteArray("env-token"));
}

void TestSessionTokens::readsTheEnvironmentOnce()
{
    qputenv(SessionTokens::environmentVariable(), "from-env");
    SessionTokens tokens;
    QCOMPARE(tokens.environmentToken(), QByteArray("from-env"));
    qunsetenv(SessionTokens::environmentVariable());
    QCOMPARE(tokens.environmentToken(), QByteArray("from-env"));
    QVERIFY(!SessionTokens().hasEnvironmentToken());
}

void TestSessionTokens::recognisesTheEnvironmentToken()
{
    QVERIFY(!SessionTokens::isEnvironmentToken("abc"));
    QVERIFY(!SessionTokens::isEnvironmentToken(QByteArray()));
    qputenv(SessionTokens::environmentVariable(), "abc");
    QVERIFY(SessionTokens::isEnvironmentToken("abc"));
    QVERIFY(SessionTokens::isEnvironmentToken("abc\n"));
    QVERIFY(!SessionTokens::isEnvironmentToken("abcd"));
    QVERIFY(!SessionTokens::isEnvironmentToken(QByteArray()));
}

QTEST_GUILESS_MAIN(TestSessionTokens)
#include "tst_sessiontokens.moc"
