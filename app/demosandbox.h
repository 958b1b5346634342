#pragma once

#include <QCoreApplication>
#include <QString>
#include <QThread>
#include <QUrl>

namespace sandbox {
class SandboxServer;
struct SandboxOptions;
} // namespace sandbox

namespace app {

/// The sandbox workspace of `triage --demo`, served from its own thread: generating and
/// answering (a search scans every conversation) must never stall the window. Starts
/// synchronously; stops and joins its thread on destruction.
class DemoSandbox
{
    Q_DECLARE_TR_FUNCTIONS(DemoSandbox)
public:
    DemoSandbox();
    ~DemoSandbox();
    DemoSandbox(const DemoSandbox &) = delete;
    DemoSandbox &operator=(const DemoSandbox &) = delete;

    /// Generates the workspace and listens on 127.0.0.1; false with a translated \a error.
    bool start(const sandbox::SandboxOptions &options, QString *error);
    QUrl url() const { return m_url; }
    QString token() const { return m_token; }

private:
    QThread m_thread;
    sandbox::SandboxServer *m_server = nullptr; ///< lives in m_thread
    QUrl m_url;
    QString m_token;
};

} // namespace app
