#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace api {

/// Where the access token may be sent. It travels in every request, so a base URL must be
/// https, or plain http only to this machine (127.0.0.1, ::1, localhost: the sandbox and local
/// proxies), and must carry no user info, query or fragment. Stateless, thread-safe.
class TransportPolicy
{
    Q_DECLARE_TR_FUNCTIONS(TransportPolicy)
public:
    enum class Verdict {
        Allowed,
        Invalid,        ///< not a URL with a scheme and a host
        NotHttps,       ///< http to another host, or another scheme
        HasCredentials, ///< user info in the URL
        HasQuery,       ///< a query or fragment: a base URL is a scheme, host, port and path
    };

    static Verdict check(const QUrl &baseUrl);
    static bool isAllowed(const QUrl &baseUrl) { return check(baseUrl) == Verdict::Allowed; }
    /// One translated sentence for the user; empty for Allowed.
    static QString explain(Verdict verdict);
    /// localhost, 127.0.0.1 or ::1 (with or without brackets).
    static bool isLoopbackHost(const QString &host);
};

} // namespace api
