#include "app/workspaces/sessiontokens.h"
#include "app/workspaces/tokenvault.h"
#include "app/workspaces/workspaceprofile.h"
#include "app/workspaces/workspaceregistry.h"

#include "keyringfixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifdef TRIAGE_HAVE_QTDBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#include <QDBusVariant>
#endif

#include <optional>

using app::TokenVault;
using app::VaultResult;
using Status = VaultResult::Status;
using Operation = VaultResult::Operation;

Q_DECLARE_METATYPE(VaultResult::Status)
Q_DECLARE_METATYPE(VaultResult::Operation)
Q_DECLARE_METATYPE(QKeychain::Error)

namespace {

using keyringfixture::keyringMode;
using keyringfixture::secretServiceReady;
using keyringfixture::secretTool;

#define REQUIRE_SECRET_SERVICE() REQUIRE_KEYRING_MODE("secret-service")

/// Starts one operation and waits for its one answer; empty when none came in \a timeoutMs.
std::optional<VaultResult> answerOf(TokenVault &vault, Operation operation, const QString &key,
                                    const QByteArray &token = {}, int timeoutMs = 10000)
{
    QObject context;
    std::optional<VaultResult> answer;
    int calls = 0;
    auto done = [&answer, &calls](const VaultResult &result) {
        ++calls;
        answer = result;
    };
    switch (operation) {
    case Operation::Read:
        vault.read(key, &context, done);
        break;
    case Operation::Write:
        vault.write(key, token, &context, done);
        break;
    case Operation::Remove:
        vault.remove(key, &context, done);
        break;
    }
    if (calls != 0) // answers later, never from inside the call
        return {};
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, timeoutMs))
        return {};
    QCoreApplication::processEvents(); // a second answer would come now
    return calls == 1 ? answer : std::nullopt;
}

// The entries libsecret-backed QtKeychain keeps: schema org.qt.keychain, attributes
// server=<service> and user=<key>, the secret base64-encoded (type=base64).
QString searchEntries(const QString &key = QString())
{
    QStringList arguments{QStringLiteral("search"), QStringLiteral("--all"),
                          QStringLiteral("server"), TokenVault::defaultService()};
    if (!key.isEmpty())
        arguments << QStringLiteral("user") << key;
    return secretTool(arguments);
}

} // namespace

/// TokenVault against the real keychain: a Secret Service (gnome-keyring) in a private D-Bus
/// session, and no D-Bus session at all.
class TestTokenVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void keyFor_data();
    void keyFor();
    void classify_data();
    void classify();
    void displayTexts();
    void refusesEnvironmentToken();
    void noAnswerAfterContextIsGone();
    void noKeychainIsUnavailable_data();
    void noKeychainIsUnavailable();
    void roundTrip();
    void readMissingIsNotFound();
    void oneEntryPerWorkspaceAndTeammate();
    void registryNeverHoldsTheToken();
};

void TestTokenVault::initTestCase()
{
    if (keyringMode() != "secret-service")
        return;
    QVERIFY2(QTest::qWaitFor(secretServiceReady, 10000),
             "TRIAGE_KEYRING_TEST=secret-service, but no unlocked Secret Service came up on the "
             "session bus within 10 s");
    QVERIFY2(searchEntries().trimmed().isEmpty(), "the test keyring is not empty");
}

void TestTokenVault::cleanup()
{
    qunsetenv(app::SessionTokens::environmentVariable());
}

void TestTokenVault::keyFor_data()
{
    QTest::addColumn<int>("region");
    QTest::addColumn<QString>("customUrl");
    QTest::addColumn<QString>("key");
    using Region = app::WorkspaceProfile::Region;
    QTest::newRow("region/us") << int(Region::US) << ""
                               << "abc123/991";
    QTest::newRow("region/au") << int(Region::AU) << ""
                               << "abc123/991";
    QTest::newRow("custom/port") << int(Region::Custom) << "http://127.0.0.1:8080/"
                                 << "abc123@127.0.0.1:8080/991";
    QTest::newRow("custom/https") << int(Region::Custom) << "https://proxy.example.com"
                                  << "abc123@proxy.example.com:443/991";
}

void TestTokenVault::keyFor()
{
    QFETCH(int, region);
    QFETCH(QString, customUrl);
    QFETCH(QString, key);
    app::WorkspaceProfile profile;
    profile.workspaceId = QStringLiteral("abc123");
    profile.adminId = QStringLiteral("991");
    profile.region = app::WorkspaceProfile::Region(region);
    profile.customBaseUrl = QUrl(customUrl);
    QCOMPARE(TokenVault::keyFor(profile), key);
    QCOMPARE(TokenVault::keyFor(QStringLiteral("w"), QStringLiteral("7")), QStringLiteral("w/7"));
    QCOMPARE(TokenVault::defaultService(), QStringLiteral("Triage"));
    QCOMPARE(TokenVault().service(), QStringLiteral("Triage"));
}

void TestTokenVault::classify_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<QKeychain::Error>("error");
    QTest::addColumn<bool>("reachable");
    QTest::addColumn<Status>("status");
    QTest::addColumn<bool>("retryable");

    QTest::newRow("read/ok") << Operation::Read << QKeychain::NoError << true << Status::Found
                             << false;
    QTest::newRow("write/ok") << Operation::Write << QKeychain::NoError << true << Status::Stored
                              << false;
    QTest::newRow("remove/ok") << Operation::Remove << QKeychain::NoError << true << Status::Removed
                               << false;
    QTest::newRow("read/not-found")
        << Operation::Read << QKeychain::EntryNotFound << true << Status::NotFound << false;
    QTest::newRow("remove/not-found")
        << Operation::Remove << QKeychain::EntryNotFound << true << Status::Removed << false;
    QTest::newRow("write/not-found")
        << Operation::Write << QKeychain::EntryNotFound << true << Status::Failed << false;
    QTest::newRow("read/no-backend")
        << Operation::Read << QKeychain::NoBackendAvailable << true << Status::Unavailable << true;
    QTest::newRow("write/not-implemented")
        << Operation::Write << QKeychain::NotImplemented << true << Status::Unavailable << false;
    QTest::newRow("write/access-denied")
        << Operation::Write << QKeychain::AccessDenied << true << Status::Unavailable << false;
    QTest::newRow("read/denied-by-user")
        << Operation::Read << QKeychain::AccessDeniedByUser << true << Status::Unavailable << false;
    QTest::newRow("read/other-no-service")
        << Operation::Read << QKeychain::OtherError << false << Status::Unavailable << true;
    QTest::newRow("read/other-with-service")
        << Operation::Read << QKeychain::OtherError << true << Status::Failed << true;
    QTest::newRow("remove/could-not-delete")
        << Operation::Remove << QKeychain::CouldNotDeleteEntry << true << Status::Failed << false;
}

void TestTokenVault::classify()
{
    QFETCH(Operation, operation);
    QFETCH(QKeychain::Error, error);
    QFETCH(bool, reachable);
    QFETCH(Status, status);
    QFETCH(bool, retryable);
    QCOMPARE(VaultResult::classify(operation, error, reachable), status);
    QCOMPARE(VaultResult::isRetryable(error), retryable);
}

void TestTokenVault::displayTexts()
{
    VaultResult result;
    for (const Status status : {Status::Found, Status::Stored, Status::Removed}) {
        result.status = status;
        QVERIFY(result.succeeded());
        QVERIFY(result.displayText().isEmpty());
    }
    result.status = Status::NotFound;
    QVERIFY(!result.succeeded());
    QVERIFY(result.displayText().contains(QLatin1String("sign in")));
    result.status = Status::Unavailable;
    QVERIFY(result.displayText().contains(QLatin1String("this run only")));
    result.operation = Operation::Remove; // signing out offers no token
    QVERIFY(!result.displayText().contains(QLatin1String("this run only")));
    QVERIFY(result.displayText().contains(QLatin1String("remove")));
    result.status = Status::Failed;
    result.errorText = QStringLiteral("boom");
    for (const Operation operation : {Operation::Read, Operation::Write, Operation::Remove}) {
        result.operation = operation;
        QVERIFY(result.displayText().endsWith(QLatin1String(": boom")));
    }
}

void TestTokenVault::refusesEnvironmentToken()
{
    qputenv(app::SessionTokens::environmentVariable(), "env-secret");
    TokenVault vault;
    const auto answer = answerOf(vault, Operation::Write, QStringLiteral("w/1"), "env-secret");
    QVERIFY(answer);
    QCOMPARE(answer->status, Status::Failed);
    QCOMPARE(answer->attempts, 0);
    QVERIFY(answer->errorText.contains(QLatin1String("INTERCOM_ACCESS_TOKEN")));
    QVERIFY(!answer->errorText.contains(QLatin1String("env-secret")));
    QCOMPARE(vault.pendingCount(), 0);
    if (keyringMode() == "secret-service")
        QVERIFY(searchEntries().trimmed().isEmpty());
}

void TestTokenVault::noAnswerAfterContextIsGone()
{
    if (keyringMode() != "secret-service" && keyringMode() != "none")
        QSKIP("Needs a keychain that answers, or none at all: runs under ctest.");
    TokenVault vault;
    vault.setRetryDelayMs(50);
    int calls = 0;
    auto context = std::make_unique<QObject>();
    vault.read(QStringLiteral("gone/1"), context.get(), [&calls](const VaultResult &) { ++calls; });
    QCOMPARE(vault.pendingCount(), 1);
    context.reset();
    QTRY_COMPARE_WITH_TIMEOUT(vault.pendingCount(), 0, 10000);
    QCOMPARE(calls, 0);
}

void TestTokenVault::noKeychainIsUnavailable_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::newRow("read") << Operation::Read;
    QTest::newRow("write") << Operation::Write;
    QTest::newRow("remove") << Operation::Remove;
}

void TestTokenVault::noKeychainIsUnavailable()
{
    if (keyringMode() != "none")
        QSKIP("Runs as tst_tokenvault, without a D-Bus session (TRIAGE_KEYRING_TEST=none).");
    QFETCH(Operation, operation);
    constexpr int retryDelayMs = 300;
    TokenVault vault;
    vault.setRetryDelayMs(retryDelayMs);
    QElapsedTimer timer;
    timer.start();
    const auto answer = answerOf(vault, operation, QStringLiteral("w/1"), "run-only-token", 5000);
    QVERIFY2(answer, "the no-keychain answer must come, once, within seconds");
    QVERIFY2(answer->status == Status::Unavailable, qPrintable(answer->errorText));
    QCOMPARE(answer->attempts, 2); // one retry, then the answer
    QVERIFY(timer.elapsed() >= retryDelayMs);
    QVERIFY(!answer->displayText().isEmpty());
    QVERIFY(answer->token.isEmpty());
}

void TestTokenVault::roundTrip()
{
    REQUIRE_SECRET_SERVICE();
    TokenVault vault;
    const QString key = TokenVault::keyFor(QStringLiteral("abc123"), QStringLiteral("991"));
    const QByteArray token = "dG9rOmFiYzEyMw==-secret";

    const auto written = answerOf(vault, Operation::Write, key, token);
    QVERIFY(written);
    QVERIFY2(written->status == Status::Stored, qPrintable(written->errorText));
    QCOMPARE(written->attempts, 1);

    // In the keychain for real, where QtKeychain's libsecret schema puts it.
    const QString entry = searchEntries(key);
    QVERIFY2(entry.contains(QLatin1String("attribute.server = Triage")), qPrintable(entry));
    QVERIFY2(entry.contains(QLatin1String("attribute.user = ") + key), qPrintable(entry));
    QVERIFY2(entry.contains(QLatin1String("schema = org.qt.keychain")), qPrintable(entry));

    const auto read = answerOf(vault, Operation::Read, key);
    QVERIFY(read);
    QCOMPARE(read->status, Status::Found);
    QCOMPARE(read->token, token);

    const auto removed = answerOf(vault, Operation::Remove, key);
    QVERIFY(removed);
    QCOMPARE(removed->status, Status::Removed);
    QVERIFY2(searchEntries().trimmed().isEmpty(), qPrintable(searchEntries()));

    const auto again = answerOf(vault, Operation::Read, key);
    QVERIFY(again);
    QCOMPARE(again->status, Status::NotFound);

    const auto removedAgain = answerOf(vault, Operation::Remove, key);
    QVERIFY(removedAgain);
    QCOMPARE(removedAgain->status, Status::Removed); // signing out twice is still signed out
}

void TestTokenVault::readMissingIsNotFound()
{
    REQUIRE_SECRET_SERVICE();
    TokenVault vault;
    vault.setRetryDelayMs(60000); // a retry would time the test out: NotFound is final
    const auto answer = answerOf(vault, Operation::Read, QStringLiteral("never/stored"));
    QVERIFY(answer);
    QCOMPARE(answer->status, Status::NotFound);
    QCOMPARE(answer->attempts, 1);
    QVERIFY(answer->token.isEmpty());
    QVERIFY(answer->displayText().contains(QLatin1String("sign in")));
}

void TestTokenVault::oneEntryPerWorkspaceAndTeammate()
{
    REQUIRE_SECRET_SERVICE();
    TokenVault vault;
    const QStringList keys{QStringLiteral("ws1/1"), QStringLiteral("ws1/2"),
                           QStringLiteral("ws2/1")};
    for (const QString &key : keys) {
        const auto answer = answerOf(vault, Operation::Write, key, "token-" + key.toUtf8());
        QVERIFY(answer);
        QCOMPARE(answer->status, Status::Stored);
    }
    const auto overwrite = answerOf(vault, Operation::Write, keys.at(0), "token-new");
    QVERIFY(overwrite); // signing in again replaces the entry
    QCOMPARE(overwrite->status, Status::Stored);
    QVERIFY(answerOf(vault, Operation::Remove, keys.at(1)));
    QVERIFY(searchEntries(keys.at(1)).trimmed().isEmpty());

    const QList<QByteArray> expected{"token-new", QByteArray(), "token-ws2/1"};
    for (int i = 0; i < keys.size(); ++i) {
        const auto read = answerOf(vault, Operation::Read, keys.at(i));
        QVERIFY(read);
        QCOMPARE(read->token, expected.at(i));
        QCOMPARE(read->status, expected.at(i).isEmpty() ? Status::NotFound : Status::Found);
    }
    for (const QString &key : {keys.at(0), keys.at(2)})
        QVERIFY(answerOf(vault, Operation::Remove, key));
    QVERIFY(searchEntries().trimmed().isEmpty());
}

void TestTokenVault::registryNeverHoldsTheToken()
{
    REQUIRE_SECRET_SERVICE();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    app::WorkspaceRegistry registry(dir.filePath(QStringLiteral("workspaces.ini")),
                                    dir.filePath(QStringLiteral("data")));
    app::WorkspaceProfile profile;
    profile.workspaceId = QStringLiteral("abc123");
    profile.adminId = QStringLiteral("991");
    profile.workspaceName = QStringLiteral("Acme");
    const QString id = registry.addOrUpdate(profile);
    QVERIFY(registry.setCurrentId(id));

    const QByteArray token = "tok_registry_must_not_hold_this";
    TokenVault vault;
    const QString key = TokenVault::keyFor(registry.workspace(id));
    const auto written = answerOf(vault, Operation::Write, key, token);
    QVERIFY(written);
    QCOMPARE(written->status, Status::Stored);
    profile = registry.workspace(id);
    profile.teammateName = QStringLiteral("Signed in again");
    registry.addOrUpdate(profile);

    QFile ini(registry.settingsFile());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray content = ini.readAll();
    QVERIFY(content.contains("Signed in again"));
    QVERIFY(!content.contains(token));
    QVERIFY(!content.contains(token.toBase64()));
    QVERIFY(answerOf(vault, Operation::Remove, key));
}

QTEST_GUILESS_MAIN(TestTokenVault)
#include "tst_tokenvault.moc"
