#pragma once

#include <QDateTime>
#include <QTimer>
#include <QWidget>

#include <functional>

class QFormLayout;
class QGridLayout;
class QLabel;

namespace models {
class ContactDetailsModel;
}

namespace ui {

class BadgeLabel;
class ContactAvatar;
class ElidedLabel;

/// The contact part of the contact panel, read from a ContactDetailsModel: initials avatar,
/// name and email (selectable, copyable), role badge, then company, location, the contact's
/// local time (when a time zone is known), last seen (relative, the date in the tooltip),
/// signed up, tags, and the custom attributes as a compact key: value grid whose long values
/// are elided with the full value in a tooltip. Rows without a value are hidden. Does not own
/// the model. GUI thread.
class ContactDetailsView : public QWidget
{
    Q_OBJECT
public:
    explicit ContactDetailsView(models::ContactDetailsModel *model, QWidget *parent = nullptr);

    /// The clock relative times and the local time are computed from (tests); system clock
    /// by default.
    void setClock(std::function<QDateTime()> clock);
    /// The name and email labels, first in the panel's Tab order.
    QWidget *firstFocusable() const;
    QWidget *lastFocusable() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateFields();
    void updateTimes();
    void rebuildAttributes();
    ElidedLabel *addField(const QString &objectName, const QString &label);
    void setField(ElidedLabel *field, const QString &text, const QString &toolTip = {});
    void applySecondaryColor();
    QDateTime now() const;

    models::ContactDetailsModel *m_model;
    std::function<QDateTime()> m_clock;
    ContactAvatar *m_avatar = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_email = nullptr;
    BadgeLabel *m_role = nullptr;
    QFormLayout *m_fields = nullptr;
    ElidedLabel *m_company = nullptr;
    ElidedLabel *m_location = nullptr;
    ElidedLabel *m_localTime = nullptr;
    ElidedLabel *m_lastSeen = nullptr;
    ElidedLabel *m_signedUp = nullptr;
    ElidedLabel *m_tags = nullptr;
    QLabel *m_attributesTitle = nullptr;
    QWidget *m_attributes = nullptr;
    QGridLayout *m_attributesGrid = nullptr;
    QTimer m_rebuildTimer; ///< one grid rebuild per burst of row signals
    QTimer m_minuteTimer;  ///< keeps "2 minutes ago" and the local time current
};

} // namespace ui
