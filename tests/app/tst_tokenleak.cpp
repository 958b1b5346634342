// The token leak test: a whole session (sign in, sync, a refused cross-origin redirect, a reply
// and a note, quit) through WorkspaceController with its default registry, so that everything
// Triage writes lands under XDG_CONFIG_HOME, XDG_DATA_HOME and XDG_CACHE_HOME, pointed into a
// temporary folder before the QApplication exists. Then every file there (binary, the SQLite
// store and its WAL included) and every log line (the HTTP trace on) is searched for the
// token in each form it could take: zero hits. The keychain is the one place the token must
// be: with-keyring keeps it in its own XDG_DATA_HOME (the daemon's environment, set before this
// process changed its own), encrypted, outside the folders searched here.

#include "controllerfixture.h"
#include "leakscan.h"

#include "api/apierror.h"
#include "api/httptrace.h"
#include "api/intercomclient.h"
#include "models/outbox/outbox.h"
#include "models/sync/syncengine.h"
#include "sandbox/sandboxapi.h"
#include "sandbox/workspace.h"

#include <QDir>
#include <QLoggingCategory>
#include <QMutex>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace controllerfixture;
using EntryState = models::OutboxEntry::State;

namespace {

// Distinctive, and with characters that base64 and percent-encoding change.
const QByteArray leakToken = "sbx_LeakCanary+Qm7/Zt2=Wx9";

QMutex logMutex;
QStringList logLines;
QtMessageHandler previousHandler = nullptr;

/// Keeps every log line (any thread), and passes all but the trace's on to Qt Test's output.
void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString category = QString::fromUtf8(context.category ? context.category : "");
    {
        QMutexLocker lock(&logMutex);
        logLines.append(category + QLatin1Char(' ') + message);
    }
    if (previousHandler && !(type == QtDebugMsg && category.startsWith(QLatin1String("triage."))))
        previousHandler(type, context, message);
}

QStringList capturedLines()
{
    QMutexLocker lock(&logMutex);
    return logLines;
}

const char *const xdgVariables[] = {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"};

} // namespace

class TestTokenLeak : public QObject
{
    Q_OBJECT
public:
    explicit TestTokenLeak(const QString &xdgRoot)
        : m_xdgRoot(xdgRoot)
    {}

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void scannerFindsEveryForm_data();
    void scannerFindsEveryForm();
    void wholeSessionLeavesNoToken();

private:
    QStringList scanXdg(QStringList *scanned = nullptr) const;

    QString m_xdgRoot;
};

void TestTokenLeak::initTestCase()
{
    for (const char *variable : xdgVariables)
        QVERIFY2(qEnvironmentVariable(variable).startsWith(m_xdgRoot), variable);
    previousHandler = qInstallMessageHandler(captureMessage);
    QLoggingCategory::setFilterRules(QStringLiteral("triage.*.debug=true"));
    api::HttpTrace::setEnabled(true);
}

void TestTokenLeak::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
    if (keyringMode() == "secret-service")
        clearKeychain();
}

QStringList TestTokenLeak::scanXdg(QStringList *scanned) const
{
    QStringList found;
    for (const char *variable : xdgVariables)
        found += leakscan::hits(qEnvironmentVariable(variable), leakscan::forms(leakToken), {},
                                scanned);
    return found;
}

void TestTokenLeak::scannerFindsEveryForm_data()
{
    QTest::addColumn<int>("form");
    const QList<QByteArray> forms = leakscan::forms(leakToken);
    QVERIFY(forms.size() >= 6);
    for (int i = 0; i < forms.size(); ++i)
        QTest::addRow("form/%d", i) << i;
}

void TestTokenLeak::scannerFindsEveryForm()
{
    // The control: a token planted in any form, inside binary data, is found.
    QFETCH(int, form);
    QTemporaryDir planted;
    QVERIFY(QDir(planted.path()).mkpath(QStringLiteral("a/.b")));
    QFile file(planted.filePath(QStringLiteral("a/.b/blob")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("\0\1SQLite", 8) + leakscan::forms(leakToken).at(form) + '\0');
    file.close();
    QStringList scanned;
    const QStringList hits
        = leakscan::hits(planted.path(), leakscan::forms(leakToken), {}, &scanned);
    QCOMPARE(scanned, QStringList{QStringLiteral("a/.b/blob")});
    QCOMPARE(hits.size(), 1);
    QCOMPARE(leakscan::hits(planted.path(), leakscan::forms(leakToken), {QStringLiteral("a")}),
             QStringList());
}

void TestTokenLeak::wholeSessionLeavesNoToken()
{
    if (keyringMode() == "missing-tool")
        QSKIP("NOT RUN: ../shared/tools/with-keyring was absent at configure time.");
    const bool keyring = keyringMode() == "secret-service";
    if (keyring)
        QVERIFY2(QTest::qWaitFor(secretServiceReady, 10000), "no unlocked Secret Service");
    auto server = startSandbox(QString::fromUtf8(leakToken));
    QVERIFY(server);
    // The other origin of the redirect: records whatever reaches it.
    QTcpServer other;
    QVERIFY(other.listen(QHostAddress::LocalHost));
    QByteArray received;
    connect(&other, &QTcpServer::newConnection, this, [&other, &received, this] {
        while (QTcpSocket *socket = other.nextPendingConnection())
            connect(socket, &QTcpSocket::readyRead, this,
                    [&received, socket] { received += socket->readAll(); });
    });

    // The app's own registry: its INI under XDG_CONFIG_HOME, the stores under XDG_DATA_HOME.
    auto registry = std::make_unique<app::WorkspaceRegistry>();
    QVERIFY(registry->settingsFile().startsWith(qEnvironmentVariable("XDG_CONFIG_HOME")));
    QVERIFY(registry->dataRoot().startsWith(qEnvironmentVariable("XDG_DATA_HOME")));
    auto vault = std::make_unique<app::TokenVault>();
    vault->setRetryDelayMs(100);
    auto tokens = std::make_unique<app::SessionTokens>(QByteArray());
    auto controller = std::make_unique<app::WorkspaceController>(*registry, *vault, *tokens);
    QSignalSpy ready(controller.get(), &app::WorkspaceController::sessionReady);
    QSignalSpy signIns(controller.get(), &app::WorkspaceController::signInShown);
    controller->start(app::LaunchOptions());
    QTRY_COMPARE(signIns.count(), 1);
    QCOMPARE(controller->signInDialog()->isKeychainAvailable(), keyring);
    QVERIFY(
        signInByKeyboard(controller->signInDialog(), server->url(), QString::fromUtf8(leakToken)));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 10000);
    app::WorkspaceSession *session = controller->session();
    const QString key = app::TokenVault::keyFor(controller->currentProfile());
    if (keyring)
        QCOMPARE(keychainToken(key), leakToken); // where it belongs
    else
        QVERIFY(tokens->hasRunOnly(key));

    QSignalSpy synced(session->sync(), &models::SyncEngine::initialSyncFinished);
    QVERIFY(synced.wait(15000));

    // A redirect to another origin is refused, and the other origin sees nothing.
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("to"),
                           QStringLiteral("http://127.0.0.1:%1/steal").arg(other.serverPort()));
        api::JsonJob *redirect
            = session->client()->call("GET", QStringLiteral("/__sandbox/redirect"), {}, query);
        redirect->setAutoDelete(false);
        std::unique_ptr<api::JsonJob> redirectJob(redirect);
        QSignalSpy redirectDone(redirect, &api::ApiJob::finished);
        QVERIFY(redirect->isFinished() || redirectDone.wait(10000));
        QCOMPARE(redirect->error().category, api::ApiError::Category::RedirectRefused);
    }

    // A reply and a note, delivered.
    qint64 conversation = 0;
    for (const sandbox::Conversation &c : server->api().workspace().conversations) {
        if (c.state == sandbox::ConversationState::Open)
            conversation = c.id;
    }
    QVERIFY(conversation);
    models::Outbox *outbox = session->outbox();
    const QString id = QString::number(conversation);
    const qint64 reply = outbox->reply(id, QStringLiteral("<p>Leak test reply</p>"));
    const qint64 note = outbox->note(id, QStringLiteral("<p>Leak test note</p>"));
    QVERIFY(reply > 0 && note > 0);
    for (const qint64 entry : {reply, note})
        QTRY_COMPARE_WITH_TIMEOUT(outbox->entry(entry)->state, EntryState::Done, 15000);

    // Searched while running (the WAL holds the latest writes) and after quitting.
    QCOMPARE(scanXdg(), QStringList());
    controller.reset();
    tokens.reset();
    vault.reset();
    registry.reset();
    QCoreApplication::processEvents();

    QStringList scanned;
    QCOMPARE(scanXdg(&scanned), QStringList());
    for (const QLatin1String expected :
         {QLatin1String("workspaces.ini"), QLatin1String("store.sqlite"),
          QLatin1String("window.ini")}) {
        QVERIFY2(std::any_of(scanned.cbegin(), scanned.cend(),
                             [expected](const QString &path) { return path.endsWith(expected); }),
                 qPrintable(scanned.join(QLatin1Char(' '))));
    }
    QCOMPARE(received, QByteArray());

    const QStringList lines = capturedLines();
    const int traced = int(std::count_if(lines.cbegin(), lines.cend(), [](const QString &line) {
        return line.startsWith(QLatin1String("triage.api.http "));
    }));
    QVERIFY2(traced >= 10, qPrintable(QString::number(traced)));
    QStringList leaking;
    for (const QString &line : lines) {
        if (leakscan::find(line.toUtf8(), leakscan::forms(leakToken)) >= 0)
            leaking.append(line);
    }
    QCOMPARE(leaking, QStringList());
}

int main(int argc, char *argv[])
{
    // Before the QApplication: QStandardPaths and anything else that reads them see these.
    QTemporaryDir xdg;
    if (!xdg.isValid())
        return 1;
    for (const char *variable : xdgVariables) {
        const QString path = xdg.filePath(QString::fromLatin1(variable).toLower());
        QDir().mkpath(path);
        qputenv(variable, QFile::encodeName(path));
    }
    QApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Triage"));
    QCoreApplication::setOrganizationName(QStringLiteral("Triage"));
    TestTokenLeak test(xdg.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tokenleak.moc"
