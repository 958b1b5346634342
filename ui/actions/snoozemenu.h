#pragma once

#include <QDateTime>
#include <QMenu>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace ui {

class ConversationActions;
class SnoozeDialog;

/// The snooze choices: the SnoozeTimes presets, each labelled with its time ("Tomorrow
/// morning — Sun 09:00", recomputed each time the menu opens), then "Custom…", which opens
/// a SnoozeDialog (window-modal, not blocking). A choice emits snoozeChosen and, when actions
/// are set, snoozes setConversationIds(). GUI thread; the actions must outlive it.
class SnoozeMenu : public QMenu
{
    Q_OBJECT
public:
    explicit SnoozeMenu(QWidget *parent = nullptr);

    /// "Now" for the presets (tests); the system clock when not set.
    void setClock(std::function<QDateTime()> clock);
    void setActions(ConversationActions *actions) { m_actions = actions; }
    void setConversationIds(const QStringList &ids) { m_ids = ids; }

    /// Rebuilds the entries for the current time (done each time before the menu shows).
    void refresh();
    /// Opens the custom time dialog (what "Custom…" does); returns it.
    SnoozeDialog *openCustomDialog();

Q_SIGNALS:
    void snoozeChosen(const QDateTime &until);

private:
    void choose(const QDateTime &until);
    QDateTime now() const;

    std::function<QDateTime()> m_clock;
    ConversationActions *m_actions = nullptr;
    QStringList m_ids;
    QPointer<SnoozeDialog> m_dialog;
};

} // namespace ui
