#include "httpadapter.h"

#include "trackingtcpserver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>
#include <QTimer>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

#include <memory>

namespace sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 202:
        return QByteArrayLiteral("Accepted");
    case 204:
        return QByteArrayLiteral("No Content");
    case 302:
        return QByteArrayLiteral("Found");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 410:
        return QByteArrayLiteral("Gone");
    case 422:
        return QByteArrayLiteral("Unprocessable Entity");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return status < 400 ? QByteArrayLiteral("OK") : QByteArrayLiteral("Error");
    }
}

/// An HTTP/1.1 answer as bytes, announcing \a contentLength (which a truncated answer overstates).
QByteArray serialize(const HttpReply &reply, const QByteArray &body, qsizetype contentLength)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' '
                     + reasonPhrase(reply.status) + "\r\n";
    for (const auto &header : reply.headers)
        out += header.first + ": " + header.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n\r\n";
    out += body;
    return out;
}

} // namespace

HttpAdapter::HttpAdapter(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{}

HttpAdapter::~HttpAdapter() = default;

bool HttpAdapter::listenOnLoopback(quint16 port, QString *error)
{
    auto *server = new TrackingTcpServer(this);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = server->errorString();
        delete server;
        return false;
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    if (!bind(server)) {
        if (error)
            *error = QStringLiteral("QAbstractHttpServer::bind failed");
        delete server;
        return false;
    }
#else
    bind(server);
#endif
    m_tcpServer = server;
    return true;
}

quint16 HttpAdapter::port() const
{
    return m_tcpServer ? m_tcpServer->serverPort() : 0;
}

int HttpAdapter::connectionCount() const
{
    return m_tcpServer ? m_tcpServer->acceptedCount() : 0;
}

HttpRequestData HttpAdapter::toData(const QHttpServerRequest &request)
{
    HttpRequestData data;
    data.method = methodName(request.method());
    data.url = request.url();
    data.body = request.body();
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    const QHttpHeaders &headers = request.headers();
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QLatin1StringView name = headers.nameAt(i);
        data.headers.append(
            {QByteArray(name.data(), name.size()), headers.valueAt(i).toByteArray()});
    }
#else
    data.headers = request.headers();
#endif
    return data;
}

void HttpAdapter::deliver(const HttpReply &reply, QPointer<QTcpSocket> socket,
                          const Writer &writeNormal)
{
    auto perform = [reply, socket, writeNormal]() {
        switch (reply.delivery) {
        case HttpReply::Delivery::Normal:
            writeNormal(reply);
            return;
        case HttpReply::Delivery::Drop:
            if (socket) {
                socket->abort();
            } else {
                // Without the socket we cannot cut the line; a clear error beats a hang.
                qWarning("sandbox: no socket to drop, answering 503 instead");
                HttpReply fallback = reply;
                fallback.status = 503;
                writeNormal(fallback);
            }
            return;
        case HttpReply::Delivery::Truncate: {
            const QByteArray half = reply.body.left(reply.body.size() / 2);
            if (socket) {
                socket->write(serialize(reply, half, reply.body.size()));
                // Push the bytes out now: newer Qt may delete the closing socket before the
                // event loop would have written them.
                socket->flush();
                socket->disconnectFromHost();
            } else {
                HttpReply cut = reply;
                cut.body = half; // still unparsable JSON, just with an honest length
                writeNormal(cut);
            }
            return;
        }
        }
    };
    if (reply.delayMs > 0)
        QTimer::singleShot(reply.delayMs, this, perform);
    else
        perform();
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)

// Qt 6.4 hands us the socket; we write the HTTP/1.1 answer ourselves so that keep-alive,
// late answers and truncation all behave the same way.
bool HttpAdapter::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QPointer<QTcpSocket> guard(socket);
    deliver(m_handler(toData(request)), guard, [guard](const HttpReply &reply) {
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            guard->write(serialize(reply, reply.body, reply.body.size()));
    });
    return true;
}

void HttpAdapter::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    socket->write(serialize(HttpReply{404, {}, {}, {}, 0}, {}, 0));
}

#else

namespace {

void writeWithResponder(QHttpServerResponder &responder, const HttpReply &reply)
{
    const auto status = QHttpServerResponder::StatusCode(reply.status);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers;
    for (const auto &header : reply.headers)
        headers.append(QAnyStringView(header.first), QAnyStringView(header.second));
    responder.write(reply.body, headers, status); // adds Content-Length
#else
    responder.writeStatusLine(status);
    for (const auto &header : reply.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeHeader(QByteArrayLiteral("Content-Length"),
                          QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
#endif
}

} // namespace

// Qt 6.5+ hides the socket; the tracking TCP server finds it by the client's port. Keeping the
// responder alive (moved into a shared pointer) keeps Qt's connection state alive for a late
// answer.
bool HttpAdapter::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const QPointer<QTcpSocket> socket
        = m_tcpServer ? m_tcpServer->socketForPeerPort(request.remotePort()) : nullptr;
    auto kept = std::make_shared<QHttpServerResponder>(std::move(responder));
    deliver(m_handler(toData(request)), socket,
            [kept](const HttpReply &reply) { writeWithResponder(*kept, reply); });
    return true;
}

#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
void HttpAdapter::missingHandler(const QHttpServerRequest &, QHttpServerResponder &&responder)
#else
void HttpAdapter::missingHandler(const QHttpServerRequest &, QHttpServerResponder &responder)
#endif
{
    writeWithResponder(responder, HttpReply{404, {}, {}, {}, 0});
}

#endif

} // namespace sandbox
