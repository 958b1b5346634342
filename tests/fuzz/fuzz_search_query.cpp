// libFuzzer target: the search-query builder. The bytes are a search text (UTF-8) as an agent
// types it; it goes through models::SearchParser (tokenizer, names, dates), the server query
// builder (api::SearchQuery and its JSON) and the local SQL filter, without a database.
// Beyond "no crash, leak or UB" the target checks the builder's promises and aborts when one
// breaks: a server query Intercom would refuse (more than 2 levels, more than 15 per group,
// mixed groups), errors pointing outside the text, SQL placeholders that don't match the
// bound values, and an FTS5 expression that isn't a list of quoted phrases.

#include "fuzzcheck.h"

#include "models/conversationfiltermatch.h"
#include "models/search/searchparser.h"
#include "models/search/searchserverquery.h"
#include "models/store/conversationfiltersql.h"
#include "models/store/searchindex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <cstddef>
#include <cstdint>

using namespace models;

namespace {

/// A small workspace: enough names for assignee:, team: and tag: to resolve (and to be
/// ambiguous: two teammates share a name).
SearchVocabulary vocabulary()
{
    SearchVocabulary words;
    const auto admin = [](const char *id, const char *name, const char *email) {
        api::Admin a;
        a.id = QString::fromLatin1(id);
        a.name = QString::fromUtf8(name);
        a.email = QString::fromLatin1(email);
        return a;
    };
    words.admins = {
        admin("101", "Ada Lovelace", "ada@example.com"), admin("102", "Grace", "grace@example.com"),
        admin("103", "Grace", "grace.h@example.com"), admin("104", "Zoë", "zoe@example.com")};
    api::Team team;
    team.id = QStringLiteral("7");
    team.name = QStringLiteral("Billing");
    words.teams = {team};
    for (const char *name : {"vip", "needs reply", "bug"}) {
        api::Tag tag;
        tag.id = QString::number(words.tags.size() + 900);
        tag.name = QString::fromLatin1(name);
        words.tags.append(tag);
    }
    words.meAdminId = QStringLiteral("101");
    return words;
}

/// Walks the JSON of a query: at most MaxDepth levels of groups, at most MaxPerGroup entries
/// per group, groups hold only filters or only groups, filters have field, operator, value.
int checkQueryJson(const QJsonObject &node, const QString &text)
{
    const QJsonValue value = node.value(QLatin1String("value"));
    const bool isGroup = !node.contains(QLatin1String("field"));
    if (!isGroup) {
        fuzz::require(!node.value(QLatin1String("field")).toString().isEmpty()
                          && !node.value(QLatin1String("operator")).toString().isEmpty()
                          && node.contains(QLatin1String("value")),
                      "server filter without field, operator or value", text);
        return 0;
    }
    const QString op = node.value(QLatin1String("operator")).toString();
    fuzz::require(op == QLatin1String("AND") || op == QLatin1String("OR"),
                  "server group with an unknown operator", text);
    const QJsonArray children = value.toArray();
    fuzz::require(value.isArray() && !children.isEmpty(), "empty server group", text);
    fuzz::require(children.size() <= api::SearchQuery::MaxPerGroup,
                  "server group with more than 15 entries", text);
    int deepest = 0;
    int groups = 0;
    for (const QJsonValue &child : children) {
        const int depth = checkQueryJson(child.toObject(), text);
        groups += depth > 0 ? 1 : 0;
        deepest = qMax(deepest, depth);
    }
    fuzz::require(groups == 0 || groups == children.size(),
                  "server group mixing filters and groups", text);
    fuzz::require(deepest + 1 <= api::SearchQuery::MaxDepth,
                  "server query nested more than 2 levels", text);
    return deepest + 1;
}

/// FTS5 MATCH text: space-separated "quoted" phrases (inner quotes doubled), only the last one
/// followed by '*'. Anything else would let typed text act as FTS5 syntax.
void checkMatchExpression(const QString &match, const QString &text)
{
    qsizetype pos = 0;
    while (pos < match.size()) {
        fuzz::require(match.at(pos) == u'"', "FTS phrase not quoted", text + u'\n' + match);
        ++pos;
        bool closed = false;
        while (pos < match.size() && !closed) {
            if (match.at(pos) == u'"') {
                if (pos + 1 < match.size() && match.at(pos + 1) == u'"')
                    pos += 2;
                else {
                    closed = true;
                    ++pos;
                }
            } else {
                ++pos;
            }
        }
        fuzz::require(closed, "unterminated FTS phrase", text + u'\n' + match);
        if (pos < match.size() && match.at(pos) == u'*') {
            ++pos;
            fuzz::require(pos == match.size(), "prefix '*' before the last phrase",
                          text + u'\n' + match);
        }
        if (pos < match.size()) {
            fuzz::require(match.at(pos) == u' ', "FTS phrases not separated by one space",
                          text + u'\n' + match);
            ++pos;
            fuzz::require(pos < match.size(), "trailing space in FTS expression", text);
        }
    }
}

void checkSql(const ConversationFilter &filter, const QString &text)
{
    for (const bool includeText : {true, false}) {
        const SqlCondition condition = ConversationFilterSql::where(filter, includeText);
        fuzz::require(!condition.sql.isEmpty(), "empty SQL condition", text);
        fuzz::require(condition.sql.count(u'?') == condition.values.size(),
                      "SQL placeholders and values differ", text + u'\n' + condition.sql);
    }
    const SqlCondition ranges = ConversationFilterSql::rangesWhere(filter);
    fuzz::require(ranges.sql.count(u'?') == ranges.values.size(),
                  "range placeholders and values differ", text + u'\n' + ranges.sql);

    const QString match = ConversationFilterSql::matchExpression(filter.text);
    checkMatchExpression(match, text);
    // Facet tokens (state, assignee, tag …) are reachable only through the filter, never
    // through typed words.
    fuzz::require(!match.contains(QChar(SearchIndex::facetMark)), "typed text reaches facets",
                  text);
    const QString full = ConversationFilterSql::textMatch(filter);
    fuzz::require(full.isEmpty() == match.isEmpty() && full.count(u'"') % 2 == 0,
                  "FTS query with unbalanced quotes", text + u'\n' + full);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initializeApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Nobody types a megabyte into the search field; long inputs only slow the search down.
    if (size > 4096)
        return 0;
    static const SearchParser parser = [] {
        SearchParser p(vocabulary());
        // A fixed moment (so parsing is deterministic) on a daylight-saving change day.
        const QDateTime now(QDate(2025, 3, 30), QTime(12, 30), QTimeZone("Europe/Berlin"));
        fuzz::require(now.isValid(), "the fuzz target's clock is invalid");
        p.setNow(now);
        return p;
    }();
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    const QList<SearchToken> tokens = tokenizeSearch(text);
    for (const SearchToken &token : tokens) {
        fuzz::require(token.position >= 0 && token.length >= 0
                          && token.position + token.length <= text.size(),
                      "token outside the text", text);
    }
    searchTokenAt(tokens, int(size % (text.size() + 1)));

    const ParsedSearch search = parser.parse(text);
    for (const SearchError &error : search.errors) {
        fuzz::require(error.position >= 0 && error.length >= 0
                          && error.position + error.length <= text.size(),
                      "search error outside the text", text);
        fuzz::require(!error.message.isEmpty(), "search error without a message", text);
    }
    if (search.hasServerQuery) {
        fuzz::require(search.serverQuery.validate().isEmpty(), "built query fails validate()",
                      text);
        fuzz::require(search.serverQuery.depth() <= api::SearchQuery::MaxDepth,
                      "built query deeper than 2", text);
        const QJsonObject json = search.serverQuery.toJson();
        checkQueryJson(json, text);
        api::SearchRequest request;
        request.query = search.serverQuery;
        request.perPage = 50;
        fuzz::require(request.validate().isEmpty(), "search request refused", text);
        QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
    }

    // Building again from the same parts gives the same answer (the parser builds only for
    // valid, non-empty searches).
    if (search.isValid() && !search.isEmpty()) {
        ParsedSearch rebuilt = search;
        buildServerQuery(rebuilt);
        fuzz::require(rebuilt.hasServerQuery == search.hasServerQuery
                          && rebuilt.serverProblem == search.serverProblem
                          && rebuilt.serverQuery.toJson() == search.serverQuery.toJson(),
                      "server query not deterministic", text);
    } else {
        fuzz::require(!search.hasServerQuery, "server query for an invalid or empty search",
                      text);
    }

    checkSql(search.filter, text);
    // The raw text as free text: the FTS expression must hold for anything typed.
    ConversationFilter textOnly;
    textOnly.text = text;
    checkSql(textOnly, text);

    ConversationSummary row;
    row.tagIds = {QStringLiteral("900")};
    row.updatedAt = 1743290000;
    search.acceptsLocally(row);
    matchesIgnoringText(search.filter, row);
    fuzz::require(search.sameLocalSearch(parser.parse(text)), "parse not deterministic", text);
    return 0;
}
