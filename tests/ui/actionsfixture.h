#pragma once

// Shared by the conversation-action tests: the outbox fixture (sandbox + store with the
// sandbox's first conversations) plus the workspace's teammates, teams and tags in the store,
// an Outbox and ConversationActions acting as the sandbox's "me".

#include "../models/outboxfixture.h"

#include "models/store/outboxrepository.h"
#include "models/store/referencerepository.h"
#include "ui/actions/conversationactions.h"

#include <functional>

struct ActionsFixture : OutboxFixture
{
    std::unique_ptr<models::Outbox> outbox;
    std::unique_ptr<ui::ConversationActions> actions;

    /// Starts everything; \a beforeReferences may change the sandbox's workspace (rename a
    /// teammate) before the reference lists are copied into the store.
    bool startAll(int conversations, int stored,
                  const std::function<void(sandbox::Workspace &)> &beforeReferences = {})
    {
        if (!start(conversations, stored))
            return false;
        if (beforeReferences)
            beforeReferences(workspace());
        if (!storeReferences())
            return false;
        outbox = std::make_unique<models::Outbox>(*db, *sandbox.client, &changes, options());
        outbox->start();
        actions = std::make_unique<ui::ConversationActions>(*db, *outbox, *sandbox.client, &changes,
                                                            adminId);
        return true;
    }

    bool storeReferences()
    {
        auto admins = finished(sandbox.client->listAdmins());
        auto teams = finished(sandbox.client->listTeams());
        auto tags = finished(sandbox.client->listTags());
        if (admins->error() || teams->error() || tags->error())
            return false;
        models::ReferenceRepository repository(*db);
        return repository.replaceAdmins(admins->result())
               && repository.replaceTeams(teams->result())
               && repository.replaceTags(tags->result());
    }

    int unfinished()
    {
        return db
            ->scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state IN ('queued', "
                                    "'sending')"))
            .toInt();
    }
    int outboxRows() { return db->scalar(QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt(); }

    bool serverHasTag(const QString &id, const QString &tagId)
    {
        for (const sandbox::AppliedTag &t : serverConversation(id).tags) {
            if (QString::number(t.tagId) == tagId)
                return true;
        }
        return false;
    }
    QString adminIdAt(int i) { return QString::number(workspace().admins[size_t(i)].id); }
    QString teamIdAt(int i) { return QString::number(workspace().teams[size_t(i)].id); }
    QString tagIdAt(int i) { return QString::number(workspace().tags[size_t(i)].id); }
};

/// Waits until the outbox has delivered (or failed) everything queued.
#define DRAIN(fixture) QTRY_COMPARE_WITH_TIMEOUT((fixture).unfinished(), 0, 20000)
