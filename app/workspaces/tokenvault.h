#pragma once

#include "vaultresult.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace app {

struct WorkspaceProfile;

/// The only way Triage reads and writes access tokens: the OS keychain through QtKeychain
/// (service "Triage", one key per workspace and teammate, never the insecure plain-file
/// fallback). Every operation is asynchronous (no nested event loop, no waiting) and answers
/// exactly once through its callback, unless \a context or the vault is destroyed first.
/// A first attempt that fails the way a Secret Service not up yet at login fails is tried once
/// more after retryDelay(). Refuses to store the token of INTERCOM_ACCESS_TOKEN, which is
/// honored for the run but never stored. Tokens are never logged. GUI thread.
class TokenVault : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const VaultResult &)>;

    explicit TokenVault(QObject *parent = nullptr);
    /// Another service name, e.g. for tests that must not touch Triage's own entries.
    explicit TokenVault(const QString &service, QObject *parent = nullptr);
    ~TokenVault() override;

    static QString defaultService(); ///< "Triage"
    /// "<workspace id>/<admin id>": one entry per workspace and teammate.
    static QString keyFor(const QString &workspaceId, const QString &adminId);
    /// keyFor(workspaceId, adminId); for a custom address the workspace part is
    /// "<workspace id>@<host>:<port>", as two servers may share ids.
    static QString keyFor(const WorkspaceProfile &profile);

    QString service() const { return m_service; }
    int retryDelayMs() const { return m_retryDelayMs; }
    void setRetryDelayMs(int milliseconds) { m_retryDelayMs = milliseconds; }
    /// Operations started and not answered yet.
    int pendingCount() const { return m_pending; }

    void read(const QString &key, QObject *context, Callback done);
    void write(const QString &key, const QByteArray &token, QObject *context, Callback done);
    void remove(const QString &key, QObject *context, Callback done);

private:
    struct Request;
    void submit(VaultResult::Operation operation, const QString &key, const QByteArray &token,
                QObject *context, Callback done);
    void start(const std::shared_ptr<Request> &request);
    void finish(const std::shared_ptr<Request> &request, QKeychain::Job *job);
    void deliver(const std::shared_ptr<Request> &request, const VaultResult &result);

    QString m_service;
    int m_retryDelayMs = 1500;
    int m_pending = 0;
};

} // namespace app
