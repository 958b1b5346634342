#pragma once

#include <QWidget>

namespace ui {

/// The contact's round initials avatar at the head of the contact panel (the same colors as
/// the conversation list's, see InitialsAvatar). Not interactive. GUI thread.
class ContactAvatar : public QWidget
{
    Q_OBJECT
public:
    explicit ContactAvatar(int diameter, QWidget *parent = nullptr);

    /// \a key (the contact id) picks the color; \a name gives the initials.
    void setContact(const QString &name, const QString &key);

    QSize sizeHint() const override { return {m_diameter, m_diameter}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_diameter;
    QString m_name;
    QString m_key;
};

} // namespace ui
