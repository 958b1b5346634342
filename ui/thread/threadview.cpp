#include "threadview.h"

#include "linkconfirmdialog.h"
#include "remoteimageloader.h"
#include "threadscrollarea.h"
#include "ui/html/linkpolicy.h"

#include "models/threadmodel.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

ThreadView::ThreadView(QWidget *parent)
    : QWidget(parent)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("threadView"));
    setAccessibleName(tr("Conversation"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("threadStatus"));
    m_status->setContentsMargins(12, 4, 12, 4);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->hide();

    m_imagesBar = new QWidget(this);
    m_imagesBar->setObjectName(QStringLiteral("threadImagesBar"));
    m_imagesBar->setAccessibleName(tr("Remote images"));
    m_imagesBar->setBackgroundRole(QPalette::AlternateBase);
    m_imagesBar->setAutoFillBackground(true);
    auto *imagesText
        = new QLabel(tr("Remote images are hidden to protect your privacy."), m_imagesBar);
    imagesText->setObjectName(QStringLiteral("threadImagesText"));
    imagesText->setWordWrap(true);
    m_loadImagesButton = new QPushButton(tr("Load images"), m_imagesBar);
    m_loadImagesButton->setObjectName(QStringLiteral("threadLoadImagesButton"));
    m_loadImagesButton->setAccessibleName(tr("Load remote images of this conversation"));
    auto *barLayout = new QHBoxLayout(m_imagesBar);
    barLayout->setContentsMargins(12, 4, 12, 4);
    barLayout->addWidget(imagesText, 1);
    barLayout->addWidget(m_loadImagesButton);
    m_imagesBar->hide();
    connect(m_loadImagesButton, &QPushButton::clicked, this, &ThreadView::loadImages);

    m_images = new RemoteImageLoader(this);
    m_area = new ThreadScrollArea(this);
    m_area->setImageLoader(m_images);
    connect(m_area, &ThreadScrollArea::linkActivated, this, &ThreadView::requestOpenUrl);
    connect(m_area, &ThreadScrollArea::attachmentActivated, this, &ThreadView::requestOpenUrl);
    connect(m_area, &ThreadScrollArea::blockedImagesChanged, this, &ThreadView::updateImagesBar);
    setFocusProxy(m_area);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_status);
    layout->addWidget(m_imagesBar);
    layout->addWidget(m_area, 1);
    updateStatus();
}

ThreadView::~ThreadView() = default;

void ThreadView::setModel(models::ThreadModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (model) {
        connect(model, &models::ThreadModel::fetchStateChanged, this, &ThreadView::updateStatus);
        connect(model, &models::ThreadModel::conversationChanged, this, &ThreadView::updateStatus);
        connect(model, &QAbstractItemModel::modelReset, this, &ThreadView::updateStatus);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ThreadView::updateStatus);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ThreadView::updateStatus);
    }
    m_area->setModel(model);
    updateStatus();
}

models::ThreadModel *ThreadView::model() const
{
    return m_model;
}

void ThreadView::setImageNetworkAccessManager(QNetworkAccessManager *manager)
{
    m_images->setNetworkAccessManager(manager);
}

void ThreadView::setUrlOpener(UrlOpener opener)
{
    m_opener = std::move(opener);
}

bool ThreadView::isAtBottom() const
{
    return m_area->isAtBottom();
}

bool ThreadView::remoteImagesLoaded() const
{
    return m_area->remoteImagesAllowed();
}

void ThreadView::loadImages()
{
    m_area->allowRemoteImages();
    m_imagesBar->hide();
}

void ThreadView::scrollToTop()
{
    m_area->scrollToTop();
}

void ThreadView::scrollToBottom()
{
    m_area->scrollToBottom();
}

void ThreadView::requestOpenUrl(const QUrl &url)
{
    if (!LinkPolicy::isOpenable(url))
        return;
    auto *dialog = new LinkConfirmDialog(url, this);
    connect(dialog, &QDialog::accepted, this, [this, url] {
        if (m_opener && LinkPolicy::isOpenable(url) && m_opener(url))
            Q_EMIT urlOpened(url);
    });
    dialog->open();
}

void ThreadView::updateImagesBar(int blockedImages)
{
    m_imagesBar->setVisible(blockedImages > 0 && !m_area->remoteImagesAllowed());
}

void ThreadView::updateStatus()
{
    const bool hasConversation = m_model && !m_model->conversationId().isEmpty();
    const bool empty = !m_model || m_model->rowCount() == 0;
    const bool loading = hasConversation && m_model->isLoading();
    const bool stale = hasConversation && m_model->isStale();

    if (!hasConversation)
        m_area->setPlaceholderText(tr("Select a conversation"));
    else if (loading)
        m_area->setPlaceholderText(tr("Loading conversation…"));
    else
        m_area->setPlaceholderText(tr("This conversation has no messages yet."));

    QString status;
    if (!empty && loading)
        status = tr("Loading the latest messages…");
    else if (!empty && stale)
        status = tr("This conversation changed since it was last loaded; showing the saved copy.");
    m_status->setText(status);
    m_status->setAccessibleName(status);
    m_status->setVisible(!status.isEmpty());
    if (!hasConversation)
        m_imagesBar->hide();
}

} // namespace ui
