#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ui {

/// The line under the sign-in form that says what the check found: busy (with an indefinite
/// progress bar), success, warning or error, each with the style's icon and a background
/// tinted from the palette's base (light and dark alike), plus an optional action button
/// ("Use the EU Region"). Non-modal; it never takes focus by itself. The text is also the
/// accessible description. GUI-thread widget.
class SignInStatus : public QFrame
{
    Q_OBJECT
public:
    enum class State { Hidden, Busy, Success, Warning, Error };

    explicit SignInStatus(QWidget *parent = nullptr);

    void showBusy(const QString &text);
    void showMessage(State state, const QString &text);
    void clear();
    /// A button on the right; an empty \a text hides it.
    void setAction(const QString &text, const QString &accessibleName = {});

    State state() const { return m_state; }
    QString text() const;
    QPushButton *actionButton() const { return m_action; }

Q_SIGNALS:
    void actionTriggered();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyState();

    State m_state = State::Hidden;
    QLabel *m_icon;
    QLabel *m_text;
    QProgressBar *m_busy;
    QPushButton *m_action;
    bool m_applying = false;
};

} // namespace ui
