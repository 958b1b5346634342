#include "snoozedialog.h"

#include "snoozetimes.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace ui {

SnoozeDialog::SnoozeDialog(QWidget *parent, std::function<QDateTime()> clock)
    : QDialog(parent)
    , m_clock(std::move(clock))
    , m_edit(new QDateTimeEdit(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("snoozeDialog"));
    setWindowTitle(tr("Snooze Until"));
    m_edit->setObjectName(QStringLiteral("snoozeDateTime"));
    m_edit->setAccessibleName(tr("Snooze until"));
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(locale().dateTimeFormat(QLocale::ShortFormat));
    const QDateTime current = now();
    m_edit->setMinimumDateTime(current.addSecs(60));
    m_edit->setDateTime(SnoozeTimes::tomorrowMorning(current));
    m_hint->setObjectName(QStringLiteral("snoozeHint"));
    m_hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Snooze"));
    m_ok->setObjectName(QStringLiteral("snoozeOk"));
    m_ok->setAccessibleName(tr("Snooze"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Snooze &until:"), m_edit);
    form->addRow(m_hint);
    form->addRow(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &SnoozeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SnoozeDialog::reject);
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &SnoozeDialog::validate);
    validate();
    m_edit->setFocus();
}

QDateTime SnoozeDialog::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTime();
}

QDateTime SnoozeDialog::dateTime() const
{
    return m_edit->dateTime();
}

void SnoozeDialog::setDateTime(const QDateTime &dateTime)
{
    m_edit->setDateTime(dateTime);
    validate();
}

bool SnoozeDialog::isAcceptable() const
{
    return dateTime() > now();
}

void SnoozeDialog::validate()
{
    const bool ok = isAcceptable();
    m_ok->setEnabled(ok);
    m_hint->setText(ok ? SnoozeTimes::whenText(dateTime(), now(), locale())
                       : tr("Choose a time in the future."));
}

void SnoozeDialog::accept()
{
    // Time passes while the dialog is open: check again.
    validate();
    if (isAcceptable())
        QDialog::accept();
}

} // namespace ui
