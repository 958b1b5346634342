#pragma once

// Helpers shared by the contact model tests: a client that cannot reach any server, and
// lookups into the sandbox's generated workspace.

#include "api/intercomclient.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/workspace.h"

#include <QTcpServer>

#include <functional>
#include <memory>

namespace contacttest {

/// A client whose server is gone: every request fails with a connection error.
inline std::unique_ptr<api::IntercomClient> offlineClient()
{
    QTcpServer probe; // a port that was free a moment ago, and is closed again
    probe.listen(QHostAddress::LocalHost);
    const quint16 port = probe.serverPort();
    probe.close();
    api::ClientConfig config;
    config.region = api::ClientConfig::Region::Custom;
    config.customBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    config.token = "offline";
    config.transferTimeoutMs = 2000;
    config.retryPolicy.maxAttempts = 1;
    return std::make_unique<api::IntercomClient>(config);
}

inline sandbox::Workspace &workspace(sandbox::SandboxServer &server)
{
    return server.api().workspace();
}

/// The first live (not merged) contact of the sandbox that \a accept takes, or -1.
inline int findContact(sandbox::SandboxServer &server,
                       const std::function<bool(const sandbox::Contact &)> &accept)
{
    const sandbox::Workspace &ws = workspace(server);
    for (size_t i = 0; i < ws.contacts.size(); ++i) {
        if (ws.contacts[i].mergedInto < 0 && accept(ws.contacts[i]))
            return int(i);
    }
    return -1;
}

/// Ids of the sandbox conversations whose contact is \a contact, in workspace order.
inline QStringList conversationsOf(sandbox::SandboxServer &server, int contact)
{
    QStringList ids;
    for (const sandbox::Conversation &c : workspace(server).conversations) {
        if (c.contact == contact)
            ids.append(QString::number(c.id));
    }
    return ids;
}

} // namespace contacttest
