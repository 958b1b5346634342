#include "sandboxtestclient.h"

#include "sandbox/sandboxoptions.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using sandbox::FaultKind;
using sandbox::SandboxCommandLine;

class tst_SandboxOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void allFlags();
    void badFlags_data();
    void badFlags();
    void executablePrintsUrlAndToken();
    void executableRejectsBadFlags_data();
    void executableRejectsBadFlags();

private:
    static SandboxCommandLine::Result parse(const QStringList &arguments)
    {
        return SandboxCommandLine::parse(QStringList{QStringLiteral("triage-sandbox")} + arguments);
    }
};

void tst_SandboxOptions::defaults()
{
    const auto result = parse({});
    QCOMPARE(result.outcome, SandboxCommandLine::Outcome::Run);
    QCOMPARE(result.options.port, quint16(0));
    QVERIFY(result.options.token.isEmpty());
    QCOMPARE(result.options.rateLimit, 1666);
    QCOMPARE(result.options.faults.rate, 0.0);
    QCOMPARE(result.options.faults.delayMs, 3000);
    QVERIFY(result.options.faults.kinds.isEmpty()); // all kinds
}

void tst_SandboxOptions::allFlags()
{
    const auto result = parse(
        {QStringLiteral("--port"), QStringLiteral("4010"), QStringLiteral("--conversations"),
         QStringLiteral("100000"), QStringLiteral("--seed"), QStringLiteral("42"),
         QStringLiteral("--token"), QStringLiteral("abc"), QStringLiteral("--rate-limit"),
         QStringLiteral("5"), QStringLiteral("--fault-rate"), QStringLiteral("0.1"),
         QStringLiteral("--faults"), QStringLiteral("500,drop-after"),
         QStringLiteral("--fault-delay-ms"), QStringLiteral("250")});
    QCOMPARE(result.outcome, SandboxCommandLine::Outcome::Run);
    const sandbox::SandboxOptions &options = result.options;
    QCOMPARE(options.port, quint16(4010));
    QCOMPARE(options.workspace.conversations, 100000);
    QCOMPARE(options.workspace.seed, quint64(42));
    QCOMPARE(options.faults.seed, quint64(42));
    QCOMPARE(options.token, QStringLiteral("abc"));
    QCOMPARE(options.rateLimit, 5);
    QCOMPARE(options.faults.rate, 0.1);
    QCOMPARE(options.faults.kinds, (QList<FaultKind>{FaultKind::Status500, FaultKind::DropAfter}));
    QCOMPARE(options.faults.delayMs, 250);
    QCOMPARE(parse({QStringLiteral("--help")}).outcome, SandboxCommandLine::Outcome::Help);
}

void tst_SandboxOptions::badFlags_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("bad/unknown-flag") << QStringList{QStringLiteral("--bogus")};
    QTest::newRow("bad/missing-value") << QStringList{QStringLiteral("--port")};
    QTest::newRow("bad/port-range")
        << QStringList{QStringLiteral("--port"), QStringLiteral("70000")};
    QTest::newRow("bad/port-text") << QStringList{QStringLiteral("--port"), QStringLiteral("http")};
    QTest::newRow("bad/conversations-range")
        << QStringList{QStringLiteral("--conversations"), QStringLiteral("200001")};
    QTest::newRow("bad/seed") << QStringList{QStringLiteral("--seed"), QStringLiteral("-1")};
    QTest::newRow("bad/rate-limit")
        << QStringList{QStringLiteral("--rate-limit"), QStringLiteral("0")};
    QTest::newRow("bad/fault-rate")
        << QStringList{QStringLiteral("--fault-rate"), QStringLiteral("1.5")};
    QTest::newRow("bad/faults") << QStringList{QStringLiteral("--faults"),
                                               QStringLiteral("500,418")};
    QTest::newRow("bad/fault-delay")
        << QStringList{QStringLiteral("--fault-delay-ms"), QStringLiteral("x")};
    QTest::newRow("bad/empty-token") << QStringList{QStringLiteral("--token"), QString()};
    QTest::newRow("bad/positional") << QStringList{QStringLiteral("extra")};
}

void tst_SandboxOptions::badFlags()
{
    QFETCH(QStringList, arguments);
    const auto result = parse(arguments);
    QCOMPARE(result.outcome, SandboxCommandLine::Outcome::Error);
    QVERIFY(!result.error.isEmpty());
}

void tst_SandboxOptions::executablePrintsUrlAndToken()
{
    QProcess process;
    process.start(QStringLiteral(TRIAGE_SANDBOX_EXE),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--conversations"),
                   QStringLiteral("30"), QStringLiteral("--seed"), QStringLiteral("5"),
                   QStringLiteral("--token"), QStringLiteral("exe-token")});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine() && process.peek(4096).count('\n') >= 2, 20000);
    const QString urlLine = QString::fromUtf8(process.readLine()).trimmed();
    const QString tokenLine = QString::fromUtf8(process.readLine()).trimmed();
    const QRegularExpression urlPattern(QStringLiteral("^url: (http://127\\.0\\.0\\.1:\\d+)$"));
    const QRegularExpressionMatch match = urlPattern.match(urlLine);
    QVERIFY2(match.hasMatch(), qPrintable(urlLine));
    QCOMPARE(tokenLine, QStringLiteral("token: exe-token"));

    SandboxTestClient client(QUrl(match.captured(1)), QStringLiteral("exe-token"));
    QCOMPARE(client.get(QStringLiteral("/tags")).status, 200);

    process.terminate(); // SIGTERM: must quit cleanly
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().isEmpty()); // exactly two lines
    QVERIFY(process.readAllStandardError().contains("serving 30 conversations (generated in "));
}

void tst_SandboxOptions::executableRejectsBadFlags_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("exe/unknown-flag") << QStringList{QStringLiteral("--bogus")};
    QTest::newRow("exe/bad-fault-rate")
        << QStringList{QStringLiteral("--fault-rate"), QStringLiteral("2")};
}

void tst_SandboxOptions::executableRejectsBadFlags()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(QStringLiteral(TRIAGE_SANDBOX_EXE), arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(process.readAllStandardError().contains("--port")); // the usage text
}

QTEST_GUILESS_MAIN(tst_SandboxOptions)
#include "tst_sandboxoptions.moc"
