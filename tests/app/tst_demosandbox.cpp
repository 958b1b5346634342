#include "app/demosandbox.h"

#include "api/intercomclient.h"
#include "sandbox/sandboxserver.h"

#include <QSignalSpy>
#include <QTest>

/// The demo's sandbox answers from its own thread while this thread waits in an event loop.
class TestDemoSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesFromItsOwnThread();
    void refusesImpossiblePort();
};

void TestDemoSandbox::servesFromItsOwnThread()
{
    sandbox::SandboxOptions options;
    options.workspace.conversations = 50;
    auto demo = std::make_unique<app::DemoSandbox>();
    QString error;
    QVERIFY2(demo->start(options, &error), qPrintable(error));
    QCOMPARE(demo->url().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(demo->token().startsWith(QLatin1String("sbx_")));

    api::ClientConfig config;
    config.region = api::ClientConfig::Region::Custom;
    config.customBaseUrl = demo->url();
    config.token = demo->token().toUtf8();
    api::IntercomClient client(config);
    api::AdminJob *job = client.me();
    job->setAutoDelete(false);
    QSignalSpy finished(job, &api::ApiJob::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY2(!job->error(), qPrintable(job->error().displayText()));
    QVERIFY(!job->result().appName.isEmpty());
    delete job;

    demo.reset(); // stops the server in its thread and joins it; must not hang or crash
}

void TestDemoSandbox::refusesImpossiblePort()
{
    // Occupy a port, then ask the demo sandbox for the same one.
    sandbox::SandboxServer occupant;
    QString error;
    QVERIFY2(occupant.start(&error), qPrintable(error));
    sandbox::SandboxOptions options;
    options.workspace.conversations = 0;
    options.port = occupant.port();
    app::DemoSandbox demo;
    QVERIFY(!demo.start(options, &error));
    QVERIFY2(error.contains(QLatin1String("sandbox")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestDemoSandbox)
#include "tst_demosandbox.moc"
