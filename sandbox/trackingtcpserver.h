#pragma once

#include <QHash>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace sandbox {

/// A QTcpServer that remembers its accepted sockets by peer port. Newer QtHttpServer versions
/// hide the socket behind QHttpServerResponder, yet fault injection must be able to cut a
/// connection; the request's remote port finds it here. Also counts accepted connections,
/// which shows whether clients reuse connections (keep-alive). Lives in the server's thread.
class TrackingTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit TrackingTcpServer(QObject *parent = nullptr);

    /// The live socket whose peer (the client) uses \a port, or nullptr.
    QTcpSocket *socketForPeerPort(quint16 port) const;
    /// Connections accepted since start.
    int acceptedCount() const { return m_accepted; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    QHash<quint16, QPointer<QTcpSocket>> m_sockets;
    int m_accepted = 0;
};

} // namespace sandbox
