#include "sandboxtestclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>

QByteArray TestReply::header(const QByteArray &name) const
{
    for (const auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return entry.second;
    }
    return {};
}

QJsonObject TestReply::json(bool *ok) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (ok)
        *ok = parseError.error == QJsonParseError::NoError && document.isObject();
    return document.object();
}

QString TestReply::errorCode() const
{
    return json()
        .value(QStringLiteral("errors"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

SandboxTestClient::SandboxTestClient(const QUrl &base, const QString &token)
    : m_base(base)
    , m_token(token)
{}

TestReply SandboxTestClient::send(const QByteArray &method, const QString &target,
                                  const QByteArray &body,
                                  const sandbox::HttpHeaderList &extraHeaders,
                                  int transferTimeoutMs)
{
    QUrl url = m_base;
    const qsizetype question = target.indexOf(QLatin1Char('?'));
    url.setPath(question < 0 ? target : target.left(question));
    if (question >= 0)
        url.setQuery(target.mid(question + 1));

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    for (const auto &header : extraHeaders)
        request.setRawHeader(header.first, header.second);
    if (transferTimeoutMs > 0)
        request.setTransferTimeout(transferTimeoutMs);

    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(30000);

    TestReply result;
    result.elapsedMs = timer.elapsed();
    result.error = reply->error();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        result.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.append(pair);
    reply->deleteLater();
    return result;
}

QJsonObject SandboxTestClient::stats()
{
    return get(QStringLiteral("/__sandbox/stats")).json();
}
