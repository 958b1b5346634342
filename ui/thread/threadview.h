#pragma once

#include "models/threadmodel.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>

class QLabel;
class QNetworkAccessManager;
class QPushButton;

namespace ui {

class RemoteImageLoader;
class ThreadScrollArea;

/// The conversation thread of the right pane: every part of a ThreadModel in order (messages
/// as cards, notes tinted, events as compact lines), opening at the newest part. Above it, a
/// status line (loading, stale) and the "Load images" bar: remote images stay unfetched until
/// the agent loads them for that conversation (remembered for the session). Links and
/// attachments open in the system browser after a confirmation that shows the address; only
/// what LinkPolicy::isOpenable() accepts is ever opened.
///
/// Keyboard: the view takes focus; Up/Down/PageUp/PageDown/Home/End scroll; Tab walks the
/// links and attachment buttons of the parts on screen. GUI thread; the model and the network
/// access manager are not owned (the manager must be a plain one, without the Intercom token).
class ThreadView : public QWidget
{
    Q_OBJECT
public:
    using UrlOpener = std::function<bool(const QUrl &)>;

    explicit ThreadView(QWidget *parent = nullptr);
    ~ThreadView() override;

    void setModel(models::ThreadModel *model);
    models::ThreadModel *model() const;

    /// The manager remote images are fetched with once the agent loads them; none: never.
    void setImageNetworkAccessManager(QNetworkAccessManager *manager);
    /// What opens a confirmed URL; QDesktopServices::openUrl by default (tests inject).
    void setUrlOpener(UrlOpener opener);

    bool isAtBottom() const;
    bool remoteImagesLoaded() const;
    ThreadScrollArea *scrollArea() const { return m_area; }

public Q_SLOTS:
    /// Shows the remote images of the current conversation (and remembers that choice).
    void loadImages();
    void scrollToTop();
    void scrollToBottom();
    /// The confirmation flow of links and attachments: nothing for URLs LinkPolicy refuses.
    void requestOpenUrl(const QUrl &url);

Q_SIGNALS:
    void urlOpened(const QUrl &url);

private:
    void updateStatus();
    void updateImagesBar(int blockedImages);

    QPointer<models::ThreadModel> m_model;
    ThreadScrollArea *m_area = nullptr;
    RemoteImageLoader *m_images = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_imagesBar = nullptr;
    QPushButton *m_loadImagesButton = nullptr;
    UrlOpener m_opener;
};

} // namespace ui
