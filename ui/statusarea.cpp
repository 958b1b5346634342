#include "statusarea.h"

#include "syncstatus.h"

#include "models/store/outboxrepository.h"
#include "models/storechanges.h"
#include "models/sync/syncengine.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>

namespace ui {

StatusArea::StatusArea(models::Database &db, models::StoreChanges *changes,
                       models::SyncEngine *sync, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_sync(new QLabel(this))
    , m_connection(new QLabel(this))
    , m_unsentLabel(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry now"), this))
    , m_messageTime(new QTimer(this))
{
    m_messageTime->setSingleShot(true);
    connect(m_messageTime, &QTimer::timeout, this, [this] { m_sync->setText(m_syncText); });
    setObjectName(QStringLiteral("statusArea"));
    m_sync->setObjectName(QStringLiteral("syncStatus"));
    m_sync->setAccessibleDescription(tr("Sync status"));
    m_sync->setTextFormat(Qt::PlainText);
    m_connection->setObjectName(QStringLiteral("connectionStatus"));
    m_connection->setAccessibleDescription(tr("Connection"));
    m_unsentLabel->setObjectName(QStringLiteral("unsentStatus"));
    m_unsentLabel->setAccessibleDescription(tr("Actions waiting to be sent"));
    m_retry->setObjectName(QStringLiteral("retrySync"));
    m_retry->setAccessibleName(tr("Retry syncing now"));
    m_retry->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sync, 1);
    layout->addWidget(m_unsentLabel);
    layout->addWidget(m_connection);
    layout->addWidget(m_retry);

    if (sync) {
        connect(m_retry, &QPushButton::clicked, sync, &models::SyncEngine::syncNow);
        connect(sync, &models::SyncEngine::progressChanged, this, &StatusArea::showSyncProgress);
        showSyncProgress(sync->progress());
    }
    if (changes)
        connect(changes, &models::StoreChanges::outboxChanged, this, &StatusArea::updateUnsent);
    updateUnsent();
}

QString StatusArea::syncText() const
{
    return m_syncText;
}

void StatusArea::showMessage(const QString &text, int timeoutMs)
{
    m_sync->setText(text);
    m_messageTime->start(timeoutMs);
}

void StatusArea::showSyncProgress(const models::SyncProgress &progress)
{
    m_syncText = SyncStatus::text(progress);
    if (!m_messageTime->isActive())
        m_sync->setText(m_syncText);
    m_retry->setVisible(!progress.lastError.isEmpty());
    const bool offline = !progress.reachable;
    m_connection->setText(offline ? tr("Offline") : QString());
    m_connection->setVisible(offline);
    if (offline != m_offline) {
        m_offline = offline;
        Q_EMIT onlineChanged(!offline);
    }
}

void StatusArea::updateUnsent()
{
    m_unsent = models::OutboxRepository(m_db).unsentCount();
    m_unsentLabel->setText(m_unsent > 0 ? tr("%n action(s) waiting to send", nullptr, m_unsent)
                                        : QString());
    m_unsentLabel->setVisible(m_unsent > 0);
}

} // namespace ui
