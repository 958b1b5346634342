#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

namespace models {

/// One custom attribute of a contact or company, ready to show: the key, the value as a
/// QVariant (dates as QDateTime) and as translated, localized text. Plain value.
struct ContactAttribute
{
    Q_DECLARE_TR_FUNCTIONS(ContactAttribute)
public:
    QString key;
    QVariant value;
    QString text;

    bool operator==(const ContactAttribute &other) const
    {
        return key == other.key && value == other.value && text == other.text;
    }
    bool operator!=(const ContactAttribute &other) const { return !(*this == other); }

    /// The attributes of a custom_attributes object sorted by key (case-insensitively), with
    /// null and empty values left out: an attribute nobody filled in says nothing. Integers
    /// under keys ending in "_at" or "_date" are Unix timestamps (Intercom's date attributes).
    static QList<ContactAttribute> fromJson(const QJsonObject &attributes);
    /// The display text of one value; empty for null.
    static QString textOf(const QString &key, const QJsonValue &value);
};

} // namespace models
