#include "workspacegenerator.h"

#include "generatortext.h"
#include "workspace.h"

#include <QJsonObject>

#include <algorithm>

namespace sandbox {

namespace {

constexpr qint64 Day = 24 * 3600;
constexpr qint64 History = 2 * 365 * Day; // conversations spread over the last ~2 years
constexpr qint64 FirstAdminId = 4190201;
constexpr qint64 FirstTeamId = 7550001;
constexpr qint64 FirstTagId = 9100001;
constexpr qint64 FirstConversationId = 215000001;

QString hex24(Prng &rng)
{
    static const char digits[] = "0123456789abcdef";
    char text[24];
    quint64 a = rng.next();
    quint64 b = rng.next();
    for (int i = 0; i < 16; ++i, a >>= 4)
        text[i] = digits[a & 0xf];
    for (int i = 16; i < 24; ++i, b >>= 4)
        text[i] = digits[b & 0xf];
    return QString::fromLatin1(text, 24);
}

std::vector<AppliedTag> randomTags(Prng &rng, const Workspace &ws, qint64 appliedAt)
{
    std::vector<AppliedTag> result;
    const int count = 1 + rng.below(3);
    for (int i = 0; i < count; ++i) {
        const qint64 tagId = ws.tags[size_t(rng.below(int(ws.tags.size())))].id;
        if (std::none_of(result.begin(), result.end(),
                         [tagId](const AppliedTag &t) { return t.tagId == tagId; }))
            result.push_back(
                {tagId, appliedAt, ws.admins[size_t(rng.below(int(ws.admins.size())))].id});
    }
    return result;
}

} // namespace

void WorkspaceGenerator::generate(Workspace &ws, const WorkspaceOptions &options)
{
    Prng rng(options.seed);
    const int conversations = std::clamp(options.conversations, 0, 200000);
    const int contacts = std::max(50, conversations / 3);
    generatePeople(ws, contacts, rng);
    generateContacts(ws, contacts, rng);
    generateConversations(ws, conversations, rng);
    generateHelpCenter(ws, rng);
}

void WorkspaceGenerator::generatePeople(Workspace &ws, int contactCount, Prng &rng)
{
    using namespace GeneratorText;
    const qint64 now = ws.m_now;
    for (int i = 0; i < 12; ++i) {
        Admin admin;
        admin.id = FirstAdminId + i;
        admin.name = firstNames().at((i * 7 + 3) % firstNames().size()) + QLatin1Char(' ')
                     + lastNames().at((i * 5 + 1) % lastNames().size());
        admin.email
            = mailLabel(admin.name, QLatin1Char('.')) + QStringLiteral("@triage-demo.example.com");
        admin.jobTitle = pick(rng, jobTitles());
        admin.awayModeEnabled = i != 0 && rng.chance(0.1);
        admin.awayModeReassign = admin.awayModeEnabled && rng.chance(0.5);
        ws.admins.push_back(admin);
    }
    for (int i = 0; i < 4; ++i) {
        Team team;
        team.id = FirstTeamId + i;
        team.name = teamNames().at(i);
        ws.teams.push_back(team);
    }
    // Admin 0 ("me") is in the first two teams; the others in one or two teams.
    auto join = [&ws](int admin, int team) {
        ws.admins[size_t(admin)].teamIds.push_back(ws.teams[size_t(team)].id);
        ws.teams[size_t(team)].adminIds.push_back(ws.admins[size_t(admin)].id);
    };
    join(0, 0);
    join(0, 1);
    for (int i = 1; i < 12; ++i) {
        const int first = i % 4;
        join(i, first);
        if (rng.chance(0.3))
            join(i, (first + 1 + rng.below(3)) % 4);
    }
    for (int i = 0; i < tagNames().size(); ++i)
        ws.tags.push_back(
            {FirstTagId + i, tagNames().at(i), now - History - rng.range(0, 90 * Day)});

    const int companyCount = std::max(5, contactCount / 10);
    static const QStringList plans = {QStringLiteral("Starter"), QStringLiteral("Pro"),
                                      QStringLiteral("Business"), QStringLiteral("Enterprise")};
    for (int i = 0; i < companyCount; ++i) {
        Company c;
        c.id = hex24(rng);
        c.name = pick(rng, companyNames());
        if (i >= companyNames().size())
            c.name += QLatin1Char(' ') + QString::number(i / companyNames().size() + 1);
        c.companyId = QStringLiteral("cmp-") + QString::number(10000 + i);
        c.plan = pick(rng, plans);
        c.website = QStringLiteral("https://") + mailLabel(c.name) + QStringLiteral(".example.com");
        c.industry = pick(rng, industries());
        c.createdAt = now - History - rng.range(0, 365 * Day);
        c.lastRequestAt = now - rng.range(0, 30 * Day);
        c.updatedAt = c.lastRequestAt;
        c.size = int(rng.range(2, 5000));
        c.monthlySpend = int(rng.range(0, 20000));
        c.sessionCount = int(rng.range(0, 100000));
        ws.companies.push_back(c);
    }
}

void WorkspaceGenerator::generateContacts(Workspace &ws, int count, Prng &rng)
{
    using namespace GeneratorText;
    const qint64 now = ws.m_now;
    static const QStringList freeMail
        = {QStringLiteral("gmail.example"), QStringLiteral("mail.example"),
           QStringLiteral("outlook.example")};
    static const QStringList browsers = {QStringLiteral("chrome"), QStringLiteral("firefox"),
                                         QStringLiteral("safari"), QStringLiteral("edge")};
    static const QStringList oses = {QStringLiteral("Windows 11"), QStringLiteral("macOS 14"),
                                     QStringLiteral("Linux"), QStringLiteral("iOS 17")};
    static const QStringList plans
        = {QStringLiteral("free"), QStringLiteral("pro"), QStringLiteral("business")};
    ws.contacts.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        Contact c;
        c.id = hex24(rng);
        const QString first = pick(rng, firstNames());
        const QString last = pick(rng, lastNames());
        c.name = first + QLatin1Char(' ') + last;
        c.role = rng.chance(0.85) ? QStringLiteral("user") : QStringLiteral("lead");
        if (c.role == QLatin1String("user"))
            c.externalId = QStringLiteral("usr_") + QString::number(100000 + i);
        if (rng.chance(0.6)) {
            const int company = rng.below(int(ws.companies.size()));
            c.companies.push_back(company);
            ++ws.companies[size_t(company)].userCount;
            c.email = mailLabel(first) + QLatin1Char('.') + mailLabel(last) + QString::number(i)
                      + QLatin1Char('@') + mailLabel(ws.companies[size_t(company)].name)
                      + QStringLiteral(".example.com");
        } else {
            c.email
                = mailLabel(first) + QString::number(i) + QLatin1Char('@') + pick(rng, freeMail);
        }
        if (rng.chance(0.4))
            c.phone = QStringLiteral("+353 1 ") + QString::number(rng.range(1000000, 9999999));
        if (rng.chance(0.3))
            c.ownerId = ws.admins[size_t(rng.below(int(ws.admins.size())))].id;
        c.createdAt = now - qint64(double(History + 180 * Day) * (1.0 - double(i) / count))
                      - rng.range(0, Day);
        c.signedUpAt = c.role == QLatin1String("user") ? c.createdAt : 0;
        c.lastSeenAt = now - rng.range(0, 60 * Day);
        c.lastContactedAt = rng.chance(0.5) ? now - rng.range(0, 90 * Day) : 0;
        c.lastRepliedAt = rng.chance(0.6) ? now - rng.range(0, 90 * Day) : 0;
        c.updatedAt = std::max({c.createdAt, c.lastSeenAt, c.lastContactedAt, c.lastRepliedAt});
        const QStringList place = pick(rng, locations()).split(QLatin1Char('|'));
        c.city = place.at(0);
        c.region = place.at(1);
        c.country = place.at(2);
        c.browser = pick(rng, browsers);
        c.os = pick(rng, oses);
        c.customAttributes = {{QStringLiteral("plan"), pick(rng, plans)},
                              {QStringLiteral("seats"), int(rng.range(1, 250))},
                              {QStringLiteral("vip"), rng.chance(0.05)}};
        if (rng.chance(0.2))
            c.tags = randomTags(rng, ws, c.createdAt + rng.range(0, Day));
        if (rng.chance(0.1)) {
            const int notes = 1 + rng.below(3);
            for (int n = 0; n < notes; ++n)
                c.notes.push_back({ws.nextId(), c.createdAt + n * Day,
                                   ws.admins[size_t(rng.below(int(ws.admins.size())))].id,
                                   internalNote(rng)});
        }
        ws.contacts.push_back(std::move(c));
    }
    // The last few contacts were merged into earlier ones (GET answers 410 contact_merged).
    // Intercom keeps merge history only on users, so the canonical contact is the first user
    // at or after the drawn index (no extra draws: the rest of the workspace stays the same).
    const int merged = std::max(3, count / 200);
    const int live = count - merged;
    for (int i = live; i < count; ++i) {
        int canonical = rng.below(live);
        for (int k = 0; k < live && ws.contacts[size_t(canonical)].role != QLatin1String("user");
             ++k)
            canonical = (canonical + 1) % live;
        Contact &source = ws.contacts[size_t(i)];
        source.mergedInto = canonical;
        source.mergedAt = std::min(
            now, std::max(source.createdAt, ws.contacts[size_t(canonical)].createdAt) + Day);
    }
}

void WorkspaceGenerator::generateConversations(Workspace &ws, int count, Prng &rng)
{
    using namespace GeneratorText;
    const qint64 now = ws.m_now;
    for (int i = 0; i < 600; ++i)
        ws.sourceBodies.push_back(customerMessage(rng));
    for (int i = 0; i < 120; ++i)
        ws.subjects.push_back(subject(rng));
    ws.m_firstConversationId = FirstConversationId;
    const int liveContacts = int(ws.contacts.size()) - std::max(3, int(ws.contacts.size()) / 200);
    ws.conversations.resize(size_t(count));
    for (int i = 0; i < count; ++i) {
        Conversation &c = ws.conversations[size_t(i)];
        c.id = FirstConversationId + i;
        // Quadratic recency skew: more conversations per day the closer to now.
        const double x = 1.0 - (i + 0.5) / count;
        c.createdAt = now - qint64(double(History) * x * x) - rng.range(0, 3600);
        const qint64 age = now - c.createdAt;
        // Last activity falls somewhere in the conversation's life, not at "now" for every
        // recent one, so that lists sorted by recency look like a real inbox.
        c.updatedAt = c.createdAt
                      + std::min(qint64(double(age) * rng.unit()),
                                 rng.range(60, rng.chance(0.7) ? Day : 10 * Day));
        const int stateRoll = rng.below(100);
        c.state = stateRoll < 40   ? ConversationState::Open
                  : stateRoll < 50 ? ConversationState::Snoozed
                                   : ConversationState::Closed;
        if (c.state == ConversationState::Snoozed)
            c.snoozedUntil = now + rng.range(3600, 7 * Day);
        const int priorityRoll = rng.below(100);
        c.priority = priorityRoll < 60   ? Priority::None
                     : priorityRoll < 70 ? Priority::Low
                     : priorityRoll < 85 ? Priority::Medium
                     : priorityRoll < 95 ? Priority::High
                                         : Priority::Urgent;
        const int adminRoll = rng.below(100);
        c.adminAssigneeId = adminRoll < 25   ? 0
                            : adminRoll < 40 ? ws.admins[0].id
                                             : ws.admins[size_t(1 + rng.below(11))].id;
        c.teamAssigneeId = rng.chance(0.3) ? 0 : ws.teams[size_t(rng.below(4))].id;
        c.contact = rng.below(liveContacts);
        c.sourceBody = rng.below(int(ws.sourceBodies.size()));
        c.subject = rng.chance(0.2) ? rng.below(int(ws.subjects.size())) : -1;
        c.partCount = quint8(1 + int(29.0 * rng.unit() * rng.unit()));
        if (c.state == ConversationState::Open && rng.chance(0.6))
            c.waitingSince = c.updatedAt;
        c.read = c.state == ConversationState::Closed || rng.chance(0.5);
        if (rng.chance(0.35))
            c.tags = randomTags(rng, ws, c.createdAt + 60);
        if (c.state == ConversationState::Snoozed)
            ws.m_snoozes.insert({c.snoozedUntil, i});
    }
}

void WorkspaceGenerator::generateHelpCenter(Workspace &ws, Prng &rng)
{
    using namespace GeneratorText;
    const qint64 now = ws.m_now;
    ws.helpCenters.push_back({410001, QStringLiteral("triage-demo"),
                              QStringLiteral("Triage Demo Help"), now - History - 30 * Day,
                              now - 10 * Day});
    qint64 nextCollectionId = 8100001;
    int order = 0;
    for (const QString &name : collectionNames()) {
        Collection top;
        top.id = nextCollectionId++;
        top.name = name;
        top.description = QStringLiteral("Everything about ") + name.toLower() + QLatin1Char('.');
        top.createdAt = now - History + rng.range(0, 30 * Day);
        top.updatedAt = now - rng.range(Day, 200 * Day);
        top.helpCenterId = ws.helpCenters[0].id;
        top.order = order++;
        ws.collections.push_back(top);
        const int children = rng.below(3);
        for (int k = 0; k < children; ++k) {
            Collection child = top;
            child.id = nextCollectionId++;
            child.name = name + QStringLiteral(": part ") + QString::number(k + 1);
            child.parentId = top.id;
            child.order = k;
            child.updatedAt = now - rng.range(Day, 200 * Day);
            ws.collections.push_back(child);
        }
    }
    for (int i = 0; i < 60; ++i) {
        Article a;
        a.id = 5300001 + i;
        a.title = articleTitle(rng, i);
        a.description = QStringLiteral("A short guide: ") + a.title.toLower();
        a.body = articleBody(rng);
        a.authorId = ws.admins[size_t(rng.below(int(ws.admins.size())))].id;
        a.published = rng.chance(0.75);
        a.createdAt = now - History + rng.range(0, History / 2);
        a.updatedAt = a.createdAt + rng.range(0, History / 2);
        a.parentId = rng.chance(0.9)
                         ? ws.collections[size_t(rng.below(int(ws.collections.size())))].id
                         : 0;
        a.views = int(rng.range(0, 5000));
        ws.articles.push_back(a);
    }
}

std::vector<Part> WorkspaceGenerator::parts(const Workspace &ws, int index)
{
    using namespace GeneratorText;
    const Conversation &c = ws.conversations[size_t(index)];
    Prng rng = Prng::derived(ws.seed(), quint64(c.id));
    const int count = std::max(1, int(c.partCount));
    const qint64 actor = c.adminAssigneeId ? c.adminAssigneeId
                                           : ws.admins[size_t(rng.below(int(ws.admins.size())))].id;
    std::vector<Part> result;
    result.reserve(size_t(count));
    const qint64 span = std::max<qint64>(c.updatedAt - c.createdAt, count);
    for (int k = 0; k < count; ++k) {
        Part p;
        p.id = partId(index, k);
        p.createdAt = c.createdAt + span * (k + 1) / count;
        p.author = {AuthorType::Admin, actor, -1};
        const bool last = k == count - 1;
        if (last) {
            p.createdAt = c.updatedAt;
            p.stateAfter = c.state;
            if (c.state == ConversationState::Closed) {
                p.type = PartType::Close;
            } else if (c.state == ConversationState::Snoozed) {
                p.type = PartType::Snoozed;
            } else if (c.waitingSince) {
                p.author = {AuthorType::User, 0, c.contact};
                p.body = customerFollowUp(rng);
            } else {
                p.body = adminReply(rng);
            }
        } else if (k == 0 && (c.adminAssigneeId || c.teamAssigneeId)) {
            p.type = PartType::Assignment;
            if (c.adminAssigneeId)
                p.assignedAdminId = c.adminAssigneeId;
            else
                p.assignedTeamId = c.teamAssigneeId;
        } else {
            const int roll = rng.below(10);
            if (roll < 4) {
                p.body = adminReply(rng);
            } else if (roll < 8) {
                p.author = {AuthorType::User, 0, c.contact};
                p.body = customerFollowUp(rng);
            } else {
                p.type = PartType::Note;
                p.body = internalNote(rng);
            }
        }
        result.push_back(std::move(p));
    }
    return result;
}

} // namespace sandbox
