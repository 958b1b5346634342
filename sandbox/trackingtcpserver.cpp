#include "trackingtcpserver.h"

namespace sandbox {

TrackingTcpServer::TrackingTcpServer(QObject *parent)
    : QTcpServer(parent)
{}

QTcpSocket *TrackingTcpServer::socketForPeerPort(quint16 port) const
{
    return m_sockets.value(port).data();
}

void TrackingTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    ++m_accepted;
    // Sockets delete themselves when they disconnect; forget the dead ones as we go.
    m_sockets.removeIf([](const auto &entry) { return entry.value().isNull(); });
    m_sockets.insert(socket->peerPort(), socket);
    addPendingConnection(socket); // QTcpServer emits newConnection() after this returns
}

} // namespace sandbox
