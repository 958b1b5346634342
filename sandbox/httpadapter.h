#pragma once

#include "httpmessage.h"

#include <QAbstractHttpServer>
#include <QPointer>
#include <QtGlobal>

#include <functional>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace sandbox {

class TrackingTcpServer;

/// The one place that knows QtHttpServer's version differences (6.4: socket-based virtuals;
/// 6.5–6.7: responder-based; 6.8+: QHttpHeaders and a different missingHandler). It turns each
/// request into an HttpRequestData, asks the handler for an HttpReply and puts that on the wire,
/// including the misbehaving deliveries fault injection needs (late, dropped, truncated).
/// Listens on 127.0.0.1 only. Lives and answers in the thread that created it.
class HttpAdapter : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<HttpReply(const HttpRequestData &)>;

    explicit HttpAdapter(Handler handler, QObject *parent = nullptr);
    ~HttpAdapter() override;

    /// Listens on 127.0.0.1:\a port (0 = a free port). Returns false and sets \a error on failure.
    bool listenOnLoopback(quint16 port, QString *error = nullptr);
    quint16 port() const;
    /// TCP connections accepted so far.
    int connectionCount() const;

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#elif QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request,
                        QHttpServerResponder &&responder) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request,
                        QHttpServerResponder &responder) override;
#endif

private:
    using Writer = std::function<void(const HttpReply &)>;

    static HttpRequestData toData(const QHttpServerRequest &request);
    /// Carries out \a reply: \a writeNormal writes a complete answer; \a socket is needed for
    /// the deliveries that cut the connection.
    void deliver(const HttpReply &reply, QPointer<QTcpSocket> socket, const Writer &writeNormal);

    Handler m_handler;
    TrackingTcpServer *m_tcpServer = nullptr;
};

} // namespace sandbox
