#include "actionerrorbar.h"

#include "models/outbox/outbox.h"
#include "models/outbox/outboxaction.h"
#include "models/store/conversationrepository.h"
#include "models/storechanges.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace ui {

using models::OutboxAction;
using models::OutboxEntry;
using Kind = OutboxAction::Kind;

ActionErrorBar::ActionErrorBar(models::Outbox &outbox, models::Database &db,
                               models::StoreChanges *changes, QWidget *parent)
    : QFrame(parent)
    , m_outbox(outbox)
    , m_db(db)
    , m_icon(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_details(new QWidget(this))
    , m_detailsLayout(new QVBoxLayout(m_details))
{
    setObjectName(QStringLiteral("actionErrorBar"));
    setAccessibleName(tr("Failed actions"));
    setFrameShape(QFrame::StyledPanel);
    // Tinted by roles, not by colors, so it follows light and dark palettes.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()
                          ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                          .pixmap(iconSize, iconSize));
    m_summary->setObjectName(QStringLiteral("actionErrorSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setForegroundRole(QPalette::ToolTipText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_toggle = makeButton(tr("&Show"), QStringLiteral("actionErrorShow"), this);
    m_retry = makeButton(tr("&Retry"), QStringLiteral("actionErrorRetry"), this);
    m_dismiss = makeButton(tr("&Dismiss"), QStringLiteral("actionErrorDismiss"), this);
    connect(m_toggle, &QPushButton::clicked, this, [this] { setExpanded(!m_expanded); });
    connect(m_retry, &QPushButton::clicked, this,
            [this] { m_failures.size() == 1 ? retry(m_failures.first().id) : retryAll(); });
    connect(m_dismiss, &QPushButton::clicked, this,
            [this] { m_failures.size() == 1 ? dismiss(m_failures.first().id) : dismissAll(); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_icon);
    top->addWidget(m_summary, 1);
    top->addWidget(m_toggle);
    top->addWidget(m_retry);
    top->addWidget(m_dismiss);
    m_detailsLayout->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addLayout(top);
    layout->addWidget(m_details);

    // Coalesced: a bulk action of hundreds of conversations announces each one.
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &ActionErrorBar::reload);
    const auto later = [this] {
        m_reloadTimer.start();
    };
    connect(&m_outbox, &models::Outbox::entryChanged, this, later);
    if (changes)
        connect(changes, &models::StoreChanges::outboxChanged, this, later);
    reload();
}

QPushButton *ActionErrorBar::makeButton(const QString &text, const QString &objectName,
                                        QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    button->setAutoDefault(false);
    return button;
}

void ActionErrorBar::reload()
{
    m_reloadTimer.stop();
    const int before = int(m_failures.size());
    m_failures.clear();
    const QList<OutboxEntry> failed = m_outbox.failed();
    for (const OutboxEntry &entry : failed) {
        // The composer shows failed replies and notes next to their text, and the closes
        // queued with a reply ("send and close") go with that reply.
        const OutboxAction action = OutboxAction::fromEntry(entry);
        if (!action.isMessage() && action.follows == 0)
            m_failures.append(entry);
    }
    const int count = int(m_failures.size());
    if (count == 0)
        m_expanded = false;
    m_summary->setText(summaryText());
    // Selectable text makes the label a control: it needs a name even while it is empty.
    m_summary->setAccessibleName(m_summary->text().isEmpty() ? tr("No failed actions")
                                                             : m_summary->text());
    m_toggle->setVisible(count > 1);
    m_toggle->setText(m_expanded ? tr("&Hide") : tr("&Show"));
    m_toggle->setAccessibleName(m_expanded ? tr("Hide failed actions") : tr("Show failed actions"));
    m_retry->setText(count > 1 ? tr("&Retry All") : tr("&Retry"));
    m_retry->setAccessibleName(count > 1 ? tr("Retry all failed actions") : tr("Retry"));
    m_dismiss->setText(count > 1 ? tr("&Dismiss All") : tr("&Dismiss"));
    m_dismiss->setAccessibleName(count > 1 ? tr("Dismiss all failed actions") : tr("Dismiss"));
    m_retry->setAccessibleDescription(m_summary->text());
    m_dismiss->setAccessibleDescription(tr("Drops the action and undoes its change"));
    rebuildDetails();
    setVisible(count > 0);
    if (count > before) {
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
    if (count != before)
        Q_EMIT failuresChanged(count);
}

QString ActionErrorBar::summaryText() const
{
    if (m_failures.isEmpty())
        return {};
    if (m_failures.size() == 1)
        return describe(m_failures.first());
    return tr("%n action(s) failed", "", int(m_failures.size()));
}

void ActionErrorBar::rebuildDetails()
{
    // Later, not now: the clicked button may belong to a row being replaced.
    const QList<QWidget *> rows
        = m_details->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    for (QWidget *row : rows) {
        row->hide();
        row->deleteLater();
    }
    m_details->setVisible(m_expanded && m_failures.size() > 1);
    if (!m_details->isVisibleTo(this))
        return;
    for (const OutboxEntry &entry : std::as_const(m_failures)) {
        auto *row = new QWidget(m_details);
        row->setObjectName(QStringLiteral("actionErrorRow%1").arg(entry.id));
        auto *label = new QLabel(describe(entry), row);
        label->setWordWrap(true);
        label->setForegroundRole(QPalette::ToolTipText);
        const QString suffix = QString::number(entry.id);
        QPushButton *retryButton
            = makeButton(tr("Retry"), QStringLiteral("actionErrorRetry") + suffix, row);
        QPushButton *dismissButton
            = makeButton(tr("Dismiss"), QStringLiteral("actionErrorDismiss") + suffix, row);
        retryButton->setAccessibleDescription(label->text());
        dismissButton->setAccessibleDescription(label->text());
        const qint64 id = entry.id;
        connect(retryButton, &QPushButton::clicked, this, [this, id] { retry(id); });
        connect(dismissButton, &QPushButton::clicked, this, [this, id] { dismiss(id); });
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(m_icon->sizeHint().width(), 0, 0, 0);
        layout->addWidget(label, 1);
        layout->addWidget(retryButton);
        layout->addWidget(dismissButton);
        m_detailsLayout->addWidget(row);
        row->show(); // the layout would show it only on the next event-loop turn
    }
}

void ActionErrorBar::setExpanded(bool expanded)
{
    if (m_expanded == expanded)
        return;
    m_expanded = expanded;
    reload();
}

void ActionErrorBar::retry(qint64 id)
{
    if (!m_outbox.retry(id))
        qWarning("action error bar: entry %lld could not be retried", id);
    reload();
}

void ActionErrorBar::dismiss(qint64 id)
{
    if (!m_outbox.discard(id))
        qWarning("action error bar: entry %lld could not be discarded", id);
    reload();
}

void ActionErrorBar::retryAll()
{
    const QList<OutboxEntry> failures = m_failures;
    for (const OutboxEntry &entry : failures)
        m_outbox.retry(entry.id);
    reload();
}

void ActionErrorBar::dismissAll()
{
    const QList<OutboxEntry> failures = m_failures;
    for (const OutboxEntry &entry : failures)
        m_outbox.discard(entry.id);
    reload();
}

QString ActionErrorBar::conversationName(const QString &conversationId) const
{
    const std::optional<models::ConversationSummary> summary
        = models::ConversationRepository(m_db).summary(conversationId);
    if (summary && !summary->title.trimmed().isEmpty())
        return summary->title.trimmed();
    if (summary && !summary->contactName.isEmpty())
        return tr("conversation with %1").arg(summary->contactName);
    return tr("conversation %1").arg(conversationId);
}

QString ActionErrorBar::describe(const OutboxEntry &entry) const
{
    const OutboxAction action = OutboxAction::fromEntry(entry);
    const QString name = conversationName(entry.conversationId);
    const QString reason = entry.lastError.isEmpty() ? tr("unknown error") : entry.lastError;
    switch (action.kind) {
    case Kind::Close:
        return tr("Couldn't close “%1”: %2").arg(name, reason);
    case Kind::Open:
        return tr("Couldn't reopen “%1”: %2").arg(name, reason);
    case Kind::Snooze:
        return tr("Couldn't snooze “%1”: %2").arg(name, reason);
    case Kind::Assign:
        if (action.assigneeId == api::Conversation::unassigned())
            return tr("Couldn't unassign “%1”: %2").arg(name, reason);
        return tr("Couldn't assign “%1”: %2").arg(name, reason);
    case Kind::Tag:
        return tr("Couldn't tag “%1”: %2").arg(name, reason);
    case Kind::Untag:
        return tr("Couldn't remove a tag from “%1”: %2").arg(name, reason);
    case Kind::Read:
        return action.read ? tr("Couldn't mark “%1” as read: %2").arg(name, reason)
                           : tr("Couldn't mark “%1” as unread: %2").arg(name, reason);
    default:
        return tr("An action on “%1” failed: %2").arg(name, reason);
    }
}

} // namespace ui
