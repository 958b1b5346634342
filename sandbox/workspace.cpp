#include "workspace.h"

#include "workspacegenerator.h"

#include <QDateTime>

#include <algorithm>

namespace sandbox {

namespace {

template<typename Records> int indexById(const Records &records, qint64 id)
{
    for (size_t i = 0; i < records.size(); ++i) {
        if (records[i].id == id)
            return int(i);
    }
    return -1;
}

} // namespace

Workspace::Workspace(const WorkspaceOptions &options)
    : m_seed(options.seed)
    , m_now(options.now ? options.now : QDateTime::currentSecsSinceEpoch())
    // Ids handed out after generation (notes, new parts, tags, articles) live far above the
    // generated ranges so they never collide.
    , m_lastId(6000000000LL)
{
    WorkspaceGenerator::generate(*this, options);
    reindex();
}

void Workspace::reindex()
{
    m_contactIndex.clear();
    m_contactIndex.reserve(qsizetype(contacts.size()));
    for (size_t i = 0; i < contacts.size(); ++i)
        m_contactIndex.insert(contacts[i].id, int(i));
    m_companyIndex.clear();
    for (size_t i = 0; i < companies.size(); ++i)
        m_companyIndex.insert(companies[i].id, int(i));
    m_mergeSources.clear();
    for (size_t i = 0; i < contacts.size(); ++i) {
        if (contacts[i].mergedInto >= 0)
            m_mergeSources[contacts[i].mergedInto].push_back(int(i));
    }
    for (auto &[canonical, sources] : m_mergeSources) {
        std::stable_sort(sources.begin(), sources.end(), [this](int a, int b) {
            return contacts[size_t(a)].mergedAt < contacts[size_t(b)].mergedAt;
        });
    }
}

const std::vector<int> &Workspace::mergeSources(int canonical) const
{
    static const std::vector<int> none;
    const auto it = m_mergeSources.find(canonical);
    return it == m_mergeSources.end() ? none : it->second;
}

int Workspace::adminIndex(qint64 id) const
{
    return indexById(admins, id);
}

int Workspace::teamIndex(qint64 id) const
{
    return indexById(teams, id);
}

int Workspace::tagIndex(qint64 id) const
{
    return indexById(tags, id);
}

int Workspace::collectionIndex(qint64 id) const
{
    return indexById(collections, id);
}

int Workspace::articleIndex(qint64 id) const
{
    return indexById(articles, id);
}

int Workspace::helpCenterIndex(qint64 id) const
{
    return indexById(helpCenters, id);
}

int Workspace::companyIndex(const QString &id) const
{
    return m_companyIndex.value(id, -1);
}

int Workspace::contactIndex(const QString &id) const
{
    return m_contactIndex.value(id, -1);
}

int Workspace::conversationIndex(qint64 id) const
{
    const qint64 index = id - m_firstConversationId;
    return index >= 0 && index < qint64(conversations.size()) ? int(index) : -1;
}

const std::vector<Part> &Workspace::parts(int conversation)
{
    return mutableExtra(conversation).parts;
}

const ConversationExtra *Workspace::extra(int conversation) const
{
    const auto it = m_extras.find(conversation);
    return it == m_extras.end() ? nullptr : &it->second;
}

ConversationExtra &Workspace::mutableExtra(int conversation)
{
    auto it = m_extras.find(conversation);
    if (it == m_extras.end()) {
        // Generated from the record as it was generated: every change goes through here first.
        ConversationExtra extra;
        extra.parts = WorkspaceGenerator::parts(*this, conversation);
        it = m_extras.emplace(conversation, std::move(extra)).first;
    }
    return it->second;
}

void Workspace::touch(int conversation, qint64 now)
{
    Conversation &c = conversations[size_t(conversation)];
    c.updatedAt = std::max(c.updatedAt, now);
}

Part &Workspace::addPart(int conversation, PartType type, qint64 now, PartAuthor author)
{
    ConversationExtra &extra = mutableExtra(conversation);
    Conversation &c = conversations[size_t(conversation)];
    touch(conversation, now);
    Part part;
    part.id = nextId();
    part.type = type;
    part.createdAt = c.updatedAt;
    part.author = author;
    part.stateAfter = c.state;
    extra.parts.push_back(std::move(part));
    return extra.parts.back();
}

void Workspace::setState(int conversation, ConversationState state, qint64 snoozedUntil)
{
    mutableExtra(conversation);
    Conversation &c = conversations[size_t(conversation)];
    if (c.state == ConversationState::Snoozed)
        m_snoozes.erase({c.snoozedUntil, conversation});
    c.state = state;
    c.snoozedUntil = state == ConversationState::Snoozed ? snoozedUntil : 0;
    if (state == ConversationState::Snoozed)
        m_snoozes.insert({snoozedUntil, conversation});
}

void Workspace::wakeUp(qint64 now)
{
    while (!m_snoozes.empty() && m_snoozes.begin()->first <= now) {
        const auto [until, conversation] = *m_snoozes.begin();
        setState(conversation, ConversationState::Open, 0);
        Part &part = addPart(conversation, PartType::Unsnoozed, until, {AuthorType::Bot, 0, -1});
        part.stateAfter = ConversationState::Open;
    }
}

QString Workspace::nextHexId()
{
    return QStringLiteral("5e1a")
           + QString::number(++m_hexCounter, 16).rightJustified(20, QLatin1Char('0'));
}

} // namespace sandbox
