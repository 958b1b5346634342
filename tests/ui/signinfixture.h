#pragma once

#include "tests/support/sandboxharness.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <memory>

/// Servers a sign-in check can meet: sandboxes with their own tokens, a port nobody listens
/// on, a server that answers a TLS handshake with plain text, one that never answers.
namespace signinfixture {

inline std::unique_ptr<sandbox::SandboxServer> startSandbox(const QString &token = {})
{
    sandbox::SandboxOptions options;
    options.workspace.conversations = 5;
    options.workspace.seed = 11;
    options.rateLimit = 100000;
    options.token = token;
    auto server = std::make_unique<sandbox::SandboxServer>(options);
    QString error;
    if (!server->start(&error)) {
        qWarning("sandbox did not start: %s", qPrintable(error));
        return nullptr;
    }
    return server;
}

/// http://127.0.0.1:<a port that was free a moment ago>: connecting is refused.
inline QUrl closedPortUrl()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

/// Accepts connections and either answers every read with plain HTTP (a TLS client sees a
/// broken handshake) or stays silent (a client times out).
class RawServer : public QTcpServer
{
public:
    enum class Behaviour { PlainTextAnswer, Silent };

    explicit RawServer(Behaviour behaviour)
        : m_behaviour(behaviour)
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    socket->readAll();
                    if (m_behaviour == Behaviour::PlainTextAnswer) {
                        socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
                        socket->disconnectFromHost();
                    }
                });
            }
        });
    }

    QUrl url(const QString &scheme) const
    {
        return QUrl(scheme + QStringLiteral("://127.0.0.1:") + QString::number(serverPort()));
    }

private:
    Behaviour m_behaviour;
};

} // namespace signinfixture
