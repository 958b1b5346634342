#pragma once

#include "sandboxapi.h"
#include "workspacerecords.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

namespace sandbox {

/// All data of one sandbox workspace plus the state rules that keep it consistent the way
/// Intercom does (reply → updated_at, waiting_since; snooze wake-ups; …). Conversations are
/// compact records; their parts are generated lazily from (seed, conversation id) and kept
/// once a conversation is mutated. Owned by SandboxApi; not thread-safe.
class Workspace
{
public:
    explicit Workspace(const WorkspaceOptions &options);

    quint64 seed() const { return m_seed; }
    qint64 generatedAt() const { return m_now; }
    QString workspaceId() const { return QStringLiteral("tx2p6ysb"); }

    std::vector<Admin> admins;
    std::vector<Team> teams;
    std::vector<Tag> tags;
    std::vector<Company> companies;
    std::vector<Contact> contacts;
    std::vector<Conversation> conversations;
    std::vector<HelpCenter> helpCenters;
    std::vector<Collection> collections;
    std::vector<Article> articles;
    QStringList sourceBodies; ///< shared pool of first-message HTML bodies
    QStringList subjects;     ///< shared pool of e-mail subjects

    // Lookups; -1 when unknown.
    int adminIndex(qint64 id) const;
    int teamIndex(qint64 id) const;
    int tagIndex(qint64 id) const;
    int companyIndex(const QString &id) const;
    int contactIndex(const QString &id) const;
    int conversationIndex(qint64 id) const;
    /// Indices of the contacts merged into contact @p canonical, oldest merge first.
    const std::vector<int> &mergeSources(int canonical) const;
    int collectionIndex(qint64 id) const;
    int articleIndex(qint64 id) const;
    int helpCenterIndex(qint64 id) const;

    /// The parts of a conversation, generated on first use.
    const std::vector<Part> &parts(int conversation);
    /// Per-conversation data beyond the compact record, or nullptr.
    const ConversationExtra *extra(int conversation) const;
    /// Materialises parts and extras so the conversation can be changed.
    ConversationExtra &mutableExtra(int conversation);

    /// Opens every snoozed conversation whose snoozed_until is <= @p now.
    void wakeUp(qint64 now);

    // State transitions; each moves updated_at to @p now (never backwards).
    Part &addPart(int conversation, PartType type, qint64 now, PartAuthor author);
    void setState(int conversation, ConversationState state, qint64 snoozedUntil);
    void touch(int conversation, qint64 now);

    // Registry maintenance for records added after generation.
    void reindex();
    qint64 nextId() { return ++m_lastId; }
    QString nextHexId();

private:
    friend class WorkspaceGenerator;

    quint64 m_seed;
    qint64 m_now;
    qint64 m_lastId = 0;
    quint64 m_hexCounter = 0;
    qint64 m_firstConversationId = 0;
    std::unordered_map<int, ConversationExtra> m_extras;
    std::set<std::pair<qint64, int>> m_snoozes; ///< (snoozed_until, conversation index)
    QHash<QString, int> m_contactIndex;
    QHash<QString, int> m_companyIndex;
    std::unordered_map<int, std::vector<int>> m_mergeSources; ///< canonical → merged contacts
};

} // namespace sandbox
