#pragma once

#include "apirequest.h"
#include "apiresponse.h"

#include <memory>

namespace sandbox {

class Workspace;

/// How a sandbox workspace is generated. Same options, same workspace, byte for byte.
struct WorkspaceOptions
{
    quint64 seed = 1;
    int conversations = 500;   ///< 0 … 200,000
    qint64 now = 0;            ///< the clock at generation (UNIX seconds); 0 = current time
};

/// The REST layer of the sandbox: Intercom API v2.16 semantics over a generated Workspace,
/// independent of any HTTP server. The transport (SandboxServer) authenticates, rate-limits
/// and injects faults, then calls handle(). Not thread-safe: call from one thread.
class SandboxApi
{
public:
    explicit SandboxApi(const WorkspaceOptions &options);
    ~SandboxApi();
    SandboxApi(const SandboxApi &) = delete;
    SandboxApi &operator=(const SandboxApi &) = delete;

    /// Routes and answers one request. Never throws; unknown routes get 404 not_found.
    ApiResponse handle(const ApiRequest &request);

    /// The admin that the access token acts as (GET /me).
    QString meAdminId() const;

    /// Direct access for tests and benchmarks that check state without HTTP.
    Workspace &workspace();
    const Workspace &workspace() const;

private:
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace sandbox
