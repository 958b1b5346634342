#pragma once

#include <QHash>
#include <QImage>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

class QNetworkReply;

namespace ui {

/// Fetches the remote images of conversation bodies once the agent asked for them ("Load
/// images"), and keeps them for the session. Privacy rules: http/https only, no cookies sent or
/// stored, no credentials (the manager is a plain one, never the Intercom client's), no
/// redirect to a less safe scheme, and a size cap (bigger downloads are aborted). Images wider
/// than MaxWidth are scaled down once, so a huge picture cannot blow up a card's layout.
/// Nothing is requested unless request() is called. GUI thread; the manager is not owned and
/// must outlive the loader (or be replaced first).
class RemoteImageLoader : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 MaxImageBytes = 8 * 1024 * 1024;
    static constexpr int MaxWidth = 640;

    explicit RemoteImageLoader(QObject *parent = nullptr);
    ~RemoteImageLoader() override;

    void setNetworkAccessManager(QNetworkAccessManager *manager);
    QNetworkAccessManager *networkAccessManager() const { return m_manager; }

    /// The image of \a url once it arrived; a null image before, or when it failed.
    QImage image(const QUrl &url) const { return m_images.value(url); }
    bool hasFailed(const QUrl &url) const { return m_failed.contains(url); }

    /// Starts fetching \a url unless it is loaded, in flight or failed before. Returns false
    /// (and fetches nothing) for other schemes or without a network access manager.
    bool request(const QUrl &url);
    int requestsStarted() const { return m_started; }

    static bool isFetchable(const QUrl &url);

Q_SIGNALS:
    void imageReady(const QUrl &url);
    void imageFailed(const QUrl &url);

private:
    void finish(QNetworkReply *reply);
    void abortOversized(QNetworkReply *reply, qint64 received, qint64 total);

    QPointer<QNetworkAccessManager> m_manager;
    QHash<QUrl, QImage> m_images;
    QSet<QUrl> m_failed;
    QHash<QNetworkReply *, QUrl> m_inFlight;
    int m_started = 0;
};

} // namespace ui
