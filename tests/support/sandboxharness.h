#pragma once

#include "api/intercomclient.h"
#include "sandbox/sandboxserver.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

/// An in-process sandbox on a free loopback port plus a client pointed at it.
struct SandboxHarness
{
    std::unique_ptr<sandbox::SandboxServer> server;
    std::unique_ptr<api::IntercomClient> client;

    bool start(int conversations = 120, int rateLimit = 100000)
    {
        sandbox::SandboxOptions options;
        options.workspace.conversations = conversations;
        options.workspace.seed = 7;
        options.rateLimit = rateLimit;
        server = std::make_unique<sandbox::SandboxServer>(options);
        QString error;
        if (!server->start(&error)) {
            qWarning("sandbox did not start: %s", qPrintable(error));
            return false;
        }
        client = std::make_unique<api::IntercomClient>(config());
        return true;
    }

    api::ClientConfig config() const
    {
        api::ClientConfig config;
        config.region = api::ClientConfig::Region::Custom;
        config.customBaseUrl = server->url();
        config.token = server->token().toUtf8();
        config.transferTimeoutMs = 10000;
        config.retryPolicy.baseDelayMs = 20; // keep retries fast in tests
        return config;
    }
};

/// Turns off auto-delete at creation, for jobs that are waited for later (in a batch).
template<typename Job> Job *kept(Job *job)
{
    job->setAutoDelete(false);
    return job;
}

/// Waits for \a job to finish and takes ownership of it (no auto-delete), so that the test can
/// read its result. Fails the test if finished() is not emitted exactly once.
template<typename Job> std::unique_ptr<Job> finished(Job *job, int timeoutMs = 15000)
{
    job->setAutoDelete(false);
    std::unique_ptr<Job> owned(job);
    QSignalSpy spy(job, &api::ApiJob::finished);
    if (!job->isFinished() && !spy.wait(timeoutMs)) {
        QTest::qFail("job did not finish in time", __FILE__, __LINE__);
        return owned;
    }
    QTest::qWait(0); // let any duplicate emission show up
    if (spy.count() != 1 && !(spy.count() == 0 && job->isFinished()))
        QTest::qFail("finished() was not emitted exactly once", __FILE__, __LINE__);
    return owned;
}

/// Asserts that the job \a expr (evaluated once) succeeded, printing its error otherwise.
#define VERIFY_OK(expr)                                                                            \
    do {                                                                                           \
        const auto &verifiedJob_ = (expr);                                                         \
        QVERIFY2(!verifiedJob_->error(),                                                           \
                 qPrintable(api::ApiError::categoryName(verifiedJob_->error().category)            \
                            + QLatin1Char(' ') + verifiedJob_->error().message));                  \
    } while (false)
