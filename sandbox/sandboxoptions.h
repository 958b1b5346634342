#pragma once

#include "faultinjector.h"
#include "ratelimiter.h"
#include "sandboxapi.h"

#include <QString>
#include <QStringList>

namespace sandbox {

/// Everything a SandboxServer is started with; `triage-sandbox` fills it from its command line.
struct SandboxOptions
{
    WorkspaceOptions workspace;
    quint16 port = 0;                          ///< 0 = a free port
    QString token;                             ///< empty = generate "sbx_" + 32 hex digits
    int rateLimit = RateLimiter::DefaultLimit; ///< requests per 10-second window
    FaultOptions faults; ///< faults.seed follows workspace.seed on the command line
};

/// Parses `triage-sandbox` arguments:
/// --port P --conversations N --seed S [--token T] [--rate-limit N] [--fault-rate F]
/// [--faults LIST] [--fault-delay-ms N] [--help].
class SandboxCommandLine
{
public:
    enum class Outcome { Run, Help, Error };

    struct Result
    {
        Outcome outcome = Outcome::Run;
        SandboxOptions options;
        QString error; ///< for Outcome::Error, one line
    };

    /// \a arguments includes the program name, as QCoreApplication::arguments() does.
    static Result parse(const QStringList &arguments);
    static QString usage();
};

} // namespace sandbox
