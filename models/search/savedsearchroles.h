#pragma once

#include <Qt>

namespace models {

/// The roles of SavedSearchesModel. Qt::DisplayRole and Qt::EditRole are the name (setData
/// with EditRole renames).
enum SavedSearchRole {
    SavedSearchIdRole = Qt::UserRole + 1, ///< qint64: the store's id
    SavedSearchQueryRole,                 ///< QString: the text in the search syntax
};

} // namespace models
