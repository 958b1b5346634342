#pragma once

#include "prng.h"
#include "sandboxapi.h"
#include "workspacerecords.h"

#include <vector>

namespace sandbox {

class Workspace;

/// Fills a Workspace deterministically from WorkspaceOptions (same options, same data) and
/// generates a conversation's parts on demand from (seed, conversation id).
class WorkspaceGenerator
{
public:
    static void generate(Workspace &workspace, const WorkspaceOptions &options);

    /// The generated parts of an unmodified conversation, consistent with its state,
    /// assignees and waiting_since.
    static std::vector<Part> parts(const Workspace &workspace, int conversation);

    /// Id of the n-th generated part of a conversation; stable across runs.
    static qint64 partId(int conversation, int n)
    {
        return 1000000000LL + qint64(conversation) * 64 + n;
    }

private:
    static void generatePeople(Workspace &workspace, int contactCount, Prng &rng);
    static void generateContacts(Workspace &workspace, int contactCount, Prng &rng);
    static void generateConversations(Workspace &workspace, int count, Prng &rng);
    static void generateHelpCenter(Workspace &workspace, Prng &rng);
};

} // namespace sandbox
