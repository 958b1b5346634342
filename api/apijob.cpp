#include "apijob.h"

#include <QNetworkReply>
#include <QTimer>

namespace api {

ApiJob::ApiJob(const RequestSpec &spec, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
{}

ApiJob::~ApiJob()
{
    finishIfPending();
}

void ApiJob::setRawHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : m_extraHeaders) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    m_extraHeaders.append({name, value});
}

void ApiJob::abort()
{
    if (m_finished)
        return;
    finishWith(ApiError::make(ApiError::Category::Cancelled), {});
}

void ApiJob::finishIfPending()
{
    if (!m_finished) {
        m_autoDelete = false; // already being destroyed
        abort();
    }
}

void ApiJob::attachReply(QNetworkReply *reply, bool newAttempt)
{
    m_reply = reply;
    if (newAttempt)
        ++m_attempts;
    m_sendTimer.start();
}

QNetworkReply *ApiJob::takeReply()
{
    QNetworkReply *reply = m_reply.data();
    m_reply.clear();
    return reply;
}

void ApiJob::finishWith(const ApiError &error, const QJsonObject &body)
{
    if (m_finished)
        return;
    m_finished = true;
    if (QNetworkReply *reply = takeReply()) {
        // Detach first: abort() emits finished() synchronously.
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_error = error;
    m_json = body;
    if (!m_error)
        parseResult(body);
    Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}

} // namespace api
