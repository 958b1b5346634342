#include "sandboxapitesthelpers.h"

#include "sandbox/workspace.h"

#include <QJsonArray>
#include <QTest>

using namespace sandbox;
using namespace sandbox::test;

/// Conversation endpoints and every state transition, through SandboxApi::handle().
class TestSandboxApiConversations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_api = std::make_unique<SandboxApi>(WorkspaceOptions{21, 600, Now}); }
    void retrieveShape();
    void contactReplyThenAdminReply();
    void adminReplyReopensClosed();
    void adminReplyKeepsSnoozed();
    void closeOpenSnoozeAssign();
    void snoozeWakesUp();
    void tagsAttachDetach();
    void updateReadTitleAttributes();
    void replyValidation_data();
    void replyValidation();
    void search();
    void searchSeesChangesAtOnce();
    void partCap();
    void plaintext();

private:
    QString conversationIn(ConversationState state) const;
    QJsonObject get(const QString &id)
    {
        return call(*m_api, "GET", QStringLiteral("/conversations/") + id).body;
    }
    QJsonObject post(const QString &id, const char *action, const QJsonObject &body, qint64 now)
    {
        const ApiResponse r = call(*m_api, "POST",
                                   QStringLiteral("/conversations/") + id + QLatin1Char('/')
                                       + QLatin1String(action),
                                   body, now);
        return r.status == 200 ? r.body : QJsonObject{{QStringLiteral("status"), r.status}};
    }
    QJsonObject adminBody(const char *type, const QString &body = QStringLiteral("<p>Hi</p>")) const
    {
        return {{QStringLiteral("message_type"), QLatin1String(type)},
                {QStringLiteral("type"), QStringLiteral("admin")},
                {QStringLiteral("admin_id"), m_api->meAdminId()},
                {QStringLiteral("body"), body}};
    }
    static QJsonArray parts(const QJsonObject &conversation)
    {
        return conversation.value(QStringLiteral("conversation_parts"))
            .toObject()
            .value(QStringLiteral("conversation_parts"))
            .toArray();
    }
    static QString field(const QJsonObject &o, const char *name)
    {
        return o.value(QLatin1String(name)).toString();
    }

    std::unique_ptr<SandboxApi> m_api;
};

QString TestSandboxApiConversations::conversationIn(ConversationState state) const
{
    for (const Conversation &c : m_api->workspace().conversations) {
        if (c.state == state)
            return QString::number(c.id);
    }
    return {};
}

void TestSandboxApiConversations::retrieveShape()
{
    const QJsonObject c = get(conversationIn(ConversationState::Open));
    QCOMPARE(field(c, "type"), QStringLiteral("conversation"));
    QVERIFY(c.value(QStringLiteral("admin_assignee_id")).isDouble());
    QVERIFY(c.value(QStringLiteral("open")).toBool());
    QVERIFY(c.value(QStringLiteral("source"))
                .toObject()
                .value(QStringLiteral("body"))
                .toString()
                .startsWith(QLatin1String("<p>")));
    const QJsonArray list = parts(c);
    QVERIFY(!list.isEmpty());
    QCOMPARE(field(list.first().toObject(), "type"), QStringLiteral("conversation_part"));
    QVERIFY(list.first().toObject().value(QStringLiteral("id")).isString());
    // A list item carries no parts.
    const QJsonObject item = call(*m_api, "GET", QStringLiteral("/conversations?per_page=1"))
                                 .body.value(QStringLiteral("conversations"))
                                 .toArray()
                                 .first()
                                 .toObject();
    QVERIFY(!item.contains(QStringLiteral("conversation_parts")));
}

void TestSandboxApiConversations::contactReplyThenAdminReply()
{
    const QString id = conversationIn(ConversationState::Open);
    const QString contact = get(id)
                                .value(QStringLiteral("contacts"))
                                .toObject()
                                .value(QStringLiteral("contacts"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QStringLiteral("id"))
                                .toString();
    post(id, "reply", adminBody("comment"), Now + 10);
    QJsonObject c = post(id, "reply",
                         {{QStringLiteral("message_type"), QStringLiteral("comment")},
                          {QStringLiteral("type"), QStringLiteral("user")},
                          {QStringLiteral("intercom_user_id"), contact},
                          {QStringLiteral("body"), QStringLiteral("<p>Still broken</p>")}},
                         Now + 100);
    QCOMPARE(c.value(QStringLiteral("updated_at")).toInteger(), Now + 100);
    QCOMPARE(c.value(QStringLiteral("waiting_since")).toInteger(), Now + 100);
    QCOMPARE(field(parts(c).last().toObject().value(QStringLiteral("author")).toObject(), "id"),
             contact);
    c = post(id, "reply", adminBody("comment", QStringLiteral("<p>Fixed now</p>")), Now + 200);
    QVERIFY(c.value(QStringLiteral("waiting_since")).isNull());
    QCOMPARE(c.value(QStringLiteral("updated_at")).toInteger(), Now + 200);
    const QJsonObject last = parts(c).last().toObject();
    QCOMPARE(field(last, "part_type"), QStringLiteral("comment"));
    QCOMPARE(field(last, "body"), QStringLiteral("<p>Fixed now</p>"));
    QCOMPARE(field(last.value(QStringLiteral("author")).toObject(), "type"),
             QStringLiteral("admin"));
    // A note does not answer the customer.
    post(id, "reply",
         {{QStringLiteral("message_type"), QStringLiteral("comment")},
          {QStringLiteral("type"), QStringLiteral("user")},
          {QStringLiteral("intercom_user_id"), contact},
          {QStringLiteral("body"), QStringLiteral("?")}},
         Now + 300);
    c = post(id, "reply", adminBody("note"), Now + 400);
    QCOMPARE(c.value(QStringLiteral("waiting_since")).toInteger(), Now + 300);
    QCOMPARE(field(parts(c).last().toObject(), "part_type"), QStringLiteral("note"));
}

void TestSandboxApiConversations::adminReplyReopensClosed()
{
    const QJsonObject c
        = post(conversationIn(ConversationState::Closed), "reply", adminBody("comment"), Now + 50);
    QCOMPARE(field(c, "state"), QStringLiteral("open"));
    QVERIFY(c.value(QStringLiteral("open")).toBool());
}

void TestSandboxApiConversations::adminReplyKeepsSnoozed()
{
    const QJsonObject c
        = post(conversationIn(ConversationState::Snoozed), "reply", adminBody("comment"), Now + 50);
    QCOMPARE(field(c, "state"), QStringLiteral("snoozed"));
    QVERIFY(c.value(QStringLiteral("open")).toBool());
    QVERIFY(c.value(QStringLiteral("snoozed_until")).toInteger() > Now);
}

void TestSandboxApiConversations::closeOpenSnoozeAssign()
{
    const QString id = conversationIn(ConversationState::Open);
    const QString me = m_api->meAdminId();
    QJsonObject c = post(id, "parts",
                         {{QStringLiteral("message_type"), QStringLiteral("close")},
                          {QStringLiteral("type"), QStringLiteral("admin")},
                          {QStringLiteral("admin_id"), me}},
                         Now + 1);
    QCOMPARE(field(c, "state"), QStringLiteral("closed"));
    QVERIFY(!c.value(QStringLiteral("open")).toBool());
    QCOMPARE(field(parts(c).last().toObject(), "part_type"), QStringLiteral("close"));
    c = post(id, "parts",
             {{QStringLiteral("message_type"), QStringLiteral("open")},
              {QStringLiteral("admin_id"), me}},
             Now + 2);
    QCOMPARE(field(c, "state"), QStringLiteral("open"));
    QCOMPARE(field(parts(c).last().toObject(), "part_type"), QStringLiteral("open"));
    c = post(id, "parts",
             {{QStringLiteral("message_type"), QStringLiteral("snoozed")},
              {QStringLiteral("admin_id"), me},
              {QStringLiteral("snoozed_until"), Now + 3600}},
             Now + 3);
    QCOMPARE(field(c, "state"), QStringLiteral("snoozed"));
    QCOMPARE(c.value(QStringLiteral("snoozed_until")).toInteger(), Now + 3600);
    QCOMPARE(field(parts(c).last().toObject(), "part_type"), QStringLiteral("snoozed"));
    QCOMPARE(post(id, "parts",
                  {{QStringLiteral("message_type"), QStringLiteral("snoozed")},
                   {QStringLiteral("admin_id"), me}},
                  Now + 4)
                 .value(QStringLiteral("status"))
                 .toInt(),
             400);

    const QString other = QString::number(m_api->workspace().admins[4].id);
    c = post(id, "parts",
             {{QStringLiteral("message_type"), QStringLiteral("assignment")},
              {QStringLiteral("type"), QStringLiteral("admin")},
              {QStringLiteral("admin_id"), me},
              {QStringLiteral("assignee_id"), other}},
             Now + 5);
    QCOMPARE(c.value(QStringLiteral("admin_assignee_id")).toInteger(), other.toLongLong());
    const QJsonObject assignment = parts(c).last().toObject();
    QCOMPARE(field(assignment, "part_type"), QStringLiteral("assignment"));
    QCOMPARE(field(assignment.value(QStringLiteral("assigned_to")).toObject(), "id"), other);
    const QString team = QString::number(m_api->workspace().teams[2].id);
    c = post(id, "parts",
             {{QStringLiteral("message_type"), QStringLiteral("assignment")},
              {QStringLiteral("type"), QStringLiteral("team")},
              {QStringLiteral("admin_id"), me},
              {QStringLiteral("assignee_id"), team}},
             Now + 6);
    QCOMPARE(c.value(QStringLiteral("team_assignee_id")).toInteger(), team.toLongLong());
    c = post(id, "parts",
             {{QStringLiteral("message_type"), QStringLiteral("assignment")},
              {QStringLiteral("type"), QStringLiteral("admin")},
              {QStringLiteral("admin_id"), me},
              {QStringLiteral("assignee_id"), QStringLiteral("0")}},
             Now + 7);
    QCOMPARE(c.value(QStringLiteral("admin_assignee_id")).toInteger(), 0);
    QCOMPARE(c.value(QStringLiteral("updated_at")).toInteger(), Now + 7);
}

void TestSandboxApiConversations::snoozeWakesUp()
{
    const QString id = conversationIn(ConversationState::Open);
    post(id, "parts",
         {{QStringLiteral("message_type"), QStringLiteral("snoozed")},
          {QStringLiteral("admin_id"), m_api->meAdminId()},
          {QStringLiteral("snoozed_until"), Now + 600}},
         Now);
    QCOMPARE(field(call(*m_api, "GET", QStringLiteral("/conversations/") + id, {}, Now + 599).body,
                   "state"),
             QStringLiteral("snoozed"));
    const QJsonObject c
        = call(*m_api, "GET", QStringLiteral("/conversations/") + id, {}, Now + 601).body;
    QCOMPARE(field(c, "state"), QStringLiteral("open"));
    QVERIFY(c.value(QStringLiteral("snoozed_until")).isNull());
    QCOMPARE(c.value(QStringLiteral("updated_at")).toInteger(), Now + 600);
    // Generated snoozes wake up too once the clock passes them.
    const ApiResponse later
        = call(*m_api, "POST", QStringLiteral("/conversations/search"),
               {{QStringLiteral("query"),
                 QJsonObject{{QStringLiteral("field"), QStringLiteral("state")},
                             {QStringLiteral("operator"), QStringLiteral("=")},
                             {QStringLiteral("value"), QStringLiteral("snoozed")}}}},
               Now + 30 * 24 * 3600);
    QCOMPARE(later.body.value(QStringLiteral("total_count")).toInt(), 0);
}

void TestSandboxApiConversations::tagsAttachDetach()
{
    const QString id = conversationIn(ConversationState::Open);
    const QString tag = QString::number(m_api->workspace().tags[7].id);
    ApiResponse r = call(
        *m_api, "POST", QStringLiteral("/conversations/") + id + QStringLiteral("/tags"),
        {{QStringLiteral("id"), tag}, {QStringLiteral("admin_id"), m_api->meAdminId()}}, Now + 9);
    QCOMPARE(r.status, 200);
    QCOMPARE(field(r.body, "type"), QStringLiteral("tag"));
    QCOMPARE(r.body.value(QStringLiteral("applied_at")).toInteger(), Now + 9);
    auto hasTag = [&] {
        for (const QJsonValue &t : get(id)
                                       .value(QStringLiteral("tags"))
                                       .toObject()
                                       .value(QStringLiteral("tags"))
                                       .toArray())
            if (t.toObject().value(QStringLiteral("id")).toString() == tag)
                return true;
        return false;
    };
    QVERIFY(hasTag());
    r = call(*m_api, "DELETE",
             QStringLiteral("/conversations/") + id + QStringLiteral("/tags/") + tag,
             {{QStringLiteral("admin_id"), m_api->meAdminId()}}, Now + 10);
    QCOMPARE(r.status, 200);
    QVERIFY(!hasTag());
    QCOMPARE(errorCode(call(*m_api, "DELETE",
                            QStringLiteral("/conversations/") + id + QStringLiteral("/tags/") + tag,
                            {{QStringLiteral("admin_id"), m_api->meAdminId()}})),
             QStringLiteral("tag_not_found"));
    QCOMPARE(errorCode(call(*m_api, "POST",
                            QStringLiteral("/conversations/") + id + QStringLiteral("/tags"),
                            {{QStringLiteral("admin_id"), m_api->meAdminId()}})),
             QStringLiteral("parameter_not_found"));
}

void TestSandboxApiConversations::updateReadTitleAttributes()
{
    const QString id = conversationIn(ConversationState::Open);
    const ApiResponse r = call(
        *m_api, "PUT", QStringLiteral("/conversations/") + id,
        {{QStringLiteral("read"), true},
         {QStringLiteral("title"), QStringLiteral("Login loop")},
         {QStringLiteral("custom_attributes"), QJsonObject{{QStringLiteral("severity"), 3}}}},
        Now + 77);
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.value(QStringLiteral("read")).toBool());
    QCOMPARE(field(r.body, "title"), QStringLiteral("Login loop"));
    QCOMPARE(r.body.value(QStringLiteral("custom_attributes"))
                 .toObject()
                 .value(QStringLiteral("severity"))
                 .toInt(),
             3);
    QCOMPARE(r.body.value(QStringLiteral("updated_at")).toInteger(), Now + 77);
    QCOMPARE(call(*m_api, "PUT", QStringLiteral("/conversations/") + id,
                  {{QStringLiteral("read"), QStringLiteral("yes")}})
                 .status,
             400);
}

void TestSandboxApiConversations::replyValidation_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString me = QStringLiteral("4190201");
    QTest::newRow("missing/body") << QJsonObject{{QStringLiteral("message_type"),
                                                  QStringLiteral("comment")},
                                                 {QStringLiteral("type"), QStringLiteral("admin")},
                                                 {QStringLiteral("admin_id"), me}}
                                  << 400 << "parameter_not_found";
    QTest::newRow("missing/admin_id")
        << QJsonObject{{QStringLiteral("message_type"), QStringLiteral("note")},
                       {QStringLiteral("type"), QStringLiteral("admin")},
                       {QStringLiteral("body"), QStringLiteral("x")}}
        << 400 << "parameter_not_found";
    QTest::newRow("missing/message_type")
        << QJsonObject{{QStringLiteral("type"), QStringLiteral("admin")}} << 400
        << "parameter_not_found";
    QJsonArray eleven;
    for (int i = 0; i < 11; ++i)
        eleven.append(QString(QStringLiteral("https://example.com/f") + QString::number(i)
                              + QStringLiteral(".png")));
    QTest::newRow("attachments/11")
        << QJsonObject{{QStringLiteral("message_type"), QStringLiteral("comment")},
                       {QStringLiteral("type"), QStringLiteral("admin")},
                       {QStringLiteral("admin_id"), me},
                       {QStringLiteral("body"), QStringLiteral("x")},
                       {QStringLiteral("attachment_urls"), eleven}}
        << 400 << "parameter_invalid";
    eleven.removeLast();
    QTest::newRow("attachments/10")
        << QJsonObject{{QStringLiteral("message_type"), QStringLiteral("comment")},
                       {QStringLiteral("type"), QStringLiteral("admin")},
                       {QStringLiteral("admin_id"), me},
                       {QStringLiteral("body"), QStringLiteral("x")},
                       {QStringLiteral("attachment_urls"), eleven},
                       {QStringLiteral("attachment_files"),
                        QJsonArray{QJsonObject{
                            {QStringLiteral("name"), QStringLiteral("a.txt")},
                            {QStringLiteral("content_type"), QStringLiteral("text/plain")},
                            {QStringLiteral("data"), QStringLiteral("aGVsbG8=")}}}}}
        << 200 << "";
}

void TestSandboxApiConversations::replyValidation()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const QString id = conversationIn(ConversationState::Open);
    const ApiResponse r = call(
        *m_api, "POST", QStringLiteral("/conversations/") + id + QStringLiteral("/reply"), body);
    QCOMPARE(r.status, status);
    if (status != 200) {
        QCOMPARE(errorCode(r), code);
        return;
    }
    const QJsonArray attachments
        = parts(r.body).last().toObject().value(QStringLiteral("attachments")).toArray();
    QCOMPARE(attachments.size(), 11);
    QCOMPARE(attachments.last().toObject().value(QStringLiteral("filesize")).toInt(), 5);
}

void TestSandboxApiConversations::search()
{
    const QJsonObject query{
        {QStringLiteral("operator"), QStringLiteral("AND")},
        {QStringLiteral("value"),
         QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("state")},
                                {QStringLiteral("operator"), QStringLiteral("=")},
                                {QStringLiteral("value"), QStringLiteral("open")}},
                    QJsonObject{{QStringLiteral("field"), QStringLiteral("admin_assignee_id")},
                                {QStringLiteral("operator"), QStringLiteral("=")},
                                {QStringLiteral("value"), 0}}}}};
    int expected = 0;
    for (const Conversation &c : m_api->workspace().conversations)
        expected += c.state == ConversationState::Open && c.adminAssigneeId == 0;
    QVERIFY(expected > 0);
    const ApiResponse r
        = call(*m_api, "POST", QStringLiteral("/conversations/search"),
               {{QStringLiteral("query"), query},
                {QStringLiteral("pagination"), QJsonObject{{QStringLiteral("per_page"), 5}}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.value(QStringLiteral("total_count")).toInt(), expected);
    const QJsonArray list = r.body.value(QStringLiteral("conversations")).toArray();
    QCOMPARE(list.size(), std::min(5, expected));
    for (int i = 1; i < list.size(); ++i)
        QVERIFY(list[i - 1].toObject().value(QStringLiteral("updated_at")).toInteger()
                >= list[i].toObject().value(QStringLiteral("updated_at")).toInteger());
    // source.body matches per word.
    const ApiResponse body
        = call(*m_api, "POST", QStringLiteral("/conversations/search"),
               {{QStringLiteral("query"),
                 QJsonObject{{QStringLiteral("field"), QStringLiteral("source.body")},
                             {QStringLiteral("operator"), QStringLiteral("~")},
                             {QStringLiteral("value"), QStringLiteral("invoices")}}}});
    QCOMPARE(body.status, 200);
    QVERIFY(body.body.value(QStringLiteral("total_count")).toInt() > 0);
    QCOMPARE(call(*m_api, "POST", QStringLiteral("/conversations/search"),
                  {{QStringLiteral("pagination"), QJsonObject()}})
                 .status,
             400);
    QCOMPARE(call(*m_api, "POST", QStringLiteral("/conversations/search"),
                  {{QStringLiteral("query"), query},
                   {QStringLiteral("pagination"), QJsonObject{{QStringLiteral("per_page"), 500}}}})
                 .status,
             400);
}

void TestSandboxApiConversations::searchSeesChangesAtOnce()
{
    const QString id = conversationIn(ConversationState::Closed);
    const qint64 t = Now + 1000;
    const QJsonObject query{{QStringLiteral("field"), QStringLiteral("updated_at")},
                            {QStringLiteral("operator"), QStringLiteral(">")},
                            {QStringLiteral("value"), t}};
    QCOMPARE(call(*m_api, "POST", QStringLiteral("/conversations/search"),
                  {{QStringLiteral("query"), query}})
                 .body.value(QStringLiteral("total_count"))
                 .toInt(),
             0);
    post(id, "reply", adminBody("note"), t + 5);
    const ApiResponse r = call(*m_api, "POST", QStringLiteral("/conversations/search"),
                               {{QStringLiteral("query"), query}}, t + 6);
    QCOMPARE(r.body.value(QStringLiteral("total_count")).toInt(), 1);
    QCOMPARE(
        field(r.body.value(QStringLiteral("conversations")).toArray().first().toObject(), "id"),
        id);
}

void TestSandboxApiConversations::partCap()
{
    const QString id = conversationIn(ConversationState::Open);
    for (int i = 0; i < 510; ++i)
        post(
            id, "reply",
            adminBody("note", QStringLiteral("<p>n") + QString::number(i) + QStringLiteral("</p>")),
            Now + i);
    const QJsonObject c = get(id);
    const QJsonArray list = parts(c);
    QCOMPARE(list.size(), 500);
    QCOMPARE(field(list.last().toObject(), "body"), QStringLiteral("<p>n509</p>"));
    QVERIFY(c.value(QStringLiteral("conversation_parts"))
                .toObject()
                .value(QStringLiteral("total_count"))
                .toInt()
            > 510);
}

void TestSandboxApiConversations::plaintext()
{
    const QString id = conversationIn(ConversationState::Open);
    post(id, "reply",
         adminBody("comment",
                   QStringLiteral("<p>See <a href=\"https://docs.example.com/x\">the docs</a> "
                                  "&amp; more</p><ul><li>one</li><li>two</li></ul>")),
         Now + 1);
    const QJsonObject c
        = call(*m_api, "GET",
               QStringLiteral("/conversations/") + id + QStringLiteral("?display_as=plaintext"))
              .body;
    QCOMPARE(field(parts(c).last().toObject(), "body"),
             QStringLiteral("See the docs (https://docs.example.com/x) & more\n- one\n- two"));
    QVERIFY(!c.value(QStringLiteral("source"))
                 .toObject()
                 .value(QStringLiteral("body"))
                 .toString()
                 .contains(QLatin1Char('<')));
}

QTEST_GUILESS_MAIN(TestSandboxApiConversations)
#include "tst_sandboxapi_conversations.moc"
