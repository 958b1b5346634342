#include "searchparser.h"

#include "searchdates.h"
#include "searchserverquery.h"

#include <QRegularExpression>

namespace models {

using State = api::Conversation::State;
using Priority = api::Conversation::Priority;

struct SearchParser::Context
{
    ParsedSearch result;
    QDateTime now;
    bool hasAssignee = false;
    bool hasTeam = false;
    bool hasPriority = false;

    void error(const SearchToken &token, const QString &message)
    {
        result.errors.append({token.position, token.length, message});
    }
};

namespace {

/// The ids of the items whose name (or email, for teammates) is \a value, ignoring case.
template<typename T, typename Names>
QStringList idsNamed(const QList<T> &items, const QString &value, Names names)
{
    QStringList ids;
    for (const T &item : items) {
        for (const QString &name : names(item)) {
            if (!name.isEmpty() && name.compare(value, Qt::CaseInsensitive) == 0) {
                ids.append(item.id);
                break;
            }
        }
    }
    return ids;
}

bool isNone(const QString &value)
{
    return value.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0;
}

} // namespace

SearchParser::SearchParser(SearchVocabulary vocabulary)
    : m_vocabulary(std::move(vocabulary))
{}

QStringList SearchParser::keys()
{
    return {QStringLiteral("is"),      QStringLiteral("assignee"), QStringLiteral("team"),
            QStringLiteral("tag"),     QStringLiteral("priority"), QStringLiteral("created"),
            QStringLiteral("updated"), QStringLiteral("after"),    QStringLiteral("before")};
}

QString SearchParser::syntaxHelp()
{
    return tr("Search words in titles, messages, notes and contacts. Filters:\n"
              "is:open, is:closed, is:snoozed, is:unread, is:read\n"
              "assignee:me, assignee:none, assignee:\"Ann Lee\" (name or email)\n"
              "team:Billing, team:none\n"
              "tag:vip (repeat for all of several), -tag:spam (without)\n"
              "priority:yes, priority:no, priority:high\n"
              "updated:>2024-05-01, created:<7d, updated:2024-05-01 (that day)\n"
              "after:7d and before:2024-01-31 (last update)");
}

ParsedSearch SearchParser::parse(const QString &text) const
{
    Context context;
    context.now = m_now.isValid() ? m_now : QDateTime::currentDateTime();
    const QList<SearchToken> tokens = tokenizeSearch(text, &context.result.errors);
    for (const SearchToken &token : tokens)
        apply(token, context);
    ParsedSearch &result = context.result;
    result.filter.text = result.words.join(QLatin1Char(' '));
    if (!result.requiredTagIds.isEmpty())
        result.filter.tagId = result.requiredTagIds.constFirst();
    if (result.isValid() && !result.isEmpty())
        buildServerQuery(result);
    return result;
}

void SearchParser::apply(const SearchToken &token, Context &context) const
{
    if (!token.isFilter()) {
        if (token.negated) {
            context.error(token, tr("Words cannot be excluded; only tags can (-tag:)."));
            return;
        }
        static const QRegularExpression wordChar(QStringLiteral("[\\p{L}\\p{N}]"));
        // Words split as the local index splits them; punctuation alone searches nothing.
        const QStringList words = token.value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : words) {
            if (word.contains(wordChar))
                context.result.words.append(word);
        }
        return;
    }
    if (!keys().contains(token.key)) {
        context.error(token, tr("Unknown filter \"%1:\". Filters are: %2.")
                                 .arg(token.key, keys().join(QLatin1String(", "))));
        return;
    }
    if (token.negated && token.key != QLatin1String("tag")) {
        context.error(token, tr("Only tags can be excluded (-tag:)."));
        return;
    }
    if (token.value.trimmed().isEmpty()) {
        context.error(token, tr("Type a value after \"%1:\".").arg(token.key));
        return;
    }
    if (token.key == QLatin1String("is"))
        applyIs(token, context);
    else if (token.key == QLatin1String("assignee"))
        applyAssignee(token, context);
    else if (token.key == QLatin1String("team"))
        applyTeam(token, context);
    else if (token.key == QLatin1String("tag"))
        applyTag(token, context);
    else if (token.key == QLatin1String("priority"))
        applyPriority(token, context);
    else if (token.key == QLatin1String("after"))
        applyDate(token, QStringLiteral("updated"), QLatin1Char('>') + token.value, context);
    else if (token.key == QLatin1String("before"))
        applyDate(token, QStringLiteral("updated"), QLatin1Char('<') + token.value, context);
    else
        applyDate(token, token.key, token.value, context);
}

void SearchParser::applyIs(const SearchToken &token, Context &context) const
{
    const QString value = token.value.toLower();
    ParsedSearch &result = context.result;
    if (value == QLatin1String("read") || value == QLatin1String("unread")) {
        const bool read = value == QLatin1String("read");
        if (result.read.has_value() && *result.read != read)
            context.error(token, tr("is:read and is:unread exclude each other."));
        result.read = read;
        return;
    }
    const State state = api::Conversation::stateFromString(value);
    if (state == State::Unknown) {
        context.error(token, tr("\"%1\" is not a state: use open, closed, snoozed, unread or "
                                "read.")
                                 .arg(token.value));
        return;
    }
    if (!result.filter.states.contains(state))
        result.filter.states.append(state);
}

QString SearchParser::resolveAdmin(const SearchToken &token, Context &context) const
{
    const QString value = token.value.trimmed();
    if (value.compare(QLatin1String("me"), Qt::CaseInsensitive) == 0) {
        if (m_vocabulary.meAdminId.isEmpty())
            context.error(token, tr("Your teammate account is not known yet; try again once "
                                    "the workspace is synced."));
        return m_vocabulary.meAdminId;
    }
    if (isNone(value))
        return api::Conversation::unassigned();
    const QStringList ids = idsNamed(m_vocabulary.admins, value, [](const api::Admin &admin) {
        return QStringList{admin.name, admin.email};
    });
    if (ids.isEmpty())
        context.error(token, tr("No teammate is called \"%1\".").arg(value));
    else if (ids.size() > 1)
        context.error(token,
                      tr("Several teammates are called \"%1\"; use the email instead.").arg(value));
    return ids.value(0);
}

void SearchParser::applyAssignee(const SearchToken &token, Context &context) const
{
    if (context.hasAssignee) {
        context.error(token, tr("Only one assignee: filter can be used."));
        return;
    }
    context.hasAssignee = true;
    context.result.filter.adminAssigneeId = resolveAdmin(token, context);
}

void SearchParser::applyTeam(const SearchToken &token, Context &context) const
{
    if (context.hasTeam) {
        context.error(token, tr("Only one team: filter can be used."));
        return;
    }
    context.hasTeam = true;
    const QString value = token.value.trimmed();
    if (isNone(value)) {
        context.result.filter.teamAssigneeId = api::Conversation::unassigned();
        return;
    }
    const QStringList ids = idsNamed(m_vocabulary.teams, value,
                                     [](const api::Team &team) { return QStringList{team.name}; });
    if (ids.isEmpty())
        context.error(token, tr("No team is called \"%1\".").arg(value));
    else if (ids.size() > 1)
        context.error(token, tr("Several teams are called \"%1\".").arg(value));
    else
        context.result.filter.teamAssigneeId = ids.constFirst();
}

void SearchParser::applyTag(const SearchToken &token, Context &context) const
{
    const QString value = token.value.trimmed();
    const QStringList ids = idsNamed(m_vocabulary.tags, value,
                                     [](const api::Tag &tag) { return QStringList{tag.name}; });
    if (ids.isEmpty()) {
        context.error(token, tr("No tag is called \"%1\".").arg(value));
        return;
    }
    if (ids.size() > 1) {
        context.error(token, tr("Several tags are called \"%1\".").arg(value));
        return;
    }
    ParsedSearch &result = context.result;
    const QString &id = ids.constFirst();
    QStringList &list = token.negated ? result.excludedTagIds : result.requiredTagIds;
    const QStringList &other = token.negated ? result.requiredTagIds : result.excludedTagIds;
    if (other.contains(id))
        context.error(token, tr("The tag \"%1\" is both required and excluded.").arg(value));
    else if (!list.contains(id))
        list.append(id);
}

void SearchParser::applyPriority(const SearchToken &token, Context &context) const
{
    if (context.hasPriority) {
        context.error(token, tr("Only one priority: filter can be used."));
        return;
    }
    context.hasPriority = true;
    const QString value = token.value.toLower();
    QList<Priority> &priorities = context.result.filter.priorities;
    if (value == QLatin1String("yes")) {
        priorities = {Priority::Low, Priority::Medium, Priority::High, Priority::Urgent};
    } else if (value == QLatin1String("no") || value == QLatin1String("none")) {
        priorities = {Priority::None};
    } else if (const Priority priority = api::Conversation::priorityFromString(value);
               priority != Priority::None
               && api::Conversation::priorityToString(priority) == value) {
        priorities = {priority};
    } else {
        context.error(token, tr("\"%1\" is not a priority: use yes, no, low, medium, high or "
                                "urgent.")
                                 .arg(token.value));
    }
}

void SearchParser::applyDate(const SearchToken &token, const QString &field,
                             const QString &condition, Context &context) const
{
    const DateRange range = parseDateCondition(condition, context.now);
    if (!range.error.isEmpty()) {
        context.error(token, range.error);
        return;
    }
    ConversationFilter &filter = context.result.filter;
    const bool created = field == QLatin1String("created");
    qint64 &from = created ? filter.createdFrom : filter.updatedFrom;
    qint64 &to = created ? filter.createdTo : filter.updatedTo;
    // Several conditions on one date narrow it (all of them must hold).
    if (range.from > 0)
        from = qMax(from, range.from);
    if (range.to > 0)
        to = to > 0 ? qMin(to, range.to) : range.to;
    if (from > 0 && to > 0 && from > to)
        context.error(token, tr("No date can satisfy this together with the other %1 "
                                "conditions.")
                                 .arg(field));
}

} // namespace models
