#pragma once

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <optional>

namespace sandbox {

/// The misbehaviours the sandbox can inject into an API answer.
enum class FaultKind {
    None,
    Status500,  ///< 500 error.list
    Status503,  ///< 503 error.list
    Status429,  ///< 429 rate_limit_exceeded with X-RateLimit-Remaining: 0
    Delay,      ///< the normal answer, sent late
    DropBefore, ///< connection closed, request not applied
    DropAfter,  ///< request applied, connection closed without an answer
    Malformed,  ///< request applied, 200 with a body that is not JSON
    Truncated,  ///< request applied, Content-Length larger than the body, then closed
};

/// How often and which faults to inject.
struct FaultOptions
{
    double rate = 0.0;      ///< fraction of API requests that get a fault, 0 … 1
    QList<FaultKind> kinds; ///< the kinds drawn from; empty means all
    int delayMs = 3000;     ///< for Delay: longer than a client's short test timeout
    quint64 seed = 1;       ///< same seed and same request sequence, same faults
};

/// Decides, deterministically from a seed, whether the next request gets a fault and which one.
/// Also maps kinds to and from their command-line / X-Sandbox-Fault names. Not thread-safe.
class FaultInjector
{
public:
    explicit FaultInjector(const FaultOptions &options = {});

    /// One draw per request: None, or one of the configured kinds.
    FaultKind next();

    const FaultOptions &options() const { return m_options; }
    void setOptions(const FaultOptions &options);

    static QList<FaultKind> allKinds();
    /// "500", "503", "429", "delay", "drop-before", "drop-after", "malformed", "truncated".
    static QByteArray name(FaultKind kind);
    static std::optional<FaultKind> fromName(const QByteArray &name);
    /// A comma-separated list of names; nullopt if any name is unknown or the list is empty.
    static std::optional<QList<FaultKind>> parseList(const QString &list);

private:
    FaultOptions m_options;
    QRandomGenerator m_random;
};

} // namespace sandbox
