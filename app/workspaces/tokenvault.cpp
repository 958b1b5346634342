#include "tokenvault.h"

#include "secretserviceprobe.h"
#include "sessiontokens.h"
#include "workspaceprofile.h"

#include <QPointer>
#include <QTimer>

namespace app {

struct TokenVault::Request
{
    VaultResult::Operation operation = VaultResult::Operation::Read;
    QString key;
    QByteArray token;
    QPointer<QObject> context;
    Callback done;
    int attempts = 0;
};

TokenVault::TokenVault(QObject *parent)
    : TokenVault(defaultService(), parent)
{}

TokenVault::TokenVault(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

TokenVault::~TokenVault() = default;

QString TokenVault::defaultService()
{
    return QStringLiteral("Triage");
}

QString TokenVault::keyFor(const QString &workspaceId, const QString &adminId)
{
    return workspaceId + QLatin1Char('/') + adminId;
}

QString TokenVault::keyFor(const WorkspaceProfile &profile)
{
    if (profile.region != WorkspaceProfile::Region::Custom)
        return keyFor(profile.workspaceId, profile.adminId);
    const QUrl url = profile.baseUrl();
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    return keyFor(profile.workspaceId + QLatin1Char('@') + url.host() + QLatin1Char(':')
                      + QString::number(url.port(defaultPort)),
                  profile.adminId);
}

void TokenVault::read(const QString &key, QObject *context, Callback done)
{
    submit(VaultResult::Operation::Read, key, {}, context, std::move(done));
}

void TokenVault::write(const QString &key, const QByteArray &token, QObject *context, Callback done)
{
    submit(VaultResult::Operation::Write, key, token, context, std::move(done));
}

void TokenVault::remove(const QString &key, QObject *context, Callback done)
{
    submit(VaultResult::Operation::Remove, key, {}, context, std::move(done));
}

void TokenVault::submit(VaultResult::Operation operation, const QString &key,
                        const QByteArray &token, QObject *context, Callback done)
{
    auto request = std::make_shared<Request>();
    request->operation = operation;
    request->key = key;
    request->token = token;
    request->context = context ? context : this;
    request->done = std::move(done);
    ++m_pending;

    if (operation == VaultResult::Operation::Write && SessionTokens::isEnvironmentToken(token)) {
        VaultResult refused;
        refused.operation = operation;
        refused.key = key;
        refused.errorText
            = QStringLiteral("the token of %1 is used for this run only, never stored")
                  .arg(QLatin1String(SessionTokens::environmentVariable()));
        // Answers later, as every operation does: callers never see a re-entrant callback.
        QTimer::singleShot(0, this, [this, request, refused] { deliver(request, refused); });
        return;
    }
    start(request);
}

void TokenVault::start(const std::shared_ptr<Request> &request)
{
    ++request->attempts;
    QKeychain::Job *job = nullptr;
    switch (request->operation) {
    case VaultResult::Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case VaultResult::Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(m_service);
        writeJob->setBinaryData(request->token);
        job = writeJob;
        break;
    }
    case VaultResult::Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // No parent: a job deletes itself after finished(); deleting it earlier (with the vault)
    // could pull it from under the backend's pending D-Bus call.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(request->key);
    connect(job, &QKeychain::Job::finished, this,
            [this, request](QKeychain::Job *finished) { finish(request, finished); });
    job->start();
}

void TokenVault::finish(const std::shared_ptr<Request> &request, QKeychain::Job *job)
{
    const QKeychain::Error error = job->error();
    if (error != QKeychain::NoError && request->attempts == 1 && VaultResult::isRetryable(error)) {
        QTimer::singleShot(m_retryDelayMs, this, [this, request] { start(request); });
        return;
    }
    VaultResult result;
    result.operation = request->operation;
    result.key = request->key;
    result.attempts = request->attempts;
    const bool reachable = error != QKeychain::OtherError || SecretServiceProbe::isReachable();
    result.status = VaultResult::classify(request->operation, error, reachable);
    if (error != QKeychain::NoError)
        result.errorText = job->errorString();
    if (result.status == VaultResult::Status::Found)
        result.token = static_cast<QKeychain::ReadPasswordJob *>(job)->binaryData();
    deliver(request, result);
}

void TokenVault::deliver(const std::shared_ptr<Request> &request, const VaultResult &result)
{
    --m_pending;
    request->token.clear();
    if (request->context && request->done)
        request->done(result);
}

} // namespace app
