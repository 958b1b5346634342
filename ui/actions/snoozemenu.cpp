#include "snoozemenu.h"

#include "conversationactions.h"
#include "snoozedialog.h"
#include "snoozetimes.h"

namespace ui {

namespace {

QString presetObjectName(SnoozeTimes::Preset preset)
{
    switch (preset) {
    case SnoozeTimes::Preset::LaterToday:
        return QStringLiteral("snoozeLaterToday");
    case SnoozeTimes::Preset::TomorrowMorning:
        return QStringLiteral("snoozeTomorrowMorning");
    case SnoozeTimes::Preset::NextMonday:
        return QStringLiteral("snoozeNextMonday");
    case SnoozeTimes::Preset::NextWeek:
        return QStringLiteral("snoozeNextWeek");
    }
    return {};
}

} // namespace

SnoozeMenu::SnoozeMenu(QWidget *parent)
    : QMenu(parent)
{
    setObjectName(QStringLiteral("snoozeMenu"));
    setTitle(tr("&Snooze"));
    setAccessibleName(tr("Snooze"));
    connect(this, &QMenu::aboutToShow, this, &SnoozeMenu::refresh);
    refresh();
}

void SnoozeMenu::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    refresh();
}

QDateTime SnoozeMenu::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTime();
}

void SnoozeMenu::refresh()
{
    clear();
    const QDateTime current = now();
    for (SnoozeTimes::Preset preset : SnoozeTimes::presets(current)) {
        const QDateTime until = SnoozeTimes::at(preset, current);
        QAction *action = addAction(SnoozeTimes::label(preset, current, locale(), true));
        action->setObjectName(presetObjectName(preset));
        action->setData(until);
        connect(action, &QAction::triggered, this, [this, until] { choose(until); });
    }
    addSeparator();
    QAction *custom = addAction(tr("&Custom…"));
    custom->setObjectName(QStringLiteral("snoozeCustom"));
    connect(custom, &QAction::triggered, this, &SnoozeMenu::openCustomDialog);
}

SnoozeDialog *SnoozeMenu::openCustomDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        return m_dialog;
    }
    // Parented to the window, not to the menu, which hides as the dialog opens.
    QWidget *owner = parentWidget() ? parentWidget()->window() : nullptr;
    m_dialog = new SnoozeDialog(owner, m_clock);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, dialog = m_dialog] {
        if (dialog)
            choose(dialog->dateTime());
    });
    m_dialog->open();
    return m_dialog;
}

void SnoozeMenu::choose(const QDateTime &until)
{
    if (m_actions)
        m_actions->snooze(m_ids, until);
    Q_EMIT snoozeChosen(until);
}

} // namespace ui
