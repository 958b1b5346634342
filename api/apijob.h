#pragma once

#include "apierror.h"
#include "rawheaders.h"
#include "requestbuilder.h"
#include "retrypolicy.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <optional>

class QNetworkReply;

namespace api {

class IntercomClient;

/// One API request and its answer. Created by IntercomClient (which parents and sends it on
/// the next event-loop turn, so headers and options may be set right after creation).
/// finished() is emitted exactly once: on success, on failure, on abort(), and even when the
/// job or its client is destroyed first. By default the job deletes itself (deleteLater)
/// after finished(); call setAutoDelete(false) to keep it. GUI-thread object.
class ApiJob : public QObject
{
    Q_OBJECT
public:
    ~ApiJob() override;

    /// The error; converts to false on success.
    const ApiError &error() const { return m_error; }
    /// The answer body as a JSON object (also on HTTP errors that carried one).
    QJsonObject json() const { return m_json; }
    int httpStatus() const { return m_httpStatus; }
    RawHeaders responseHeaders() const { return m_responseHeaders; }
    /// How many times the request was sent (1 + retries).
    int attempts() const { return m_attempts; }
    const RequestSpec &request() const { return m_spec; }
    bool isFinished() const { return m_finished; }

    /// An extra header for this request (e.g. X-Sandbox-Fault in tests). Before sending only.
    void setRawHeader(const QByteArray &name, const QByteArray &value);
    RawHeaders extraHeaders() const { return m_extraHeaders; }
    /// Overrides the client's retry policy for this job.
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    std::optional<RetryPolicy> retryPolicy() const { return m_retryPolicy; }
    /// Overrides the client's transfer timeout for this job.
    void setTransferTimeout(int milliseconds) { m_transferTimeoutMs = milliseconds; }
    int transferTimeout() const { return m_transferTimeoutMs; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    /// Stops the request; finished() is emitted with a Cancelled error (unless already done).
    void abort();

Q_SIGNALS:
    void finished();

protected:
    ApiJob(const RequestSpec &spec, QObject *parent);
    /// Fills the typed result from a successful answer; called just before finished().
    virtual void parseResult(const QJsonObject &body) { Q_UNUSED(body) }
    /// For subclasses' destructors: emit finished() while the typed result still exists.
    void finishIfPending();

private:
    friend class IntercomClient;

    void attachReply(QNetworkReply *reply, bool newAttempt);
    QNetworkReply *takeReply();
    void finishWith(const ApiError &error, const QJsonObject &body);

    RequestSpec m_spec;
    RawHeaders m_extraHeaders;
    std::optional<RetryPolicy> m_retryPolicy;
    int m_transferTimeoutMs = -1;
    bool m_autoDelete = true;

    QPointer<QNetworkReply> m_reply;
    QUrl m_requestUrl;  ///< where the current request went; a redirect must stay at its origin
    QUrl m_redirectUrl; ///< set while a redirect is to be followed by the next send
    QElapsedTimer m_sendTimer;
    int m_redirects = 0; ///< redirects followed within the current attempt
    bool m_redirectRefused = false;
    quint64 m_tokenGeneration = 0; ///< the client's token generation when last sent
    bool m_finished = false;
    int m_attempts = 0;
    int m_httpStatus = 0;
    ApiError m_error;
    QJsonObject m_json;
    RawHeaders m_responseHeaders;
};

/// A job with a typed result, parsed by `Parser` from the answer body.
/// `result()` is valid after finished() when error() is false.
template<typename T> class ResultJob : public ApiJob
{
public:
    using Parser = T (*)(const QJsonObject &);

    ResultJob(const RequestSpec &spec, Parser parser, QObject *parent)
        : ApiJob(spec, parent)
        , m_parser(parser)
    {}
    ~ResultJob() override { finishIfPending(); }

    const T &result() const { return m_result; }

protected:
    void parseResult(const QJsonObject &body) override { m_result = m_parser(body); }

private:
    Parser m_parser;
    T m_result{};
};

} // namespace api
