#pragma once

#include "commandspec.h"

#include <QCoreApplication>
#include <QList>

namespace ui {

class CommandRegistry;

/// The catalog of Triage's named commands: ids (CommandIds), translated titles, categories,
/// search keywords and default shortcuts, as data in one place. The lead connects the actions'
/// triggered signals to real slots. Call registerAll() again after a language change to
/// retranslate; remapped shortcuts are kept.
class DefaultCommands
{
    Q_DECLARE_TR_FUNCTIONS(DefaultCommands)
public:
    static QList<CommandSpec> specs();
    static void registerAll(CommandRegistry &registry);
};

} // namespace ui
