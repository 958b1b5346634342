#pragma once

#include "launchoptions.h"

#include <QCoreApplication>
#include <QStringList>

#include <variant>

namespace app {

/// Parses Triage's command line. Errors are translated sentences for the terminal;
/// --help and --version are answered by the caller with helpText() / versionText().
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    struct Exit
    {
        int code = 0;
        QString text; ///< what to print: help, version, or an error
    };

    /// Either options to start with, or a request to print something and exit.
    static std::variant<LaunchOptions, Exit> parse(const QStringList &arguments);
};

} // namespace app
