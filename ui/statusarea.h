#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace models {
class Database;
class StoreChanges;
class SyncEngine;
struct SyncProgress;
} // namespace models

namespace ui {

/// The window's status bar content: what sync is doing (or why it failed, with Retry),
/// whether the workspace is reachable ("Offline"), and how many of the agent's actions wait
/// to be delivered. Follows the SyncEngine's progress and the outbox's changes. The labels
/// have no accessible names of their own: a screen reader reads their text. GUI thread;
/// \a db, \a changes and \a sync (may be null) outlive it.
class StatusArea : public QWidget
{
    Q_OBJECT
public:
    StatusArea(models::Database &db, models::StoreChanges *changes, models::SyncEngine *sync,
               QWidget *parent = nullptr);

    QString syncText() const;
    bool isOffline() const { return m_offline; }
    int unsentCount() const { return m_unsent; }

    /// A short message for a few seconds in place of the sync text ("Closed 3 conversations").
    /// Sync news that come meanwhile show when it ends: a sync page must not wipe out an
    /// action that failed or a token that could not be kept.
    void showMessage(const QString &text, int timeoutMs = 4000);
    /// Shows \a progress (the SyncEngine's, followed by itself when it has one).
    void showSyncProgress(const models::SyncProgress &progress);

Q_SIGNALS:
    /// The workspace became reachable or not (the outbox and the search follow it).
    void onlineChanged(bool online);

private:
    void updateUnsent();

    models::Database &m_db;
    QLabel *m_sync;
    QLabel *m_connection;
    QLabel *m_unsentLabel;
    QPushButton *m_retry;
    QString m_syncText;
    bool m_offline = false;
    int m_unsent = 0;
    QTimer *m_messageTime; ///< runs while a passing message shows
};

} // namespace ui
