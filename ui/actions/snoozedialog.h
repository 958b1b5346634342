#pragma once

#include <QDateTime>
#include <QDialog>

#include <functional>

class QDateTimeEdit;
class QLabel;
class QPushButton;

namespace ui {

/// Asks for a custom snooze time: one date-time editor (arrow keys change the field under the
/// cursor, Tab moves between fields, Alt+Down opens the calendar, Enter accepts) that only
/// takes times in the future; it starts at tomorrow morning. GUI thread.
class SnoozeDialog : public QDialog
{
    Q_OBJECT
public:
    /// \a clock: "now" (local time); the system clock when empty.
    explicit SnoozeDialog(QWidget *parent = nullptr, std::function<QDateTime()> clock = {});

    QDateTime dateTime() const;
    void setDateTime(const QDateTime &dateTime);
    QDateTimeEdit *editor() const { return m_edit; }
    /// Whether the chosen time can be accepted (it is in the future).
    bool isAcceptable() const;

    void accept() override;

private:
    void validate();
    QDateTime now() const;

    std::function<QDateTime()> m_clock;
    QDateTimeEdit *m_edit;
    QLabel *m_hint;
    QPushButton *m_ok = nullptr;
};

} // namespace ui
