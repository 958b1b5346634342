#include "storefixture.h"

#include "models/search/searchparser.h"
#include "models/search/searchserverquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace models;
using storetest::admin;
using storetest::tag;
using storetest::team;

namespace {

QString day(qint64 seconds)
{
    return seconds ? QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc())
                         .toString(QStringLiteral("MM-dd hh:mm:ss"))
                   : QString();
}

/// The local side in one line: only the parts that are set.
QString describeLocal(const ParsedSearch &search)
{
    const ConversationFilter &f = search.filter;
    QStringList parts;
    if (!f.states.isEmpty()) {
        QStringList states;
        for (auto state : f.states)
            states << QString::number(int(state));
        parts << QLatin1String("states=") + states.join(QLatin1Char(','));
    }
    if (!f.adminAssigneeId.isEmpty())
        parts << QLatin1String("admin=") + f.adminAssigneeId;
    if (!f.teamAssigneeId.isEmpty())
        parts << QLatin1String("team=") + f.teamAssigneeId;
    if (!search.requiredTagIds.isEmpty())
        parts << QLatin1String("tags=") + search.requiredTagIds.join(QLatin1Char(','));
    if (!search.excludedTagIds.isEmpty())
        parts << QLatin1String("-tags=") + search.excludedTagIds.join(QLatin1Char(','));
    if (search.read.has_value())
        parts << QLatin1String(*search.read ? "read" : "unread");
    if (!f.priorities.isEmpty()) {
        QStringList priorities;
        for (auto priority : f.priorities)
            priorities << api::Conversation::priorityToString(priority);
        parts << QLatin1String("priority=") + priorities.join(QLatin1Char(','));
    }
    if (f.createdFrom || f.createdTo)
        parts << QLatin1String("created=") + day(f.createdFrom) + QLatin1String("..")
                     + day(f.createdTo);
    if (f.updatedFrom || f.updatedTo)
        parts << QLatin1String("updated=") + day(f.updatedFrom) + QLatin1String("..")
                     + day(f.updatedTo);
    if (!f.text.isEmpty())
        parts << QLatin1String("text=") + f.text;
    return parts.join(QLatin1Char(' '));
}

QString describeServer(const QJsonObject &query)
{
    if (query.contains(QLatin1String("field"))) {
        const QJsonValue value = query.value(QLatin1String("value"));
        QString text
            = value.isArray()
                  ? QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact))
                  : value.toVariant().toString();
        if (value.isString())
            text = QLatin1Char('\'') + text + QLatin1Char('\'');
        return query.value(QLatin1String("field")).toString() + QLatin1Char(' ')
               + query.value(QLatin1String("operator")).toString() + QLatin1Char(' ') + text;
    }
    QStringList children;
    const QJsonArray values = query.value(QLatin1String("value")).toArray();
    for (const QJsonValue &child : values)
        children << describeServer(child.toObject());
    return query.value(QLatin1String("operator")).toString() + QLatin1Char('(')
           + children.join(QLatin1String(", ")) + QLatin1Char(')');
}

} // namespace

class TestSearchParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void parse_data();
    void parse();
    void errors_data();
    void errors();
    void serverLimits();
    void everyWordIsAnOrOfTheTextFields();
    void acceptsLocally();
    void tokenAtCursor();
    void meUnknown();
    void help();

private:
    SearchParser m_parser;
};

void TestSearchParser::init()
{
    SearchVocabulary vocabulary;
    vocabulary.admins
        = {admin(QStringLiteral("1"), QStringLiteral("Ann Lee"), QStringLiteral("ann@example.com")),
           admin(QStringLiteral("2"), QStringLiteral("Bob"), QStringLiteral("bob@example.com")),
           admin(QStringLiteral("3"), QStringLiteral("bob"), QStringLiteral("bob2@example.com"))};
    vocabulary.teams = {team(QStringLiteral("10"), QStringLiteral("Billing")),
                        team(QStringLiteral("11"), QStringLiteral("Tier 2")),
                        team(QStringLiteral("12"), QStringLiteral("Twins")),
                        team(QStringLiteral("13"), QStringLiteral("twins"))};
    vocabulary.tags = {tag(QStringLiteral("t1"), QStringLiteral("vip")),
                       tag(QStringLiteral("t2"), QStringLiteral("needs reply")),
                       tag(QStringLiteral("t3"), QStringLiteral("Spam")),
                       tag(QStringLiteral("t4"), QStringLiteral("dup")),
                       tag(QStringLiteral("t5"), QStringLiteral("DUP"))};
    vocabulary.meAdminId = QStringLiteral("1");
    m_parser.setVocabulary(vocabulary);
    m_parser.setNow(QDateTime(QDate(2024, 6, 15), QTime(12, 0), QTimeZone::utc()));
}

void TestSearchParser::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("server");

    QTest::newRow("empty") << QString() << QString() << QString();
    QTest::newRow("blank") << QStringLiteral("   ") << QString() << QString();
    QTest::newRow("text/one") << QStringLiteral("refund") << QStringLiteral("text=refund")
                              << QStringLiteral("OR(source.body ~ 'refund', source.subject ~ "
                                                "'refund', source.author.name ~ 'refund', "
                                                "source.author.email ~ 'refund')");
    QTest::newRow("text/punctuation-only") << QStringLiteral("-- !!") << QString() << QString();
    QTest::newRow("text/quoted-colon")
        << QStringLiteral("\"error: disk\"") << QStringLiteral("text=error: disk")
        << QStringLiteral("AND(OR(source.body ~ 'error:', source.subject ~ 'error:', "
                          "source.author.name ~ 'error:', source.author.email ~ 'error:'), "
                          "OR(source.body ~ 'disk', source.subject ~ 'disk', "
                          "source.author.name ~ 'disk', source.author.email ~ 'disk'))");
    QTest::newRow("text/url") << QStringLiteral("\"https://x.io\"")
                              << QStringLiteral("text=https://x.io") << QStringLiteral("*");
    QTest::newRow("is/open") << QStringLiteral("is:open") << QStringLiteral("states=1")
                             << QStringLiteral("state = 'open'");
    QTest::newRow("is/case") << QStringLiteral("IS:Snoozed") << QStringLiteral("states=3")
                             << QStringLiteral("state = 'snoozed'");
    QTest::newRow("is/two-states")
        << QStringLiteral("is:open is:snoozed is:open") << QStringLiteral("states=1,3")
        << QStringLiteral("state IN [\"open\",\"snoozed\"]");
    QTest::newRow("is/unread") << QStringLiteral("is:unread") << QStringLiteral("unread")
                               << QStringLiteral("read = false");
    QTest::newRow("is/read-closed")
        << QStringLiteral("is:read is:closed") << QStringLiteral("states=2 read")
        << QStringLiteral("AND(state = 'closed', read = true)");
    QTest::newRow("assignee/me") << QStringLiteral("assignee:me") << QStringLiteral("admin=1")
                                 << QStringLiteral("admin_assignee_id = 1");
    QTest::newRow("assignee/none") << QStringLiteral("assignee:None") << QStringLiteral("admin=0")
                                   << QStringLiteral("admin_assignee_id = 0");
    QTest::newRow("assignee/quoted-name")
        << QStringLiteral("assignee:\"ann lee\"") << QStringLiteral("admin=1")
        << QStringLiteral("admin_assignee_id = 1");
    QTest::newRow("assignee/email")
        << QStringLiteral("assignee:BOB2@example.com") << QStringLiteral("admin=3")
        << QStringLiteral("admin_assignee_id = 3");
    QTest::newRow("team/name") << QStringLiteral("team:\"tier 2\" is:open")
                               << QStringLiteral("states=1 team=11")
                               << QStringLiteral("AND(state = 'open', team_assignee_id = 11)");
    QTest::newRow("team/none") << QStringLiteral("team:none assignee:none")
                               << QStringLiteral("admin=0 team=0")
                               << QStringLiteral(
                                      "AND(admin_assignee_id = 0, team_assignee_id = 0)");
    QTest::newRow("tag/one") << QStringLiteral("tag:VIP") << QStringLiteral("tags=t1")
                             << QStringLiteral("tag_ids = 't1'");
    QTest::newRow("tag/all-of") << QStringLiteral("tag:vip tag:\"needs reply\" tag:vip")
                                << QStringLiteral("tags=t1,t2")
                                << QStringLiteral("AND(tag_ids = 't1', tag_ids = 't2')");
    QTest::newRow("tag/excluded") << QStringLiteral("-tag:spam -tag:vip")
                                  << QStringLiteral("-tags=t3,t1")
                                  << QStringLiteral("tag_ids NIN [\"t3\",\"t1\"]");
    QTest::newRow("priority/yes") << QStringLiteral("priority:yes")
                                  << QStringLiteral("priority=low,medium,high,urgent")
                                  << QStringLiteral(
                                         "priority IN [\"low\",\"medium\",\"high\",\"urgent\"]");
    QTest::newRow("priority/no") << QStringLiteral("priority:no") << QStringLiteral("priority=none")
                                 << QStringLiteral("priority = 'none'");
    QTest::newRow("priority/high")
        << QStringLiteral("priority:HIGH") << QStringLiteral("priority=high")
        << QStringLiteral("priority = 'high'");
    QTest::newRow("date/after-day")
        << QStringLiteral("after:2024-05-01") << QStringLiteral("updated=05-02 00:00:00..")
        << QStringLiteral("updated_at > 1714607999");
    QTest::newRow("date/before-day")
        << QStringLiteral("before:2024-05-01") << QStringLiteral("updated=..04-30 23:59:59")
        << QStringLiteral("updated_at < 1714521600");
    QTest::newRow("date/that-day") << QStringLiteral("created:2024-05-01")
                                   << QStringLiteral("created=05-01 00:00:00..05-01 23:59:59")
                                   << QStringLiteral("AND(created_at > 1714521599, "
                                                     "created_at < 1714608000)");
    QTest::newRow("date/inclusive")
        << QStringLiteral("updated:>=2024-05-01 updated:<=2024-05-02")
        << QStringLiteral("updated=05-01 00:00:00..05-02 23:59:59") << QStringLiteral("*");
    QTest::newRow("date/relative-days")
        << QStringLiteral("updated:7d") << QStringLiteral("updated=06-08 12:00:00..")
        << QStringLiteral("updated_at > 1717847999");
    QTest::newRow("date/relative-older")
        << QStringLiteral("created:<2w") << QStringLiteral("created=..06-01 12:00:00")
        << QStringLiteral("created_at < 1717243201");
    QTest::newRow("date/relative-hours")
        << QStringLiteral("after:12h") << QStringLiteral("updated=06-15 00:00:00..")
        << QStringLiteral("*");
    QTest::newRow("date/narrowing")
        << QStringLiteral("after:2024-01-01 after:2024-03-01")
        << QStringLiteral("updated=03-02 00:00:00..") << QStringLiteral("*");
    QTest::newRow("mixed/everything")
        << QStringLiteral("is:open assignee:me team:Billing tag:vip -tag:spam priority:yes "
                          "is:unread after:7d card declined")
        << QStringLiteral("states=1 admin=1 team=10 tags=t1 -tags=t3 unread "
                          "priority=low,medium,high,urgent updated=06-08 12:00:00.. "
                          "text=card declined")
        << QStringLiteral("*");
}

void TestSearchParser::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, local);
    QFETCH(QString, server);
    const ParsedSearch parsed = m_parser.parse(text);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.errors.value(0).message));
    QCOMPARE(describeLocal(parsed), local);
    QCOMPARE(parsed.isEmpty(), local.isEmpty());
    QCOMPARE(parsed.hasServerQuery, !server.isEmpty());
    if (server.isEmpty())
        return;
    QVERIFY(parsed.serverProblem.isEmpty());
    QCOMPARE(parsed.serverQuery.validate(), QString());
    QVERIFY(parsed.serverQuery.depth() <= api::SearchQuery::MaxDepth);
    if (server != QLatin1String("*"))
        QCOMPARE(describeServer(parsed.serverQuery.toJson()), server);
}

void TestSearchParser::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("length");

    QTest::newRow("error/unclosed-quote") << QStringLiteral("tag:\"needs reply") << 4 << 1;
    QTest::newRow("error/unknown-key") << QStringLiteral("word asignee:me") << 5 << 10;
    QTest::newRow("error/empty-value") << QStringLiteral("is:open tag:") << 8 << 4;
    QTest::newRow("error/negated-word") << QStringLiteral("-refund") << 0 << 7;
    QTest::newRow("error/negated-filter") << QStringLiteral("-is:open") << 0 << 8;
    QTest::newRow("error/state") << QStringLiteral("is:pending") << 0 << 10;
    QTest::newRow("error/read-conflict") << QStringLiteral("is:read is:unread") << 8 << 9;
    QTest::newRow("error/teammate-unknown") << QStringLiteral("assignee:carol") << 0 << 14;
    QTest::newRow("error/teammate-ambiguous") << QStringLiteral("assignee:bob") << 0 << 12;
    QTest::newRow("error/assignee-twice")
        << QStringLiteral("assignee:me assignee:none") << 12 << 13;
    QTest::newRow("error/team-unknown") << QStringLiteral("team:Sales") << 0 << 10;
    QTest::newRow("error/team-ambiguous") << QStringLiteral("team:TWINS") << 0 << 10;
    QTest::newRow("error/team-twice") << QStringLiteral("team:none team:Billing") << 10 << 12;
    QTest::newRow("error/tag-unknown") << QStringLiteral("x tag:gold") << 2 << 8;
    QTest::newRow("error/tag-ambiguous") << QStringLiteral("tag:dup") << 0 << 7;
    QTest::newRow("error/tag-conflict") << QStringLiteral("tag:vip -tag:VIP") << 8 << 8;
    QTest::newRow("error/priority") << QStringLiteral("priority:maybe") << 0 << 14;
    QTest::newRow("error/priority-twice") << QStringLiteral("priority:yes priority:no") << 13 << 11;
    QTest::newRow("error/date-format") << QStringLiteral("after:yesterday") << 0 << 15;
    QTest::newRow("error/date-invalid") << QStringLiteral("created:2024-02-30") << 0 << 18;
    QTest::newRow("error/date-too-far") << QStringLiteral("updated:<999999w") << 0 << 16;
    QTest::newRow("error/date-before-1970") << QStringLiteral("before:1960-01-01") << 0 << 17;
    QTest::newRow("error/date-empty-range")
        << QStringLiteral("after:2024-05-02 before:2024-05-01") << 17 << 17;
}

void TestSearchParser::errors()
{
    QFETCH(QString, text);
    QFETCH(int, position);
    QFETCH(int, length);
    const ParsedSearch parsed = m_parser.parse(text);
    QCOMPARE(parsed.errors.size(), 1);
    const SearchError &error = parsed.errors.constFirst();
    QCOMPARE(error.position, position);
    QCOMPARE(error.length, length);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!parsed.hasServerQuery);
}

void TestSearchParser::serverLimits()
{
    QStringList words;
    for (int i = 0; i < 15; ++i)
        words << QStringLiteral("w%1").arg(i);
    // 15 words alone fit one AND group of 15 OR groups.
    ParsedSearch parsed = m_parser.parse(words.join(QLatin1Char(' ')));
    QVERIFY(parsed.hasServerQuery);
    QCOMPARE(parsed.serverQuery.depth(), 2);
    // With a filter the filters' group takes one place: 14 words at most.
    parsed = m_parser.parse(QStringLiteral("is:open ") + words.join(QLatin1Char(' ')));
    QVERIFY(parsed.isValid());
    QVERIFY(!parsed.hasServerQuery);
    QVERIFY(!parsed.serverProblem.isEmpty());
    QCOMPARE(parsed.filter.text, words.join(QLatin1Char(' '))); // local search still runs
    words.removeLast();
    parsed = m_parser.parse(QStringLiteral("is:open ") + words.join(QLatin1Char(' ')));
    QVERIFY(parsed.hasServerQuery);
    QCOMPARE(parsed.serverQuery.validate(), QString());

    // More than 15 filters: many tags.
    SearchVocabulary vocabulary = m_parser.vocabulary();
    QStringList tags;
    for (int i = 0; i < 16; ++i) {
        vocabulary.tags << tag(QStringLiteral("x%1").arg(i), QStringLiteral("tag%1").arg(i));
        tags << QStringLiteral("tag:tag%1").arg(i);
    }
    SearchParser many(vocabulary);
    parsed = many.parse(tags.join(QLatin1Char(' ')));
    QVERIFY(parsed.isValid());
    QVERIFY(!parsed.hasServerQuery);
    QVERIFY(!parsed.serverProblem.isEmpty());
}

void TestSearchParser::everyWordIsAnOrOfTheTextFields()
{
    const ParsedSearch parsed = m_parser.parse(QStringLiteral("is:open printer jam"));
    const QJsonObject json = parsed.serverQuery.toJson();
    QCOMPARE(json.value(QLatin1String("operator")).toString(), QStringLiteral("AND"));
    const QJsonArray groups = json.value(QLatin1String("value")).toArray();
    QCOMPARE(groups.size(), 3);
    QCOMPARE(describeServer(groups.at(0).toObject()), QStringLiteral("AND(state = 'open')"));
    for (int i = 1; i < 3; ++i) {
        const QJsonObject group = groups.at(i).toObject();
        QCOMPARE(group.value(QLatin1String("operator")).toString(), QStringLiteral("OR"));
        QCOMPARE(group.value(QLatin1String("value")).toArray().size(), serverTextFields().size());
    }
}

void TestSearchParser::acceptsLocally()
{
    const ParsedSearch parsed = m_parser.parse(QStringLiteral("tag:vip tag:\"needs reply\" "
                                                              "-tag:spam is:unread"));
    QCOMPARE(parsed.filter.tagId, QStringLiteral("t1"));
    ConversationSummary row;
    row.read = false;
    row.tagIds = {QStringLiteral("t2"), QStringLiteral("t1")};
    QVERIFY(parsed.acceptsLocally(row));
    row.tagIds.append(QStringLiteral("t3"));
    QVERIFY(!parsed.acceptsLocally(row)); // excluded tag
    row.tagIds = {QStringLiteral("t1")};
    QVERIFY(!parsed.acceptsLocally(row)); // one required tag missing
    row.tagIds = {QStringLiteral("t1"), QStringLiteral("t2")};
    row.read = true;
    QVERIFY(!parsed.acceptsLocally(row)); // read
}

void TestSearchParser::tokenAtCursor()
{
    const QString text = QStringLiteral("is:open  tag:\"needs re");
    const QList<SearchToken> tokens = tokenizeSearch(text);
    QCOMPARE(tokens.size(), 2);
    QCOMPARE(searchTokenAt(tokens, 0), 0);
    QCOMPARE(searchTokenAt(tokens, 7), 0);
    QCOMPARE(searchTokenAt(tokens, 8), -1);
    QCOMPARE(searchTokenAt(tokens, int(text.size())), 1);
    QCOMPARE(tokens.at(1).key, QStringLiteral("tag"));
    QCOMPARE(tokens.at(1).value, QStringLiteral("needs re"));
    QCOMPARE(tokens.at(1).valuePosition, 13);
}

void TestSearchParser::meUnknown()
{
    SearchVocabulary vocabulary = m_parser.vocabulary();
    vocabulary.meAdminId.clear();
    const ParsedSearch parsed = SearchParser(vocabulary).parse(QStringLiteral("assignee:me"));
    QCOMPARE(parsed.errors.size(), 1);
    QCOMPARE(parsed.errors.constFirst().position, 0);
}

void TestSearchParser::help()
{
    const QString help = SearchParser::syntaxHelp();
    for (const QString &key : SearchParser::keys())
        QVERIFY2(help.contains(key + QLatin1Char(':')), qPrintable(key));
}

QTEST_GUILESS_MAIN(TestSearchParser)
#include "tst_searchparser.moc"
