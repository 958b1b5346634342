#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

namespace ui {

/// What a named command is: the data a command registry needs to create its QAction, list it
/// in the palette and the cheat sheet, and remap its shortcuts. A plain value.
struct CommandSpec
{
    /// Stable, untranslated, e.g. "conversation.close" (see CommandIds); also the settings key
    /// of a remapped shortcut and the QAction's objectName.
    QString id;
    QString title;    ///< Translated, e.g. "Close conversation"; no '&' mnemonics.
    QString category; ///< Translated, e.g. "Conversation"; groups the cheat sheet.
    QList<QKeySequence> defaultShortcuts;
    QString keywords;    ///< Translated extra words the palette's fuzzy search also matches.
    QString description; ///< Translated one-line explanation (tooltip, status tip).
    Qt::ShortcutContext context = Qt::WindowShortcut;
    bool checkable = false; ///< For toggles such as "Show contact panel".
};

} // namespace ui
