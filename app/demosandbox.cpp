#include "demosandbox.h"

#include "sandbox/sandboxserver.h"

namespace app {

DemoSandbox::DemoSandbox()
{
    m_thread.setObjectName(QStringLiteral("Demo sandbox"));
}

DemoSandbox::~DemoSandbox()
{
    if (m_server) {
        // Destroyed in its own thread: its sockets and timers belong there.
        QMetaObject::invokeMethod(m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_server = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
}

bool DemoSandbox::start(const sandbox::SandboxOptions &options, QString *error)
{
    m_thread.start();
    m_server = new sandbox::SandboxServer(options);
    m_server->moveToThread(&m_thread);
    bool started = false;
    QString reason;
    QMetaObject::invokeMethod(
        m_server,
        [this, &started, &reason] {
            started = m_server->start(&reason);
            if (started) {
                m_url = m_server->url();
                m_token = m_server->token();
            }
        },
        Qt::BlockingQueuedConnection);
    if (!started && error)
        *error = tr("The sandbox workspace could not start: %1").arg(reason);
    return started;
}

} // namespace app
