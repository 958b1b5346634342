#pragma once

// Shared by the outbox, draft and stale-reply tests: a sandbox, a store in a temporary folder
// holding the sandbox's first conversations, and helpers that read the sandbox's own state.

#include "../support/sandboxharness.h"

#include "models/outbox/outbox.h"
#include "models/store/conversationrepository.h"
#include "models/store/database.h"
#include "models/storechanges.h"
#include "sandbox/sandboxapi.h"
#include "sandbox/workspace.h"

#include <QTemporaryDir>

#include <memory>

struct OutboxFixture
{
    SandboxHarness sandbox;
    QTemporaryDir dir;
    std::unique_ptr<models::Database> db;
    models::StoreChanges changes;
    QString adminId;
    QStringList conversationIds; ///< stored locally, oldest update first as listed

    /// Starts the sandbox and stores its first \a stored conversations (with their threads).
    bool start(int conversations = 60, int stored = 8)
    {
        if (!sandbox.start(conversations))
            return false;
        db = std::make_unique<models::Database>();
        if (db->open(dir.filePath(QStringLiteral("store.sqlite"))))
            return false;
        adminId = sandbox.server->api().meAdminId();
        auto page = finished(sandbox.client->listConversations(stored));
        if (page->error())
            return false;
        for (const api::Conversation &c : page->result().items) {
            auto full = finished(sandbox.client->getConversation(c.id));
            if (full->error()
                || !models::ConversationRepository(*db).upsertThread(full->result(), 1))
                return false;
            conversationIds.append(c.id);
        }
        return conversationIds.size() == stored;
    }

    models::OutboxOptions options() const
    {
        models::OutboxOptions o;
        o.adminId = adminId;
        o.undoWindowMs = 0;
        o.retryPolicy = api::RetryPolicy{4, 10, 100, 1000};
        return o;
    }

    sandbox::Workspace &workspace() { return sandbox.server->api().workspace(); }
    sandbox::Conversation &serverConversation(const QString &id)
    {
        return workspace().conversations[size_t(workspace().conversationIndex(id.toLongLong()))];
    }
    /// How many parts of the server's thread contain \a text.
    int serverPartsContaining(const QString &id, const QString &text)
    {
        const int index = workspace().conversationIndex(id.toLongLong());
        int count = 0;
        for (const sandbox::Part &part : workspace().parts(index))
            count += part.body.contains(text) ? 1 : 0;
        return count;
    }
    std::optional<models::ConversationSummary> local(const QString &id)
    {
        return models::ConversationRepository(*db).summary(id);
    }
};
