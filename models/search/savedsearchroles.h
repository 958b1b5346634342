#pragma once

#include <Qt>

namespace models {

/// The roles of SavedSearchesModel. Qt::DisplayRole and Qt::EditRole are the name (setData
/// with EditRole renames). The model also answers the sidebar's view roles (models/viewroles.h:
/// ViewKeyRole "saved:<id>", ViewNameRole), so these start past them.
enum SavedSearchRole {
    SavedSearchIdRole = Qt::UserRole + 64, ///< qint64: the store's id
    SavedSearchQueryRole,                 ///< QString: the text in the search syntax
};

} // namespace models
