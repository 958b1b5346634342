#pragma once

#include <Qt>

namespace models {

/// The roles of the workspace's reference lists (TeammatesModel, TeamsModel, TagsModel).
/// Qt::DisplayRole is the name. A role that does not apply to a list (an email for a tag)
/// answers an invalid QVariant.
enum ReferenceRole {
    ReferenceIdRole = Qt::UserRole + 1, ///< QString
    ReferenceNameRole,   ///< QString: the name, else (no name stored) the email or the id
    AdminEmailRole,      ///< QString (teammates)
    AdminAvatarUrlRole,  ///< QUrl, invalid when none (teammates)
    AdminIsAwayRole,     ///< bool: away mode on (teammates)
    AdminTeamIdsRole,    ///< QStringList: the teams the teammate belongs to (teammates)
    TeamMemberCountRole, ///< int (teams)
    TeamMemberIdsRole,   ///< QStringList of admin ids (teams)
};

} // namespace models
