#pragma once

#include "faultinjector.h"
#include "httpmessage.h"
#include "ratelimiter.h"
#include "requeststats.h"
#include "sandboxoptions.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>

namespace sandbox {

class HttpAdapter;
class SandboxApi;
struct ApiResponse;

/// The sandbox as a library: a generated Intercom workspace (SandboxApi) served over HTTP on
/// 127.0.0.1, with bearer-token auth, Intercom's rate-limit headers, fault injection and the
/// test routes /__sandbox/redirect, /__sandbox/stats and /__sandbox/token. Used in-process by
/// `triage --demo`, tests and benchmarks, and by the `triage-sandbox` executable.
///
/// Lives in (and answers in) the thread that creates it; that thread needs an event loop.
/// Generating a large workspace takes a while: create it in a worker thread to keep a GUI free.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(const SandboxOptions &options = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    /// Generates the workspace (unless api() already did) and listens. False + \a error on failure.
    bool start(QString *error = nullptr);
    bool isListening() const;

    /// "http://127.0.0.1:<port>", no trailing slash; empty before start().
    QUrl url() const;
    quint16 port() const;
    /// The only access token accepted.
    QString token() const { return m_token; }
    /// Rotates the token: from now on only \a token is accepted (an empty one: a newly generated
    /// "sbx_…" token), and requests with the old one get Intercom's 401 "unauthorized" error, as
    /// after a revoked token. POST /__sandbox/token does the same over HTTP.
    void setToken(const QString &token);
    /// How long generating the workspace took, in milliseconds.
    qint64 generationMs() const { return m_generationMs; }

    /// The REST layer, for tests that check state without HTTP. Generates the workspace if needed.
    SandboxApi &api();

    /// Shifts the sandbox clock (workspace time and rate-limit windows) by \a seconds, so tests
    /// can step past a rate-limit window or a snooze without sleeping.
    void setClockOffset(qint64 seconds) { m_clockOffset = seconds; }
    qint64 clockOffset() const { return m_clockOffset; }
    /// The clock that rate-limit windows follow (UNIX seconds, offset applied).
    qint64 now() const;

    void setRateLimit(int requestsPerWindow);
    void setFaultOptions(const FaultOptions &options);

    /// What GET /__sandbox/stats answers.
    QJsonObject stats() const;
    void resetStats() { m_stats.reset(); }

private:
    HttpReply respond(const HttpRequestData &request);
    HttpReply respondToSandboxRoute(const HttpRequestData &request, const QString &requestId);
    HttpReply applyFault(FaultKind fault, const HttpRequestData &request, const QString &requestId,
                         const RateLimiter::Decision &limit);
    HttpReply callApi(const HttpRequestData &request, const QString &requestId);
    HttpReply toReply(const ApiResponse &response, const QString &requestId) const;
    bool isAuthorized(const HttpRequestData &request) const;
    qint64 workspaceNow() const;
    static QString nextRequestId();
    static void addRateLimitHeaders(HttpReply &reply, const RateLimiter::Decision &decision);

    SandboxOptions m_options;
    QString m_token;
    std::unique_ptr<SandboxApi> m_api;
    HttpAdapter *m_http = nullptr;
    RateLimiter m_rateLimiter;
    FaultInjector m_faults;
    RequestStats m_stats;
    qint64 m_generationMs = 0;
    qint64 m_clockOffset = 0;
    qint64 m_startedAt = 0; ///< real UNIX seconds when the workspace was generated
};

} // namespace sandbox
