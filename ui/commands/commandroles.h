#pragma once

#include <Qt>

namespace ui {

/// Roles of CommandPaletteModel. Qt::DisplayRole is the title, Qt::ToolTipRole the description,
/// Qt::AccessibleTextRole "title, category, shortcut[, on|off]" for screen readers, and
/// Qt::CheckStateRole the state of a checkable command (a toggle such as "Show contact
/// panel"; no value for the others).
enum CommandRole {
    CommandIdRole = Qt::UserRole + 1, ///< QString, e.g. "conversation.close"
    CategoryRole,                     ///< QString, translated
    ShortcutTextRole,                 ///< QString, effective shortcuts in native notation
    MatchPositionsRole,               ///< QList<int>: title characters the query matched
    ScoreRole,                        ///< int, higher is better; 0 for an empty query
    IsEnabledRole,                    ///< bool: a disabled command is listed, not triggerable
};

} // namespace ui
