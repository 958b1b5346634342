// Every typed call of IntercomClient against the in-process sandbox over loopback HTTP;
// each mutation is checked with a following GET.
#include "tests/support/sandboxharness.h"

#include "sandbox/sandboxapi.h"
#include "sandbox/workspace.h"

#include <QDateTime>
#include <QJsonArray>

using namespace api;

class TestIntercomClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void me();
    void admins();
    void teams();
    void tags();
    void listConversations();
    void searchConversations();
    void getConversation();
    void updateConversation();
    void replyAndNote();
    void manageParts();
    void conversationTags();
    void contacts();
    void contactNotesAndTags();
    void companies();
    void articles();
    void collections();
    void helpCenters();
    void genericCall();
    void rateLimitSignal();

private:
    QString firstConversationId();
    SandboxHarness m_sandbox;
    IntercomClient *m_client = nullptr;
    QString m_adminId;
};

void TestIntercomClient::initTestCase()
{
    QVERIFY(m_sandbox.start());
    m_client = m_sandbox.client.get();
    m_adminId = m_sandbox.server->api().meAdminId();
}

QString TestIntercomClient::firstConversationId()
{
    auto job = finished(m_client->listConversations(1));
    return job->result().items.value(0).id;
}

void TestIntercomClient::me()
{
    auto job = finished(m_client->me());
    VERIFY_OK(job);
    QCOMPARE(job->httpStatus(), 200);
    QCOMPARE(job->result().id, m_adminId);
    QVERIFY(!job->result().name.isEmpty());
    QVERIFY(!job->result().appIdCode.isEmpty());
    QCOMPARE(job->attempts(), 1);
}

void TestIntercomClient::admins()
{
    auto list = finished(m_client->listAdmins());
    VERIFY_OK(list);
    QVERIFY(list->result().size() > 1);
    const QString otherId = list->result().at(1).id;

    auto away = finished(m_client->setAway(otherId, true, true));
    VERIFY_OK(away);
    QVERIFY(away->result().awayModeEnabled);
    auto get = finished(m_client->getAdmin(otherId));
    VERIFY_OK(get);
    QVERIFY(get->result().awayModeEnabled);
    QVERIFY(get->result().awayModeReassign);
    QVERIFY(!finished(m_client->setAway(otherId, false, false))->error());
    QVERIFY(!finished(m_client->getAdmin(otherId))->result().awayModeEnabled);
}

void TestIntercomClient::teams()
{
    auto list = finished(m_client->listTeams());
    VERIFY_OK(list);
    QVERIFY(!list->result().isEmpty());
    const Team first = list->result().first();
    auto get = finished(m_client->getTeam(first.id));
    VERIFY_OK(get);
    QCOMPARE(get->result().name, first.name);
    QCOMPARE(get->result().adminIds, first.adminIds);
}

void TestIntercomClient::tags()
{
    auto created = finished(m_client->createTag(QStringLiteral("api-test-created")));
    VERIFY_OK(created);
    const QString id = created->result().id;
    QVERIFY(!id.isEmpty());
    auto renamed = finished(m_client->renameTag(id, QStringLiteral("api-test-renamed")));
    VERIFY_OK(renamed);
    QCOMPARE(renamed->result().id, id);
    auto list = finished(m_client->listTags());
    VERIFY_OK(list);
    const auto found = std::find_if(list->result().cbegin(), list->result().cend(),
                                    [&](const Tag &tag) { return tag.id == id; });
    QVERIFY(found != list->result().cend());
    QCOMPARE(found->name, QStringLiteral("api-test-renamed"));
}

void TestIntercomClient::listConversations()
{
    auto first = finished(m_client->listConversations(5));
    VERIFY_OK(first);
    QCOMPARE(first->result().items.size(), 5);
    QVERIFY(first->result().pages.hasNextCursor());
    QVERIFY(first->result().totalCount >= 100);
    auto second = finished(m_client->listConversations(5, first->result().pages.nextCursor));
    VERIFY_OK(second);
    QCOMPARE(second->result().items.size(), 5);
    QVERIFY(first->result().items.first().id != second->result().items.first().id);
    QVERIFY(first->result().items.first().rawJson.contains(QLatin1String("id")));
}

void TestIntercomClient::searchConversations()
{
    SearchRequest request;
    request.query = SearchQuery::allOf(
        {SearchQuery::filter(QStringLiteral("state"), QStringLiteral("="),
                             QStringLiteral("closed")),
         SearchQuery::filter(QStringLiteral("created_at"), QStringLiteral(">"), 0)});
    request.perPage = 20;
    auto job = finished(m_client->searchConversations(request));
    VERIFY_OK(job);
    QVERIFY(!job->result().items.isEmpty());
    for (const Conversation &conversation : job->result().items)
        QCOMPARE(conversation.state, Conversation::State::Closed);
    QCOMPARE(job->request().idempotent, true); // a search may be retried
}

void TestIntercomClient::getConversation()
{
    const QString id = firstConversationId();
    auto html = finished(m_client->getConversation(id));
    VERIFY_OK(html);
    QCOMPARE(html->result().id, id);
    QVERIFY(!html->result().parts.isEmpty() || html->result().partsTotalCount == 0);
    QVERIFY(html->result().rawJson.contains(QLatin1String("conversation_parts")));
    auto plain = finished(m_client->getConversation(id, true));
    VERIFY_OK(plain);
    QVERIFY(!plain->result().source.body.contains(QLatin1String("<p>")));
}

void TestIntercomClient::updateConversation()
{
    const QString id = firstConversationId();
    ConversationUpdate update;
    update.title = QStringLiteral("Renamed by tst_intercomclient");
    update.read = true;
    update.customAttributes = {{QStringLiteral("order_number"), QStringLiteral("A-1")}};
    auto job = finished(m_client->updateConversation(id, update));
    VERIFY_OK(job);
    auto get = finished(m_client->getConversation(id));
    QCOMPARE(get->result().title, *update.title);
    QVERIFY(get->result().read);
    QCOMPARE(get->result().customAttributes.value(QLatin1String("order_number")).toString(),
             QStringLiteral("A-1"));
}

void TestIntercomClient::replyAndNote()
{
    const QString id = firstConversationId();
    ReplyRequest comment;
    comment.adminId = m_adminId;
    comment.body = QStringLiteral("<p>Reply from the API test</p>");
    comment.attachmentUrls = {QStringLiteral("https://files.example.org/a.png")};
    comment.attachmentFiles
        = {{QStringLiteral("text/plain"), QByteArray("hello"), QStringLiteral("hello.txt")}};
    auto replied = finished(m_client->reply(id, comment));
    VERIFY_OK(replied);
    QCOMPARE(replied->attempts(), 1);

    ReplyRequest note = comment;
    note.kind = ReplyRequest::Kind::Note;
    note.body = QStringLiteral("<p>Internal note from the API test</p>");
    note.attachmentUrls.clear();
    note.attachmentFiles.clear();
    VERIFY_OK(finished(m_client->reply(id, note)));

    auto get = finished(m_client->getConversation(id));
    const QList<ConversationPart> &parts = get->result().parts;
    QVERIFY(parts.size() >= 2);
    const ConversationPart &last = parts.last();
    QCOMPARE(last.partType, QStringLiteral("note"));
    QVERIFY(last.body.contains(QLatin1String("Internal note from the API test")));
    const ConversationPart &previous = parts.at(parts.size() - 2);
    QCOMPARE(previous.partType, QStringLiteral("comment"));
    QCOMPARE(previous.author.id, m_adminId);
    QVERIFY(previous.attachments.size() >= 1);

    ReplyRequest empty;
    empty.adminId = m_adminId;
    auto refused = finished(m_client->reply(id, empty));
    QCOMPARE(refused->error().category, ApiError::Category::InvalidRequest);
    QCOMPARE(refused->attempts(), 0);
}

void TestIntercomClient::manageParts()
{
    const QString id = firstConversationId();
    auto teams = finished(m_client->listTeams());
    const QString teamId = teams->result().first().id;
    auto state = [&] {
        return finished(m_client->getConversation(id))->result();
    };

    VERIFY_OK(finished(m_client->closeConversation(id, m_adminId, QStringLiteral("Closing"))));
    QCOMPARE(state().state, Conversation::State::Closed);
    VERIFY_OK(finished(m_client->openConversation(id, m_adminId)));
    QCOMPARE(state().state, Conversation::State::Open);
    const qint64 until = m_sandbox.server->now() + 3600;
    auto snoozed = finished(m_client->snoozeConversation(id, m_adminId, until));
    VERIFY_OK(snoozed);
    QCOMPARE(state().state, Conversation::State::Snoozed);
    QCOMPARE(state().snoozedUntil, until);
    VERIFY_OK(finished(m_client->openConversation(id, m_adminId)));

    VERIFY_OK(finished(m_client->assignConversation(
        id, m_adminId, IntercomClient::AssigneeType::Admin, m_adminId)));
    QCOMPARE(state().adminAssigneeId, m_adminId);
    VERIFY_OK(finished(
        m_client->assignConversation(id, m_adminId, IntercomClient::AssigneeType::Team, teamId)));
    QCOMPARE(state().teamAssigneeId, teamId);
    VERIFY_OK(finished(m_client->unassignConversation(id, m_adminId)));
    QVERIFY(!state().isAssignedToAdmin());
    VERIFY_OK(finished(
        m_client->unassignConversation(id, m_adminId, IntercomClient::AssigneeType::Team)));
    QVERIFY(!state().isAssignedToTeam());
}

void TestIntercomClient::conversationTags()
{
    const QString id = firstConversationId();
    auto tags = finished(m_client->listTags());
    const QString tagId = tags->result().first().id;
    auto hasTag = [&] {
        const QList<Tag> list = finished(m_client->getConversation(id))->result().tags;
        return std::any_of(list.cbegin(), list.cend(),
                           [&](const Tag &tag) { return tag.id == tagId; });
    };
    auto attached = finished(m_client->tagConversation(id, tagId, m_adminId));
    VERIFY_OK(attached);
    QCOMPARE(attached->result().id, tagId);
    QVERIFY(hasTag());
    VERIFY_OK(finished(m_client->untagConversation(id, tagId, m_adminId)));
    QVERIFY(!hasTag());
}

void TestIntercomClient::contacts()
{
    auto list = finished(m_client->listContacts(10));
    VERIFY_OK(list);
    QCOMPARE(list->result().items.size(), 10);
    QVERIFY(list->result().pages.hasNextCursor());
    const Contact first = list->result().items.first();

    auto get = finished(m_client->getContact(first.id));
    VERIFY_OK(get);
    QCOMPARE(get->result().email, first.email);

    SearchRequest search;
    search.query = SearchQuery::filter(QStringLiteral("email"), QStringLiteral("="), first.email);
    search.sortField = QStringLiteral("created_at");
    auto found = finished(m_client->searchContacts(search));
    VERIFY_OK(found);
    QVERIFY(!found->result().items.isEmpty());
    QCOMPARE(found->result().items.first().id, first.id);

    ContactUpdate update;
    update.name = QStringLiteral("Renamed Contact");
    update.ownerId = m_adminId;
    update.customAttributes = {{QStringLiteral("plan"), QStringLiteral("enterprise")}};
    VERIFY_OK(finished(m_client->updateContact(first.id, update)));
    const Contact after = finished(m_client->getContact(first.id))->result();
    QCOMPARE(after.name, *update.name);
    QCOMPARE(after.ownerId, m_adminId);
}

void TestIntercomClient::contactNotesAndTags()
{
    const Contact contact = finished(m_client->listContacts(1))->result().items.first();
    auto created = finished(
        m_client->createNote(contact.id, QStringLiteral("<p>Called back</p>"), m_adminId));
    VERIFY_OK(created);
    QVERIFY(!created->result().id.isEmpty());
    auto notes = finished(m_client->listNotes(contact.id));
    VERIFY_OK(notes);
    const auto &items = notes->result().items;
    QVERIFY(std::any_of(items.cbegin(), items.cend(),
                        [&](const Note &note) { return note.id == created->result().id; }));

    const QString tagId = finished(m_client->listTags())->result().last().id;
    VERIFY_OK(finished(m_client->tagContact(contact.id, tagId)));
    auto tags = finished(m_client->listContactTags(contact.id));
    VERIFY_OK(tags);
    QVERIFY(std::any_of(tags->result().cbegin(), tags->result().cend(),
                        [&](const Tag &tag) { return tag.id == tagId; }));
    VERIFY_OK(finished(m_client->untagContact(contact.id, tagId)));
    const QList<Tag> remaining = finished(m_client->listContactTags(contact.id))->result();
    QVERIFY(std::none_of(remaining.cbegin(), remaining.cend(),
                         [&](const Tag &tag) { return tag.id == tagId; }));
}

void TestIntercomClient::companies()
{
    auto list = finished(m_client->listCompanies(1, 5));
    VERIFY_OK(list);
    QVERIFY(!list->result().items.isEmpty());
    QCOMPARE(list->result().pages.page, 1);
    const Company first = list->result().items.first();
    auto get = finished(m_client->getCompany(first.id));
    VERIFY_OK(get);
    QCOMPARE(get->result().name, first.name);
}

void TestIntercomClient::articles()
{
    auto list = finished(m_client->listArticles(1, 10));
    VERIFY_OK(list);
    QVERIFY(!list->result().items.isEmpty());
    const Article first = list->result().items.first();
    auto get = finished(m_client->getArticle(first.id));
    VERIFY_OK(get);
    QCOMPARE(get->result().title, first.title);

    const QString word = first.title.section(QLatin1Char(' '), 0, 0);
    auto search = finished(m_client->searchArticles(word, QStringLiteral("all")));
    VERIFY_OK(search);
    QVERIFY(!search->result().items.isEmpty());

    const Collection collection = finished(m_client->listCollections())->result().items.first();
    ArticleDraft draft;
    draft.title = QStringLiteral("Created by the API test");
    draft.body = QStringLiteral("<p>Body</p>");
    draft.authorId = m_adminId;
    draft.state = Article::State::Draft;
    draft.parentId = collection.id;
    draft.parentType = QStringLiteral("collection");
    auto created = finished(m_client->createArticle(draft));
    VERIFY_OK(created);
    const QString id = created->result().id;
    QCOMPARE(created->result().state, Article::State::Draft);

    ArticleDraft edit;
    edit.title = QStringLiteral("Edited by the API test");
    edit.state = Article::State::Published;
    VERIFY_OK(finished(m_client->updateArticle(id, edit)));
    const Article edited = finished(m_client->getArticle(id))->result();
    QCOMPARE(edited.title, *edit.title);
    QCOMPARE(edited.state, Article::State::Published);

    auto deleted = finished(m_client->deleteArticle(id));
    VERIFY_OK(deleted);
    QVERIFY(deleted->result().deleted);
    QCOMPARE(finished(m_client->getArticle(id))->error().category, ApiError::Category::NotFound);
}

void TestIntercomClient::collections()
{
    auto list = finished(m_client->listCollections());
    VERIFY_OK(list);
    QVERIFY(!list->result().items.isEmpty());
    const Collection first = list->result().items.first();
    QCOMPARE(finished(m_client->getCollection(first.id))->result().name, first.name);

    CollectionDraft draft;
    draft.name = QStringLiteral("API test collection");
    draft.description = QStringLiteral("Made by tst_intercomclient");
    auto created = finished(m_client->createCollection(draft));
    VERIFY_OK(created);
    const QString id = created->result().id;
    CollectionDraft edit;
    edit.name = QStringLiteral("API test collection, renamed");
    edit.parentId = first.id;
    VERIFY_OK(finished(m_client->updateCollection(id, edit)));
    const Collection edited = finished(m_client->getCollection(id))->result();
    QCOMPARE(edited.name, *edit.name);
    QCOMPARE(edited.parentId, first.id);
    auto deleted = finished(m_client->deleteCollection(id));
    VERIFY_OK(deleted);
    QVERIFY(deleted->result().deleted);
    QCOMPARE(finished(m_client->getCollection(id))->error().category, ApiError::Category::NotFound);
}

void TestIntercomClient::helpCenters()
{
    auto list = finished(m_client->listHelpCenters());
    VERIFY_OK(list);
    QVERIFY(!list->result().isEmpty());
    const HelpCenter first = list->result().first();
    auto get = finished(m_client->getHelpCenter(first.id));
    VERIFY_OK(get);
    QCOMPARE(get->result().displayName, first.displayName);
}

void TestIntercomClient::genericCall()
{
    auto job = finished(m_client->call("GET", QStringLiteral("/me")));
    VERIFY_OK(job);
    QCOMPARE(job->result().value(QLatin1String("type")).toString(), QStringLiteral("admin"));
    QVERIFY(job->request().idempotent);
    auto post = finished(m_client->call("POST", QStringLiteral("/tags"),
                                        {{QStringLiteral("name"), QStringLiteral("raw")}}));
    VERIFY_OK(post);
    QVERIFY(!post->request().idempotent);
    QCOMPARE(post->result().value(QLatin1String("name")).toString(), QStringLiteral("raw"));
}

void TestIntercomClient::rateLimitSignal()
{
    QSignalSpy spy(m_client, &IntercomClient::rateLimitChanged);
    VERIFY_OK(finished(m_client->me()));
    QVERIFY(spy.count() >= 1);
    const RateLimitState state = m_client->rateLimit();
    QCOMPARE(state.limit, 100000);
    QVERIFY(state.remaining < state.limit);
    QVERIFY(state.resetAtSecs > QDateTime::currentSecsSinceEpoch() - 1);
}

QTEST_GUILESS_MAIN(TestIntercomClient)
#include "tst_intercomclient.moc"
