#include "remoteimageloader.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace ui {

namespace {

constexpr int TransferTimeoutMs = 30'000;
constexpr int MaxRedirects = 3;

} // namespace

RemoteImageLoader::RemoteImageLoader(QObject *parent)
    : QObject(parent)
{}

RemoteImageLoader::~RemoteImageLoader()
{
    // Replies are children of the manager, which may outlive us: stop them from calling back.
    const QList<QNetworkReply *> replies = m_inFlight.keys();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void RemoteImageLoader::setNetworkAccessManager(QNetworkAccessManager *manager)
{
    m_manager = manager;
}

bool RemoteImageLoader::isFetchable(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty()
           && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

bool RemoteImageLoader::request(const QUrl &url)
{
    if (!m_manager || !isFetchable(url))
        return false;
    if (m_images.contains(url) || m_failed.contains(url))
        return true;
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it) {
        if (it.value() == url)
            return true;
    }

    QNetworkRequest request(url);
    // No cookies either way: a tracking pixel must not learn who reads the conversation.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(MaxRedirects);
    request.setTransferTimeout(TransferTimeoutMs);
    request.setRawHeader("Accept", "image/*");

    QNetworkReply *reply = m_manager->get(request);
    ++m_started;
    m_inFlight.insert(reply, url);
    connect(
        reply, &QNetworkReply::downloadProgress, this,
        [this, reply](qint64 received, qint64 total) { abortOversized(reply, received, total); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finish(reply); });
    return true;
}

void RemoteImageLoader::abortOversized(QNetworkReply *reply, qint64 received, qint64 total)
{
    if (received > MaxImageBytes || total > MaxImageBytes)
        reply->abort(); // finished() follows with OperationCanceledError
}

void RemoteImageLoader::finish(QNetworkReply *reply)
{
    reply->deleteLater();
    const QUrl url = m_inFlight.take(reply);
    if (url.isEmpty())
        return;
    QImage image;
    if (reply->error() == QNetworkReply::NoError) {
        const QByteArray data = reply->readAll();
        if (data.size() <= MaxImageBytes)
            image = QImage::fromData(data);
    }
    if (image.isNull()) {
        m_failed.insert(url);
        Q_EMIT imageFailed(url);
        return;
    }
    if (image.width() > MaxWidth)
        image = image.scaledToWidth(MaxWidth, Qt::SmoothTransformation);
    m_images.insert(url, image);
    Q_EMIT imageReady(url);
}

} // namespace ui
