#include "workspacemenu.h"

#include <QActionGroup>
#include <QMessageBox>
#include <QPushButton>

namespace ui {

WorkspaceMenu::WorkspaceMenu(QWidget *parent)
    : QMenu(parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("workspaceMenu"));
    setTitle(tr("&Workspace"));
    setAccessibleName(tr("Workspace"));
    m_group->setExclusive(true);
    rebuild();
}

void WorkspaceMenu::setEntries(const QList<WorkspaceEntry> &entries)
{
    m_entries = entries;
    rebuild();
}

std::optional<WorkspaceEntry> WorkspaceMenu::entryAt(int index) const
{
    if (index < 0 || index >= m_entries.size())
        return std::nullopt;
    return m_entries.at(index);
}

std::optional<WorkspaceEntry> WorkspaceMenu::currentEntry() const
{
    for (const WorkspaceEntry &entry : m_entries) {
        if (entry.isCurrent)
            return entry;
    }
    return std::nullopt;
}

QKeySequence WorkspaceMenu::switchShortcut(int index)
{
    if (index < 0 || index > 8)
        return {};
    return QKeySequence(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + index)));
}

QString WorkspaceMenu::entryText(const WorkspaceEntry &entry)
{
    QString title = entry.title.isEmpty() ? tr("Unnamed workspace") : entry.title;
    if (entry.isDemo)
        title = tr("%1 (demo)").arg(title);
    return entry.subtitle.isEmpty() ? title : tr("%1 — %2").arg(title, entry.subtitle);
}

void WorkspaceMenu::requestSwitchTo(int index)
{
    const std::optional<WorkspaceEntry> entry = entryAt(index);
    if (entry && !entry->isCurrent)
        Q_EMIT switchRequested(entry->id);
}

QAction *WorkspaceMenu::addCommand(const QString &text, const QString &objectName)
{
    QAction *action = addAction(text);
    action->setObjectName(objectName);
    return action;
}

void WorkspaceMenu::rebuild()
{
    clear();
    const QList<QAction *> grouped = m_group->actions();
    for (QAction *action : grouped)
        m_group->removeAction(action);

    for (int i = 0; i < m_entries.size(); ++i) {
        const WorkspaceEntry &entry = m_entries.at(i);
        QString text = entryText(entry);
        text.replace(QLatin1Char('&'), QLatin1String("&&")); // names are not mnemonics
        const QKeySequence keys = switchShortcut(i);
        // The shortcut is only shown: the command registry owns the real Ctrl+N bindings.
        if (!keys.isEmpty())
            text += QLatin1Char('\t') + keys.toString(QKeySequence::NativeText);
        QAction *action = addCommand(text, QLatin1String("workspaceEntry") + QString::number(i));
        action->setCheckable(true);
        action->setChecked(entry.isCurrent);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, i] { requestSwitchTo(i); });
    }
    if (!m_entries.isEmpty())
        addSeparator();

    QAction *add = addCommand(tr("&Add Workspace…"), QStringLiteral("workspaceAddAction"));
    connect(add, &QAction::triggered, this, &WorkspaceMenu::addRequested);

    const std::optional<WorkspaceEntry> current = currentEntry();
    const bool signedIn = current && !current->isDemo;
    const QString id = current ? current->id : QString();
    QAction *again
        = addCommand(tr("Sign &In Again…"), QStringLiteral("workspaceSignInAgainAction"));
    again->setEnabled(signedIn);
    connect(again, &QAction::triggered, this, [this, id] { Q_EMIT signInAgainRequested(id); });

    addSeparator();
    QAction *signOut = addCommand(tr("Sign &Out"), QStringLiteral("workspaceSignOutAction"));
    signOut->setEnabled(signedIn);
    connect(signOut, &QAction::triggered, this, [this, id] { Q_EMIT signOutRequested(id, false); });
    QAction *forget = addCommand(tr("Sign Out and &Forget Local Data…"),
                                 QStringLiteral("workspaceForgetAction"));
    forget->setEnabled(signedIn);
    connect(forget, &QAction::triggered, this, [this, id] { confirmForget(id); });
}

void WorkspaceMenu::confirmForget(const QString &id)
{
    std::optional<WorkspaceEntry> entry;
    for (const WorkspaceEntry &candidate : std::as_const(m_entries)) {
        if (candidate.id == id)
            entry = candidate;
    }
    if (!entry)
        return;
    const QString name = entry->title.isEmpty() ? tr("this workspace") : entry->title;
    QWidget *owner = parentWidget() ? parentWidget()->window() : nullptr;
    // One plain-text label: the informative text of a QMessageBox would read a name with
    // markup in it as rich text.
    const QString text
        = tr("Sign out of %1 and forget its local data?").arg(name) + QLatin1String("\n\n")
          + tr("The access token is removed from the keychain, and the conversations, contacts, "
               "drafts and queued actions stored on this computer for %1 are deleted. Queued "
               "actions that were not sent yet are lost. Nothing changes in Intercom.")
                .arg(name);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Forget Local Data"), text,
                                QMessageBox::NoButton, owner);
    box->setObjectName(QStringLiteral("workspaceForgetConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    QPushButton *confirm = box->addButton(tr("Sign Out and &Forget"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("workspaceForgetConfirmButton"));
    confirm->setAccessibleName(tr("Sign out and forget local data"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("workspaceForgetCancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    box->setDefaultButton(cancel); // an unintended Enter deletes nothing
    box->setEscapeButton(cancel);
    connect(box, &QMessageBox::finished, this, [this, box, confirm, id] {
        if (box->clickedButton() == confirm)
            Q_EMIT signOutRequested(id, true);
    });
    box->open();
}

} // namespace ui
