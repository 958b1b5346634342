#include "sandboxserver.h"

#include "httpadapter.h"
#include "sandboxapi.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QUuid>

namespace sandbox {

namespace {

const QString sandboxPrefix = QStringLiteral("/__sandbox/");

QString generateToken()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / qsizetype(sizeof(quint32)));
    return QStringLiteral("sbx_") + QString::fromLatin1(bytes.toHex());
}

qint64 realNow()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_token(options.token.isEmpty() ? generateToken() : options.token)
    , m_rateLimiter(options.rateLimit, RateLimiter::DefaultWindowSeconds, [this] { return now(); })
    , m_faults(options.faults)
{}

SandboxServer::~SandboxServer() = default;

void SandboxServer::setToken(const QString &token)
{
    m_token = token.isEmpty() ? generateToken() : token;
}

SandboxApi &SandboxServer::api()
{
    if (!m_api) {
        QElapsedTimer timer;
        timer.start();
        m_startedAt = realNow();
        if (m_options.workspace.now == 0)
            m_options.workspace.now = m_startedAt;
        m_api = std::make_unique<SandboxApi>(m_options.workspace);
        m_generationMs = timer.elapsed();
    }
    return *m_api;
}

bool SandboxServer::start(QString *error)
{
    if (m_http)
        return true;
    api();
    auto *http = new HttpAdapter(
        [this](const HttpRequestData &request) { return respond(request); }, this);
    if (!http->listenOnLoopback(m_options.port, error)) {
        delete http;
        return false;
    }
    m_http = http;
    return true;
}

bool SandboxServer::isListening() const
{
    return m_http != nullptr;
}

quint16 SandboxServer::port() const
{
    return m_http ? m_http->port() : 0;
}

QUrl SandboxServer::url() const
{
    if (!m_http)
        return {};
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

qint64 SandboxServer::now() const
{
    return realNow() + m_clockOffset;
}

qint64 SandboxServer::workspaceNow() const
{
    // The workspace was generated "as of" workspace.now; its clock runs on from there.
    return m_options.workspace.now + (realNow() - m_startedAt) + m_clockOffset;
}

void SandboxServer::setRateLimit(int requestsPerWindow)
{
    m_rateLimiter.setLimit(requestsPerWindow);
}

void SandboxServer::setFaultOptions(const FaultOptions &options)
{
    m_faults.setOptions(options);
}

QJsonObject SandboxServer::stats() const
{
    QJsonObject json = m_stats.toJson();
    json.insert(QStringLiteral("type"), QStringLiteral("sandbox.stats"));
    json.insert(QStringLiteral("connections"), m_http ? m_http->connectionCount() : 0);
    return json;
}

QString SandboxServer::nextRequestId()
{
    // The official error schema types request_id as a UUID.
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool SandboxServer::isAuthorized(const HttpRequestData &request) const
{
    const QByteArray value = request.header(QByteArrayLiteral("Authorization")).trimmed();
    const QByteArray scheme = QByteArrayLiteral("bearer ");
    if (!value.left(scheme.size()).toLower().startsWith(scheme))
        return false;
    return value.mid(scheme.size()).trimmed() == m_token.toUtf8();
}

void SandboxServer::addRateLimitHeaders(HttpReply &reply, const RateLimiter::Decision &decision)
{
    reply.headers.append(
        {QByteArrayLiteral("X-RateLimit-Limit"), QByteArray::number(decision.limit)});
    reply.headers.append(
        {QByteArrayLiteral("X-RateLimit-Remaining"), QByteArray::number(decision.remaining)});
    reply.headers.append(
        {QByteArrayLiteral("X-RateLimit-Reset"), QByteArray::number(decision.resetAt)});
}

HttpReply SandboxServer::toReply(const ApiResponse &response, const QString &requestId) const
{
    HttpReply reply;
    reply.status = response.status;
    reply.body = QJsonDocument(response.body).toJson(QJsonDocument::Compact);
    reply.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    reply.headers.append({QByteArrayLiteral("X-Request-Id"), requestId.toUtf8()});
    reply.headers.append(response.headers);
    return reply;
}

HttpReply SandboxServer::respond(const HttpRequestData &request)
{
    const QString requestId = nextRequestId();
    const QString path = request.url.path(QUrl::FullyDecoded);

    if (path.startsWith(sandboxPrefix)) {
        HttpReply reply
            = isAuthorized(request)
                  ? respondToSandboxRoute(request, requestId)
                  : toReply(ApiResponse::error(401, QStringLiteral("unauthorized"),
                                               QStringLiteral("Access Token Invalid"), requestId),
                            requestId);
        addRateLimitHeaders(reply, m_rateLimiter.peek());
        return reply;
    }

    if (!isAuthorized(request)) {
        // Rejected requests do not cost quota, but still show where the window stands.
        HttpReply reply
            = toReply(ApiResponse::error(401, QStringLiteral("unauthorized"),
                                         QStringLiteral("Access Token Invalid"), requestId),
                      requestId);
        addRateLimitHeaders(reply, m_rateLimiter.peek());
        m_stats.record(request.method, path, reply.status, {});
        return reply;
    }

    const RateLimiter::Decision limit = m_rateLimiter.take();
    if (!limit.allowed) {
        HttpReply reply
            = toReply(ApiResponse::error(429, QStringLiteral("rate_limit_exceeded"),
                                         QStringLiteral("Rate limit exceeded"), requestId),
                      requestId);
        addRateLimitHeaders(reply, limit);
        m_stats.record(request.method, path, reply.status, {});
        return reply;
    }

    // A test forces a fault with X-Sandbox-Fault; otherwise the seeded injector decides.
    FaultKind fault = FaultKind::None;
    const QByteArray forced = request.header(QByteArrayLiteral("X-Sandbox-Fault"));
    if (!forced.isEmpty()) {
        const std::optional<FaultKind> kind = FaultInjector::fromName(forced);
        if (!kind) {
            HttpReply reply = toReply(
                ApiResponse::error(
                    400, QStringLiteral("parameter_invalid"),
                    QStringLiteral("Unknown X-Sandbox-Fault: %1").arg(QString::fromUtf8(forced)),
                    requestId),
                requestId);
            addRateLimitHeaders(reply, limit);
            m_stats.record(request.method, path, reply.status, {});
            return reply;
        }
        fault = *kind;
    } else {
        fault = m_faults.next();
    }

    HttpReply reply = applyFault(fault, request, requestId, limit);
    const bool dropped = reply.delivery == HttpReply::Delivery::Drop;
    m_stats.record(request.method, path, dropped ? 0 : reply.status,
                   fault == FaultKind::None ? QByteArray() : FaultInjector::name(fault));
    return reply;
}

HttpReply SandboxServer::applyFault(FaultKind fault, const HttpRequestData &request,
                                    const QString &requestId, const RateLimiter::Decision &limit)
{
    auto injectedError = [&](int status, const QString &code, const QString &message) {
        return toReply(ApiResponse::error(status, code, message, requestId), requestId);
    };

    HttpReply reply;
    RateLimiter::Decision shownLimit = limit;
    switch (fault) {
    case FaultKind::None:
        reply = callApi(request, requestId);
        break;
    case FaultKind::Status500:
        reply = injectedError(500, QStringLiteral("server_error"),
                              QStringLiteral("Internal server error (injected by the sandbox)"));
        break;
    case FaultKind::Status503:
        reply = injectedError(503, QStringLiteral("service_unavailable"),
                              QStringLiteral("Service unavailable (injected by the sandbox)"));
        break;
    case FaultKind::Status429:
        reply = injectedError(429, QStringLiteral("rate_limit_exceeded"),
                              QStringLiteral("Rate limit exceeded"));
        shownLimit.remaining = 0; // look exactly like a real exhausted window
        break;
    case FaultKind::Delay:
        reply = callApi(request, requestId);
        reply.delayMs = m_faults.options().delayMs;
        break;
    case FaultKind::DropBefore:
        reply.delivery = HttpReply::Delivery::Drop;
        break;
    case FaultKind::DropAfter:
        reply = callApi(request, requestId);
        reply.delivery = HttpReply::Delivery::Drop;
        break;
    case FaultKind::Malformed:
        reply = callApi(request, requestId);
        reply.status = 200;
        reply.body = reply.body.left(reply.body.size() / 2) + QByteArrayLiteral("<!-- malformed {");
        break;
    case FaultKind::Truncated:
        reply = callApi(request, requestId);
        reply.delivery = HttpReply::Delivery::Truncate;
        break;
    }
    addRateLimitHeaders(reply, shownLimit);
    return reply;
}

HttpReply SandboxServer::callApi(const HttpRequestData &request, const QString &requestId)
{
    ApiRequest apiRequest;
    apiRequest.method = request.method;
    apiRequest.path = request.url.path(QUrl::FullyDecoded);
    apiRequest.query = QUrlQuery(request.url);
    apiRequest.body = request.body;
    apiRequest.requestId = requestId;
    apiRequest.now = workspaceNow();
    apiRequest.baseUrl = url().toString();
    m_stats.recordHandled();
    return toReply(api().handle(apiRequest), requestId);
}

HttpReply SandboxServer::respondToSandboxRoute(const HttpRequestData &request,
                                               const QString &requestId)
{
    const QString route = request.url.path(QUrl::FullyDecoded).mid(sandboxPrefix.size());
    if (route == QLatin1String("stats") && request.method == "GET")
        return toReply(ApiResponse::ok(stats()), requestId);
    if (route == QLatin1String("stats") && request.method == "DELETE") {
        resetStats();
        return toReply(ApiResponse::ok(stats()), requestId);
    }
    if (route == QLatin1String("token") && request.method == "POST") {
        // Revokes the token the request came with: only the answer's token is accepted now.
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        setToken(body.value(QStringLiteral("token")).toString());
        return toReply(ApiResponse::ok({{QStringLiteral("type"), QStringLiteral("sandbox.token")},
                                        {QStringLiteral("token"), m_token}}),
                       requestId);
    }
    if (route == QLatin1String("redirect") && request.method == "GET") {
        const QString target
            = QUrlQuery(request.url).queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded);
        const QUrl location(target);
        if (target.isEmpty() || !location.isValid()) {
            return toReply(ApiResponse::error(400, QStringLiteral("parameter_invalid"),
                                              QStringLiteral("redirect needs ?to=<url>"),
                                              requestId),
                           requestId);
        }
        HttpReply reply
            = toReply(ApiResponse::ok({{QStringLiteral("type"), QStringLiteral("redirect")},
                                       {QStringLiteral("location"), target}}),
                      requestId);
        reply.status = 302;
        reply.headers.append({QByteArrayLiteral("Location"), location.toEncoded()});
        return reply;
    }
    return toReply(ApiResponse::error(404, QStringLiteral("not_found"),
                                      QStringLiteral("Resource Not Found"), requestId),
                   requestId);
}

} // namespace sandbox
