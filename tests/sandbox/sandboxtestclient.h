#pragma once

#include "sandbox/httpmessage.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

/// What a test saw of one HTTP exchange with the sandbox.
struct TestReply
{
    int status = 0; ///< 0 when no HTTP answer arrived
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    sandbox::HttpHeaderList headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const;
    /// The body as a JSON object; \a ok tells whether it parsed.
    QJsonObject json(bool *ok = nullptr) const;
    /// errors[0].code of an error.list body.
    QString errorCode() const;
};

/// Synchronous requests against a sandbox over real loopback HTTP, for tests only.
/// One QNetworkAccessManager, so connections are reused the way the app reuses them.
class SandboxTestClient
{
public:
    SandboxTestClient(const QUrl &base, const QString &token);

    void setToken(const QString &token) { m_token = token; }

    /// \a target is a path with an optional query ("/conversations?per_page=5").
    /// \a transferTimeoutMs 0 = none. Redirects are never followed.
    TestReply send(const QByteArray &method, const QString &target, const QByteArray &body = {},
                   const sandbox::HttpHeaderList &extraHeaders = {}, int transferTimeoutMs = 0);
    TestReply get(const QString &target, const sandbox::HttpHeaderList &extraHeaders = {})
    {
        return send(QByteArrayLiteral("GET"), target, {}, extraHeaders);
    }
    /// GET /__sandbox/stats.
    QJsonObject stats();

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QString m_token;
};
