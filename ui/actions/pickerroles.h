#pragma once

#include "models/referenceroles.h"

namespace ui {

/// The extra role of the pickers' rows (AssigneePicker, TagPicker), beyond models::ReferenceRole
/// (whose ReferenceIdRole and ReferenceNameRole every picker row answers).
enum PickerRole {
    PickerKindRole = Qt::UserRole + 100, ///< int: a PickerKind
};

/// What a picker row stands for.
enum class PickerKind {
    Header,    ///< a section title; not selectable, shown while its section has matches
    Me,        ///< "Assign to me"
    Unassign,  ///< "Unassign"
    Admin,     ///< a teammate
    Team,      ///< a team
    Tag,       ///< a tag
    CreateTag, ///< "Create tag “foo”": always shown while it is there
};

} // namespace ui
