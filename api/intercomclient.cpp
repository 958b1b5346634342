#include "intercomclient.h"

#include "httptrace.h"
#include "oneshotupload.h"
#include "transportpolicy.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

#include <climits>
#include <utility>

namespace api {

namespace {

QNetworkReply *startRequest(QNetworkAccessManager *network, QNetworkRequest request,
                            const RequestSpec &spec)
{
    if (!spec.idempotent) {
        // Never resent by QNAM itself after a dropped connection (see OneShotUpload).
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, spec.body.size());
        auto *upload = new OneShotUpload(spec.body);
        QNetworkReply *reply = network->sendCustomRequest(request, spec.method, upload);
        upload->setParent(reply);
        return reply;
    }
    // The standard verbs keep QNAM's own handling (e.g. of redirects) as documented.
    if (spec.method == "GET" && spec.body.isEmpty())
        return network->get(request);
    if (spec.method == "POST")
        return network->post(request, spec.body);
    if (spec.method == "PUT")
        return network->put(request, spec.body);
    if (spec.method == "DELETE" && spec.body.isEmpty())
        return network->deleteResource(request);
    return network->sendCustomRequest(request, spec.method, spec.body);
}

} // namespace

IntercomClient::IntercomClient(const ClientConfig &config, QNetworkAccessManager *network,
                               QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_network(network ? network : new QNetworkAccessManager(this))
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
    HttpTrace::applyEnvironment();
    m_pacingTimer.setSingleShot(true);
    connect(&m_pacingTimer, &QTimer::timeout, this, &IntercomClient::pump);
}

IntercomClient::~IntercomClient()
{
    m_pacingTimer.stop();
    // Every job learns that it is over while the client is still whole.
    const QList<ApiJob *> jobs(m_jobs.cbegin(), m_jobs.cend());
    for (ApiJob *job : jobs)
        job->abort();
}

JsonJob *IntercomClient::call(const QByteArray &method, const QString &path,
                              const QJsonObject &body, const QUrlQuery &query, bool idempotent)
{
    RequestSpec spec = body.isEmpty() ? RequestSpec::get(path, query)
                                      : RequestSpec::withBody(method, path, body);
    spec.method = method;
    spec.query = query;
    spec.idempotent = method != "POST" || idempotent;
    return send<QJsonObject>(spec, [](const QJsonObject &json) { return json; });
}

void IntercomClient::setToken(const QByteArray &token)
{
    m_config.token = token;
    ++m_tokenGeneration;
    m_authenticationRequired = false;
    Q_EMIT tokenChanged();
    schedulePump();
}

void IntercomClient::enqueue(ApiJob *job)
{
    enqueueValid(job, {});
}

void IntercomClient::enqueueValid(ApiJob *job, const QString &problem)
{
    // The token goes with every request: never over plain http to another machine.
    const TransportPolicy::Verdict verdict = TransportPolicy::check(m_config.baseUrl());
    if (verdict != TransportPolicy::Verdict::Allowed) {
        refuseLater(job, ApiError::make(ApiError::Category::InvalidRequest,
                                        TransportPolicy::explain(verdict)));
        return;
    }
    if (!problem.isEmpty()) {
        refuseLater(job, ApiError::make(ApiError::Category::InvalidRequest, problem));
        return;
    }
    m_jobs.insert(job);
    connect(job, &ApiJob::finished, this, [this, job] {
        m_jobs.remove(job);
        m_inFlight.remove(job);
        m_queue.removeAll(job);
        schedulePump();
    });
    m_queue.append(job);
    schedulePump();
}

void IntercomClient::refuseLater(ApiJob *job, const ApiError &error)
{
    m_jobs.insert(job);
    connect(job, &ApiJob::finished, this, [this, job] { m_jobs.remove(job); });
    // Later, so that the caller can connect to finished() first.
    QTimer::singleShot(0, job, [job, error] { job->finishWith(error, {}); });
}

void IntercomClient::refuseQueued()
{
    const QList<ApiJob *> held = std::exchange(m_queue, {});
    if (!held.isEmpty())
        qCDebug(lcApiHttp) << "not sent, waiting for a new access token:" << held.size();
    QList<QPointer<ApiJob>> jobs(held.cbegin(), held.cend());
    const ApiError error = ApiError::make(ApiError::Category::Authentication,
                                          QStringLiteral("not sent: the access token was refused"));
    for (const QPointer<ApiJob> &job : jobs) {
        if (job) // a finished() handler may have destroyed a later one
            job->finishWith(error, {});
    }
}

bool IntercomClient::handleUnauthorized(ApiJob *job)
{
    if (job->m_tokenGeneration != m_tokenGeneration) {
        // Sent before setToken(): the new token has not been tried on it yet.
        qCDebug(lcApiHttp) << "401 with an earlier token: resending with the current one";
        m_queue.prepend(job);
        schedulePump();
        return true;
    }
    return false;
}

void IntercomClient::schedulePump()
{
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(this, &IntercomClient::pump, Qt::QueuedConnection);
}

void IntercomClient::pump()
{
    m_pumpScheduled = false;
    if (m_authenticationRequired) {
        refuseQueued();
        return;
    }
    while (!m_queue.isEmpty() && m_inFlight.size() < qMax(1, m_config.maxInFlight)) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 delay
            = pacingDelayMs(m_rateLimit, now, m_lastSendMs, int(m_inFlight.size()), m_pacing);
        if (delay > 0) {
            m_pacingTimer.start(int(qMin<qint64>(delay, INT_MAX)));
            return;
        }
        dispatch(m_queue.takeFirst());
    }
}

void IntercomClient::dispatch(ApiJob *job)
{
    const RequestSpec &spec = job->request();
    QNetworkRequest request
        = RequestBuilder::build(m_config, spec, job->extraHeaders(), job->transferTimeout());
    const bool redirected = job->m_redirectUrl.isValid();
    if (redirected)
        request.setUrl(job->m_redirectUrl);
    else
        job->m_redirects = 0;
    job->m_redirectUrl.clear();
    job->m_tokenGeneration = m_tokenGeneration; // the token that build() put in the request
    QNetworkReply *reply = startRequest(m_network, request, spec);
    m_inFlight.insert(job);
    m_lastSendMs = QDateTime::currentMSecsSinceEpoch();
    job->attachReply(reply, !redirected);
    job->m_requestUrl = request.url();
    if (HttpTrace::isEnabled()) {
        RawHeaders headers;
        const QList<QByteArray> names = request.rawHeaderList();
        for (const QByteArray &name : names)
            headers.append({name, request.rawHeader(name)});
        qCDebug(lcApiHttp).noquote()
            << HttpTrace::requestLine(spec.method, request.url(), headers, job->attempts());
    }
    connect(reply, &QNetworkReply::finished, job, [this, job, reply] { handleReply(job, reply); });
}

bool IntercomClient::followRedirect(ApiJob *job, QNetworkReply *reply, int httpStatus)
{
    if (httpStatus != 301 && httpStatus != 302 && httpStatus != 303 && httpStatus != 307
        && httpStatus != 308)
        return false;
    const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (!location.isValid())
        return false;
    const QUrl target = job->m_requestUrl.resolved(location);
    const QString shown = target.toString(QUrl::RemoveUserInfo);
    // Every hop stays at the origin of the first request, so the token never goes elsewhere.
    if (!RequestBuilder::isSameOrigin(job->m_requestUrl, target)
        || ++job->m_redirects > m_config.maxRedirects) {
        qCDebug(lcApiHttp).noquote() << "redirect refused to" << shown;
        job->m_redirectRefused = true;
        return false;
    }
    qCDebug(lcApiHttp).noquote() << "redirect followed to" << shown;
    RequestSpec &spec = job->m_spec;
    if (httpStatus == 303 || ((httpStatus == 301 || httpStatus == 302) && spec.method == "POST")) {
        spec.method = "GET";
        spec.body.clear();
    }
    job->m_redirectUrl = target;
    m_queue.prepend(job);
    schedulePump();
    return true;
}

void IntercomClient::updateRateLimit(const RawHeaders &headers)
{
    const std::optional<RateLimitState> state = RateLimitState::fromHeaders(headers);
    if (!state || *state == m_rateLimit)
        return;
    m_rateLimit = *state;
    Q_EMIT rateLimitChanged(m_rateLimit);
}

void IntercomClient::handleReply(ApiJob *job, QNetworkReply *reply)
{
    if (job->m_reply != reply)
        return;
    job->takeReply();
    reply->deleteLater();
    m_inFlight.remove(job);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const RawHeaders headers = reply->rawHeaderPairs();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    job->m_httpStatus = status;
    job->m_responseHeaders = headers;
    updateRateLimit(headers);
    if (followRedirect(job, reply, status))
        return;

    ApiError error;
    if (job->m_redirectRefused) {
        error = ApiError::make(ApiError::Category::RedirectRefused,
                               reply->url().toString(QUrl::RemoveUserInfo));
        error.httpStatus = status;
    } else {
        error = ApiError::fromResponse(status, reply->error(), reply->errorString(), body, headers,
                                       now);
        // Our own aborts disconnect first, so a cancel seen here is the transfer timeout.
        if (error.category == ApiError::Category::Cancelled)
            error.category = ApiError::Category::Timeout;
    }
    qCDebug(lcApiHttp).noquote() << HttpTrace::responseLine(
        job->request().method, reply->url(), status, job->m_sendTimer.elapsed(), headers,
        error ? ApiError::categoryName(error.category) + QLatin1Char(' ') + error.message
              : QString());

    bool newlyUnauthorized = false;
    if (error.category == ApiError::Category::Authentication) {
        if (handleUnauthorized(job))
            return;
        // Hold every other request until a new token comes (setToken()).
        newlyUnauthorized = !m_authenticationRequired;
        m_authenticationRequired = true;
    }
    if (error) {
        RetryInput input;
        input.attempt = job->attempts();
        input.error = error;
        input.idempotent = job->request().idempotent;
        input.randomUnit = m_random();
        const RetryPolicy policy = job->retryPolicy().value_or(m_config.retryPolicy);
        if (const std::optional<qint64> delay = retryDelayMs(policy, input)) {
            qCDebug(lcApiHttp).noquote() << "retry in" << *delay << "ms";
            QTimer::singleShot(int(*delay), job, [this, job] {
                if (job->isFinished())
                    return;
                m_queue.prepend(job);
                schedulePump();
            });
            schedulePump();
            return;
        }
    }
    if (newlyUnauthorized) {
        const QPointer<ApiJob> guard(job);
        Q_EMIT authenticationFailed(); // a listener might even destroy the client
        if (!guard)
            return;
    }
    job->finishWith(error, QJsonDocument::fromJson(body).object());
}

} // namespace api
