#include "sandboxapitesthelpers.h"

#include "sandbox/workspace.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace sandbox;
using namespace sandbox::test;

/// Endpoints other than conversations, pagination and errors, through SandboxApi::handle().
class TestSandboxApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_api = std::make_unique<SandboxApi>(WorkspaceOptions{11, 400, Now}); }
    void shapes_data();
    void shapes();
    void paginationWalk_data();
    void paginationWalk();
    void badPagination_data();
    void badPagination();
    void errors();
    void mergedContact();
    void mergeHistory();
    void contactUpdateNotesTags();
    void contactSearch();
    void adminAway();
    void tagsCreateRename();
    void articlesAndCollections();

private:
    std::unique_ptr<SandboxApi> m_api;
};

/// pages.next.starting_after of a cursor-paged list; empty on the last page.
static QString nextCursor(const QJsonObject &list)
{
    return list.value(QStringLiteral("pages"))
        .toObject()
        .value(QStringLiteral("next"))
        .toObject()
        .value(QStringLiteral("starting_after"))
        .toString();
}

void TestSandboxApi::shapes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("listKey");
    QTest::newRow("me") << "/me"
                        << "admin"
                        << "";
    QTest::newRow("admins") << "/admins"
                            << "admin.list"
                            << "admins";
    QTest::newRow("teams") << "/teams"
                           << "team.list"
                           << "teams";
    QTest::newRow("tags") << "/tags"
                          << "list"
                          << "data";
    QTest::newRow("contacts") << "/contacts"
                              << "list"
                              << "data";
    QTest::newRow("companies") << "/companies"
                               << "list"
                               << "data";
    QTest::newRow("articles") << "/articles"
                              << "list"
                              << "data";
    QTest::newRow("collections") << "/help_center/collections"
                                 << "list"
                                 << "data";
    QTest::newRow("help_centers") << "/help_center/help_centers"
                                  << "list"
                                  << "data";
    QTest::newRow("conversations") << "/conversations"
                                   << "conversation.list"
                                   << "conversations";
}

void TestSandboxApi::shapes()
{
    QFETCH(QString, path);
    QFETCH(QString, type);
    QFETCH(QString, listKey);
    const ApiResponse r = call(*m_api, "GET", path);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.value(QStringLiteral("type")).toString(), type);
    if (!listKey.isEmpty())
        QVERIFY(!r.body.value(listKey).toArray().isEmpty());
    if (path == QLatin1String("/me")) {
        QCOMPARE(r.body.value(QStringLiteral("id")).toString(), m_api->meAdminId());
        QVERIFY(r.body.value(QStringLiteral("team_ids")).toArray().first().isDouble());
        QVERIFY(r.body.value(QStringLiteral("app")).isObject());
    }
    if (path == QLatin1String("/teams")) {
        const QJsonObject team = r.body.value(listKey).toArray().first().toObject();
        QVERIFY(team.value(QStringLiteral("id")).isString());
        QVERIFY(team.value(QStringLiteral("admin_ids")).toArray().first().isDouble());
    }
    if (path == QLatin1String("/companies"))
        QCOMPARE(r.body.value(QStringLiteral("pages"))
                     .toObject()
                     .value(QStringLiteral("per_page"))
                     .toInt(),
                 15);
}

void TestSandboxApi::paginationWalk_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("listKey");
    QTest::addColumn<int>("perPage");
    QTest::newRow("conversations/37") << "/conversations"
                                      << "conversations" << 37;
    QTest::newRow("conversations/150") << "/conversations"
                                       << "conversations" << 150;
    QTest::newRow("contacts/50") << "/contacts"
                                 << "data" << 50;
}

void TestSandboxApi::paginationWalk()
{
    QFETCH(QString, path);
    QFETCH(QString, listKey);
    QFETCH(int, perPage);
    QSet<QString> seen;
    QString cursor;
    int pages = 0;
    int total = -1;
    do {
        QString url = path + QStringLiteral("?per_page=") + QString::number(perPage);
        if (!cursor.isEmpty())
            url += QStringLiteral("&starting_after=") + cursor;
        const ApiResponse r = call(*m_api, "GET", url);
        QCOMPARE(r.status, 200);
        const QJsonArray items = r.body.value(listKey).toArray();
        QVERIFY(items.size() <= perPage);
        for (const QJsonValue &item : items) {
            const QString id = item.toObject().value(QStringLiteral("id")).toString();
            QVERIFY2(!seen.contains(id), qPrintable(id));
            seen.insert(id);
        }
        total = r.body.value(QStringLiteral("total_count")).toInt();
        const QJsonObject pagesObject = r.body.value(QStringLiteral("pages")).toObject();
        QCOMPARE(pagesObject.value(QStringLiteral("page")).toInt(), pages + 1);
        cursor = nextCursor(r.body);
        ++pages;
    } while (!cursor.isEmpty() && pages < 1000);
    QCOMPARE(seen.size(), total);
    QCOMPARE(pages, (total + perPage - 1) / perPage);
}

void TestSandboxApi::badPagination_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("per_page/zero") << "/conversations?per_page=0";
    QTest::newRow("per_page/151") << "/conversations?per_page=151";
    QTest::newRow("per_page/text") << "/conversations?per_page=ten";
    QTest::newRow("cursor/garbage") << "/conversations?starting_after=%%%garbage";
    QTest::newRow("cursor/unknown") << "/conversations?starting_after=MTox";
    QTest::newRow("contacts/per_page") << "/contacts?per_page=-3";
    QTest::newRow("companies/page") << "/companies?page=0";
    QTest::newRow("articles/per_page") << "/articles?per_page=1000";
}

void TestSandboxApi::badPagination()
{
    QFETCH(QString, path);
    const ApiResponse r = call(*m_api, "GET", path);
    QCOMPARE(r.status, 400);
    QCOMPARE(errorCode(r), QStringLiteral("parameter_invalid"));
    QCOMPARE(r.body.value(QStringLiteral("type")).toString(), QStringLiteral("error.list"));
    QCOMPARE(r.body.value(QStringLiteral("request_id")).toString(), QStringLiteral("req-1"));
}

void TestSandboxApi::errors()
{
    QCOMPARE(call(*m_api, "GET", QStringLiteral("/nowhere")).status, 404);
    QCOMPARE(errorCode(call(*m_api, "GET", QStringLiteral("/conversations/1"))),
             QStringLiteral("not_found"));
    QCOMPARE(call(*m_api, "GET", QStringLiteral("/contacts/ffffffffffffffffffffffff")).status, 404);
    QCOMPARE(errorCode(call(*m_api, "GET", QStringLiteral("/admins/1"))),
             QStringLiteral("admin_not_found"));
    ApiRequest malformed;
    malformed.method = "POST";
    malformed.path = QStringLiteral("/conversations/search");
    malformed.body = "{\"query\": ";
    malformed.now = Now;
    const ApiResponse r = m_api->handle(malformed);
    QCOMPARE(r.status, 400);
    QCOMPARE(errorCode(r), QStringLiteral("parameter_invalid"));
    const ApiResponse missing = call(
        *m_api, "POST",
        QStringLiteral("/contacts/") + m_api->workspace().contacts[0].id + QStringLiteral("/notes"),
        {{QStringLiteral("admin_id"), m_api->meAdminId()}});
    QCOMPARE(missing.status, 400);
    QCOMPARE(errorCode(missing), QStringLiteral("parameter_not_found"));
}

void TestSandboxApi::mergedContact()
{
    const Workspace &ws = m_api->workspace();
    const auto merged = std::find_if(ws.contacts.begin(), ws.contacts.end(),
                                     [](const Contact &c) { return c.mergedInto >= 0; });
    QVERIFY(merged != ws.contacts.end());
    const ApiResponse r = call(*m_api, "GET", QStringLiteral("/contacts/") + merged->id);
    QCOMPARE(r.status, 410);
    QCOMPARE(errorCode(r), QStringLiteral("contact_merged"));
    QCOMPARE(r.headers.size(), 1);
    QCOMPARE(r.headers.first().first, QByteArray("Link"));
    const QByteArray expected = "</contacts/"
                                + ws.contacts[size_t(merged->mergedInto)].id.toLatin1()
                                + ">; rel=\"canonical\"";
    QCOMPARE(r.headers.first().second, expected);
    // Merged contacts are not listed.
    const ApiResponse list = call(*m_api, "GET", QStringLiteral("/contacts?per_page=150"));
    QVERIFY(list.body.value(QStringLiteral("total_count")).toInt() < int(ws.contacts.size()));
}

void TestSandboxApi::mergeHistory()
{
    const Workspace &ws = m_api->workspace();
    QSet<QString> merged;
    for (const Contact &c : ws.contacts) {
        if (c.mergedInto >= 0)
            merged.insert(c.id);
    }
    // Walk every page with include_merge_history=true: a client finds the merged ids there.
    QSet<QString> found;
    QString cursor;
    int users = 0;
    do {
        QString url = QStringLiteral("/contacts?per_page=60&include_merge_history=true");
        if (!cursor.isEmpty())
            url += QStringLiteral("&starting_after=") + cursor;
        const ApiResponse r = call(*m_api, "GET", url);
        QCOMPARE(r.status, 200);
        for (const QJsonValue &value : r.body.value(QStringLiteral("data")).toArray()) {
            const QJsonObject contact = value.toObject();
            const bool user = contact.value(QStringLiteral("role")) == QLatin1String("user");
            users += user;
            // Only users carry the array (v2.16: "Only available for contacts with a user role").
            QCOMPARE(contact.value(QStringLiteral("merge_history")).isArray(), user);
            for (const QJsonValue &entry :
                 contact.value(QStringLiteral("merge_history")).toArray()) {
                const QJsonObject item = entry.toObject();
                QCOMPARE(item.value(QStringLiteral("type")).toString(),
                         QStringLiteral("merge_history"));
                const QString source = item.value(QStringLiteral("source_contact_id")).toString();
                const int index = ws.contactIndex(source);
                QVERIFY(index >= 0);
                QCOMPARE(ws.contacts[size_t(ws.contacts[size_t(index)].mergedInto)].id,
                         contact.value(QStringLiteral("id")).toString());
                QCOMPARE(item.value(QStringLiteral("source_contact_role")).toString(),
                         ws.contacts[size_t(index)].role);
                const qint64 mergedAt = qint64(item.value(QStringLiteral("merged_at")).toDouble());
                QVERIFY(mergedAt >= ws.contacts[size_t(index)].createdAt && mergedAt <= Now);
                found.insert(source);
            }
        }
        cursor = nextCursor(r.body);
    } while (!cursor.isEmpty());
    QVERIFY(users > 0);
    QCOMPARE(found, merged);
    // Without the parameter there is no merge_history; the single contact has it too, and
    // each source id answers 410.
    const QString source = *merged.begin();
    const QString canonical
        = ws.contacts[size_t(ws.contacts[size_t(ws.contactIndex(source))].mergedInto)].id;
    const QString path = QStringLiteral("/contacts/") + canonical;
    QVERIFY(!call(*m_api, "GET", path).body.contains(QStringLiteral("merge_history")));
    QVERIFY(!call(*m_api, "GET", QStringLiteral("/contacts?per_page=150"))
                 .body.value(QStringLiteral("data"))
                 .toArray()
                 .first()
                 .toObject()
                 .contains(QStringLiteral("merge_history")));
    const QJsonArray history
        = call(*m_api, "GET", path + QStringLiteral("?include_merge_history=true"))
              .body.value(QStringLiteral("merge_history"))
              .toArray();
    QVERIFY(std::any_of(history.begin(), history.end(), [&source](const QJsonValue &entry) {
        return entry.toObject().value(QStringLiteral("source_contact_id")).toString() == source;
    }));
    QCOMPARE(call(*m_api, "GET", QStringLiteral("/contacts/") + source).status, 410);
    const ApiResponse search = call(
        *m_api, "POST", QStringLiteral("/contacts/search?include_merge_history=true"),
        {{QStringLiteral("query"), QJsonObject{{QStringLiteral("field"), QStringLiteral("id")},
                                               {QStringLiteral("operator"), QStringLiteral("=")},
                                               {QStringLiteral("value"), canonical}}}});
    QCOMPARE(search.body.value(QStringLiteral("data"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("merge_history"))
                 .toArray(),
             history);
}

void TestSandboxApi::contactUpdateNotesTags()
{
    const QString id = m_api->workspace().contacts[1].id;
    const QString base = QStringLiteral("/contacts/") + id;
    ApiResponse r = call(*m_api, "PUT", base,
                         {{QStringLiteral("name"), QStringLiteral("Renamed Person")},
                          {QStringLiteral("custom_attributes"),
                           QJsonObject{{QStringLiteral("plan"), QStringLiteral("gold")}}}},
                         Now + 5);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.value(QStringLiteral("name")).toString(), QStringLiteral("Renamed Person"));
    QCOMPARE(r.body.value(QStringLiteral("updated_at")).toInteger(), Now + 5);
    QCOMPARE(r.body.value(QStringLiteral("custom_attributes"))
                 .toObject()
                 .value(QStringLiteral("plan"))
                 .toString(),
             QStringLiteral("gold"));
    QCOMPARE(call(*m_api, "PUT", base, {{QStringLiteral("name"), 5}}).status, 400);

    r = call(*m_api, "POST", base + QStringLiteral("/notes"),
             {{QStringLiteral("body"), QStringLiteral("<p>Called them</p>")}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.value(QStringLiteral("type")).toString(), QStringLiteral("note"));
    r = call(*m_api, "GET", base + QStringLiteral("/notes"));
    QCOMPARE(r.body.value(QStringLiteral("data"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("body"))
                 .toString(),
             QStringLiteral("<p>Called them</p>"));

    const QString tagId = QString::number(m_api->workspace().tags[3].id);
    QCOMPARE(call(*m_api, "POST", base + QStringLiteral("/tags"), {{QStringLiteral("id"), tagId}})
                 .status,
             200);
    r = call(*m_api, "GET", base + QStringLiteral("/tags"));
    bool found = false;
    for (const QJsonValue &t : r.body.value(QStringLiteral("data")).toArray())
        found = found || t.toObject().value(QStringLiteral("id")).toString() == tagId;
    QVERIFY(found);
    QCOMPARE(call(*m_api, "DELETE", base + QStringLiteral("/tags/") + tagId).status, 200);
    QCOMPARE(errorCode(call(*m_api, "DELETE", base + QStringLiteral("/tags/") + tagId)),
             QStringLiteral("tag_not_found"));
}

void TestSandboxApi::contactSearch()
{
    const QJsonObject query{{QStringLiteral("field"), QStringLiteral("role")},
                            {QStringLiteral("operator"), QStringLiteral("=")},
                            {QStringLiteral("value"), QStringLiteral("lead")}};
    ApiResponse r = call(*m_api, "POST", QStringLiteral("/contacts/search"),
                         {{QStringLiteral("query"), query},
                          {QStringLiteral("sort"),
                           QJsonObject{{QStringLiteral("field"), QStringLiteral("name")},
                                       {QStringLiteral("order"), QStringLiteral("ascending")}}}});
    QCOMPARE(r.status, 200);
    const QJsonArray data = r.body.value(QStringLiteral("data")).toArray();
    QVERIFY(!data.isEmpty());
    QString previous;
    for (const QJsonValue &c : data) {
        QCOMPARE(c.toObject().value(QStringLiteral("role")).toString(), QStringLiteral("lead"));
        const QString name = c.toObject().value(QStringLiteral("name")).toString().toLower();
        QVERIFY(previous <= name);
        previous = name;
    }
    r = call(
        *m_api, "POST", QStringLiteral("/contacts/search"),
        {{QStringLiteral("query"), query},
         {QStringLiteral("sort"), QJsonObject{{QStringLiteral("order"), QStringLiteral("up")}}}});
    QCOMPARE(errorCode(r), QStringLiteral("invalid_sort_order"));
}

void TestSandboxApi::adminAway()
{
    const QString path = QStringLiteral("/admins/") + m_api->meAdminId() + QStringLiteral("/away");
    ApiResponse r = call(*m_api, "PUT", path,
                         {{QStringLiteral("away_mode_enabled"), true},
                          {QStringLiteral("away_mode_reassign"), false}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.value(QStringLiteral("away_mode_enabled")).toBool());
    QCOMPARE(errorCode(call(*m_api, "PUT", path, {{QStringLiteral("away_mode_enabled"), true}})),
             QStringLiteral("parameter_not_found"));
    QVERIFY(call(*m_api, "GET", QStringLiteral("/me"))
                .body.value(QStringLiteral("away_mode_enabled"))
                .toBool());
    call(*m_api, "PUT", path,
         {{QStringLiteral("away_mode_enabled"), false},
          {QStringLiteral("away_mode_reassign"), false}});
}

void TestSandboxApi::tagsCreateRename()
{
    ApiResponse r = call(*m_api, "POST", QStringLiteral("/tags"),
                         {{QStringLiteral("name"), QStringLiteral("Escalated")}});
    QCOMPARE(r.status, 200);
    const QString id = r.body.value(QStringLiteral("id")).toString();
    QCOMPARE(call(*m_api, "POST", QStringLiteral("/tags"),
                  {{QStringLiteral("name"), QStringLiteral("escalated")}})
                 .body.value(QStringLiteral("id"))
                 .toString(),
             id);
    r = call(*m_api, "POST", QStringLiteral("/tags"),
             {{QStringLiteral("name"), QStringLiteral("Escalated-2")}, {QStringLiteral("id"), id}});
    QCOMPARE(r.body.value(QStringLiteral("name")).toString(), QStringLiteral("Escalated-2"));
    QCOMPARE(errorCode(call(*m_api, "POST", QStringLiteral("/tags"), {{QStringLiteral("id"), id}})),
             QStringLiteral("parameter_not_found"));
}

void TestSandboxApi::articlesAndCollections()
{
    ApiResponse r = call(*m_api, "POST", QStringLiteral("/help_center/collections"),
                         {{QStringLiteral("name"), QStringLiteral("Top")}});
    QCOMPARE(r.status, 200);
    const QString top = r.body.value(QStringLiteral("id")).toString();
    r = call(
        *m_api, "POST", QStringLiteral("/help_center/collections"),
        {{QStringLiteral("name"), QStringLiteral("Child")}, {QStringLiteral("parent_id"), top}});
    QCOMPARE(r.body.value(QStringLiteral("parent_id")).toString(), top);
    const QString child = r.body.value(QStringLiteral("id")).toString();
    QCOMPARE(errorCode(call(*m_api, "POST", QStringLiteral("/help_center/collections"),
                            {{QStringLiteral("description"), QStringLiteral("x")}})),
             QStringLiteral("parameter_not_found"));

    r = call(*m_api, "POST", QStringLiteral("/articles"),
             {{QStringLiteral("title"), QStringLiteral("Zebra guide")},
              {QStringLiteral("author_id"), m_api->meAdminId().toLongLong()},
              {QStringLiteral("parent_id"), child.toLongLong()},
              {QStringLiteral("state"), QStringLiteral("published")}});
    QCOMPARE(r.status, 200);
    const QString article = r.body.value(QStringLiteral("id")).toString();
    QCOMPARE(r.body.value(QStringLiteral("parent_ids")).toArray().size(), 2);
    QCOMPARE(errorCode(call(*m_api, "POST", QStringLiteral("/articles"),
                            {{QStringLiteral("title"), QStringLiteral("x")}})),
             QStringLiteral("parameter_not_found"));
    r = call(*m_api, "PUT", QStringLiteral("/articles/") + article,
             {{QStringLiteral("state"), QStringLiteral("draft")}});
    QCOMPARE(r.body.value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
    r = call(*m_api, "GET", QStringLiteral("/articles/search?phrase=zebra&state=draft"));
    QCOMPARE(r.body.value(QStringLiteral("total_count")).toInt(), 1);
    QCOMPARE(r.body.value(QStringLiteral("data"))
                 .toObject()
                 .value(QStringLiteral("articles"))
                 .toArray()
                 .size(),
             1);
    QCOMPARE(call(*m_api, "GET", QStringLiteral("/articles/search?phrase=zebra&state=published"))
                 .body.value(QStringLiteral("total_count"))
                 .toInt(),
             0);

    r = call(*m_api, "DELETE", QStringLiteral("/help_center/collections/") + top);
    QVERIFY(r.body.value(QStringLiteral("deleted")).toBool());
    QCOMPARE(call(*m_api, "GET", QStringLiteral("/help_center/collections/") + child).status, 404);
    QCOMPARE(call(*m_api, "GET", QStringLiteral("/articles/") + article)
                 .body.value(QStringLiteral("parent_ids"))
                 .toArray()
                 .size(),
             0);
    QVERIFY(call(*m_api, "DELETE", QStringLiteral("/articles/") + article)
                .body.value(QStringLiteral("deleted"))
                .toBool());
    QCOMPARE(call(*m_api, "GET", QStringLiteral("/articles/") + article).status, 404);
    QCOMPARE(call(*m_api, "GET", QStringLiteral("/help_center/help_centers/410001")).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "tst_sandboxapi.moc"
