#pragma once

#include "models/store/outboxentry.h"

#include <QFrame>
#include <QList>
#include <QTimer>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace models {
class Database;
class Outbox;
class StoreChanges;
} // namespace models

namespace ui {

/// A bar (not a dialog: nothing blocks) that says which conversation actions failed for good,
/// e.g. "Couldn't close “Refund request”: <reason>  [Retry] [Dismiss]". Retry puts the action
/// back in line (Outbox::retry); Dismiss drops it and takes back its optimistic effect
/// (Outbox::discard). Several failures collapse to "3 actions failed  [Show] [Retry all]
/// [Dismiss all]"; Show lists each with its own buttons. Failed replies and notes are left
/// to the composer, which keeps their text. Hidden while nothing failed.
/// Follows Outbox::entryChanged (and StoreChanges::outboxChanged when given), once per
/// event-loop turn. GUI thread;
/// the Outbox, Database and StoreChanges must outlive it.
class ActionErrorBar : public QFrame
{
    Q_OBJECT
public:
    ActionErrorBar(models::Outbox &outbox, models::Database &db,
                   models::StoreChanges *changes = nullptr, QWidget *parent = nullptr);

    /// The failed actions shown, oldest first.
    QList<models::OutboxEntry> failures() const { return m_failures; }
    /// The sentence of the bar's first line.
    QString summaryText() const;
    bool isExpanded() const { return m_expanded; }
    /// "Couldn't close “Refund request”: reason", for one failed entry.
    QString describe(const models::OutboxEntry &entry) const;

public Q_SLOTS:
    void reload();
    void setExpanded(bool expanded);
    void retry(qint64 id);
    void dismiss(qint64 id);
    void retryAll();
    void dismissAll();

Q_SIGNALS:
    void failuresChanged(int count);

private:
    QPushButton *makeButton(const QString &text, const QString &objectName, QWidget *parent);
    void rebuildDetails();
    QString conversationName(const QString &conversationId) const;

    models::Outbox &m_outbox;
    models::Database &m_db;
    QList<models::OutboxEntry> m_failures;
    bool m_expanded = false;
    QLabel *m_icon;
    QLabel *m_summary;
    QPushButton *m_toggle;
    QPushButton *m_retry;
    QPushButton *m_dismiss;
    QWidget *m_details;
    QVBoxLayout *m_detailsLayout;
    QTimer m_reloadTimer;
};

} // namespace ui
