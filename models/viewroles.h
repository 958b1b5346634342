#pragma once

#include <Qt>

namespace models {

/// The roles of the sidebar's inbox views (ViewCountsModel). Qt::DisplayRole is the name.
enum ViewRole {
    ViewKeyRole = Qt::UserRole + 1, ///< QString: "mine", "unassigned", "team:<id>", "all",
                                    ///< "snoozed", "closed" (ViewCountsModel::filterForKey())
    ViewNameRole,                   ///< QString: "Your inbox", "Unassigned", the team's name…
    ViewFilterRole, ///< QVariant holding a models::ConversationFilter, for ConversationListModel
    ViewCountRole,  ///< int: conversations in the view, as stored locally; invalid until counted
    ViewTeamIdRole, ///< QString: the team of a team view, else empty
};

} // namespace models
