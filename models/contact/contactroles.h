#pragma once

#include <Qt>

namespace models {

/// The roles of ContactDetailsModel's rows: one row per custom attribute of the contact,
/// sorted by key. Qt::DisplayRole is "key: value"; Qt::ToolTipRole the full value text.
/// ContactConversationsModel answers the roles of conversationroles.h instead, so a
/// conversation delegate works on it unchanged.
enum ContactAttributeRole {
    AttributeKeyRole = Qt::UserRole + 1, ///< QString: the attribute's name as Intercom stores it
    AttributeValueRole, ///< QVariant: bool, qint64, double, QString, QDateTime (keys ending in
                        ///< _at or _date), QVariantMap/QVariantList for structured values
    AttributeTextRole,  ///< QString: the value formatted for display (translated, localized)
};

} // namespace models
