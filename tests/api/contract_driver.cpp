// triage-contract-driver: performs every typed call of api::IntercomClient once against
// TRIAGE_CONTRACT_BASE_URL with TRIAGE_CONTRACT_TOKEN, printing one line per call. A Prism proxy
// in between checks each request's shape against the official description.
// Exit code: 0 when no call failed unexpectedly, 1 otherwise, 2 on bad usage.
#include "api/intercomclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QTextStream>

#include <memory>

using namespace api;

namespace {

class Driver
{
public:
    explicit Driver(IntercomClient &client)
        : m_client(client)
    {}

    int run();

private:
    template<typename Job> std::unique_ptr<Job> call(const char *name, Job *job);
    template<typename Job> static bool ok(const std::unique_ptr<Job> &job)
    {
        return job && !job->error();
    }

    void admins();
    void conversations();
    void conversationActions();
    void contacts();
    void helpCenter();

    IntercomClient &m_client;
    QTextStream m_out{stdout};
    int m_failures = 0;
    int m_calls = 0;
    QString m_adminId = QStringLiteral("1");
    QString m_teamId = QStringLiteral("1");
    QString m_tagId = QStringLiteral("1");
    QString m_conversationId = QStringLiteral("1");
    QString m_contactId = QStringLiteral("1");
};

// Not found / gone may happen with made-up ids (e.g. behind a mock); everything else that fails
// means the request was wrong or the answer unreadable.
bool isUnexpected(const ApiError &error)
{
    using Category = ApiError::Category;
    return error && error.category != Category::NotFound && error.category != Category::Gone;
}

template<typename Job> std::unique_ptr<Job> Driver::call(const char *name, Job *job)
{
    job->setAutoDelete(false);
    std::unique_ptr<Job> owned(job);
    if (!job->isFinished()) {
        QEventLoop loop;
        QObject::connect(job, &ApiJob::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    ++m_calls;
    const ApiError &error = job->error();
    const bool unexpected = isUnexpected(error);
    // Prism reports request violations in this header; shown for reading, judged by the runner
    // (which knows the description's own contradictions).
    QByteArray violations;
    for (const auto &header : job->responseHeaders()) {
        if (header.first.compare("sl-violations", Qt::CaseInsensitive) == 0)
            violations = header.second;
    }
    const bool failed = unexpected;
    m_failures += failed ? 1 : 0;
    m_out << (failed ? "FAIL " : error ? "SKIP " : "OK   ") << name << " -> " << job->httpStatus();
    if (error)
        m_out << ' ' << ApiError::categoryName(error.category) << ' ' << error.code << ' '
              << error.message;
    if (!violations.isEmpty())
        m_out << " violations: " << violations;
    m_out << Qt::endl;
    return owned;
}

void Driver::admins()
{
    if (auto me = call("GET /me", m_client.me()); ok(me))
        m_adminId = me->result().id;
    call("GET /admins", m_client.listAdmins());
    call("GET /admins/{id}", m_client.getAdmin(m_adminId));
    call("PUT /admins/{id}/away", m_client.setAway(m_adminId, false, false));
    if (auto teams = call("GET /teams", m_client.listTeams());
        ok(teams) && !teams->result().isEmpty())
        m_teamId = teams->result().first().id;
    call("GET /teams/{id}", m_client.getTeam(m_teamId));
    if (auto tags = call("GET /tags", m_client.listTags()); ok(tags) && !tags->result().isEmpty())
        m_tagId = tags->result().first().id;
    const QString name = QStringLiteral("contract-%1").arg(QDateTime::currentSecsSinceEpoch());
    if (auto created = call("POST /tags (create)", m_client.createTag(name)); ok(created))
        call("POST /tags (rename)",
             m_client.renameTag(created->result().id, name + QLatin1String("-renamed")));
}

void Driver::conversations()
{
    auto list = call("GET /conversations", m_client.listConversations(5));
    if (ok(list) && !list->result().items.isEmpty()) {
        m_conversationId = list->result().items.first().id;
        if (list->result().pages.hasNextCursor())
            call("GET /conversations?starting_after",
                 m_client.listConversations(5, list->result().pages.nextCursor));
    }
    SearchRequest search;
    // Two levels: (open AND created after 0) OR (priority high).
    search.query = SearchQuery::anyOf(
        {SearchQuery::allOf(
             {SearchQuery::filter(QStringLiteral("state"), QStringLiteral("="),
                                  QStringLiteral("open")),
              SearchQuery::filter(QStringLiteral("created_at"), QStringLiteral(">"), 0)}),
         SearchQuery::allOf({SearchQuery::filter(QStringLiteral("priority"), QStringLiteral("="),
                                                 QStringLiteral("high"))})});
    search.perPage = 5;
    call("POST /conversations/search", m_client.searchConversations(search));
    call("GET /conversations/{id}", m_client.getConversation(m_conversationId));
    call("GET /conversations/{id}?display_as=plaintext",
         m_client.getConversation(m_conversationId, true));
    ConversationUpdate update;
    update.read = true;
    update.title = QStringLiteral("Contract check");
    update.customAttributes = {{QStringLiteral("contract"), QStringLiteral("yes")}};
    call("PUT /conversations/{id}", m_client.updateConversation(m_conversationId, update));
}

void Driver::conversationActions()
{
    ReplyRequest comment;
    comment.adminId = m_adminId;
    comment.body = QStringLiteral("<p>Contract reply</p>");
    comment.attachmentUrls = {QStringLiteral("https://files.example.org/contract.png")};
    comment.attachmentFiles
        = {{QStringLiteral("text/plain"), QByteArray("contract"), QStringLiteral("contract.txt")}};
    call("POST /conversations/{id}/reply (comment)", m_client.reply(m_conversationId, comment));
    ReplyRequest note;
    note.kind = ReplyRequest::Kind::Note;
    note.adminId = m_adminId;
    note.body = QStringLiteral("<p>Contract note</p>");
    call("POST /conversations/{id}/reply (note)", m_client.reply(m_conversationId, note));

    using Type = IntercomClient::AssigneeType;
    const QString id = m_conversationId;
    call("POST /conversations/{id}/parts (close)",
         m_client.closeConversation(id, m_adminId, QStringLiteral("Bye")));
    call("POST /conversations/{id}/parts (open)", m_client.openConversation(id, m_adminId));
    call("POST /conversations/{id}/parts (snoozed)",
         m_client.snoozeConversation(id, m_adminId, QDateTime::currentSecsSinceEpoch() + 3600));
    call("POST /conversations/{id}/parts (open again)", m_client.openConversation(id, m_adminId));
    call("POST /conversations/{id}/parts (assign admin)",
         m_client.assignConversation(id, m_adminId, Type::Admin, m_adminId));
    call("POST /conversations/{id}/parts (assign team)",
         m_client.assignConversation(id, m_adminId, Type::Team, m_teamId));
    call("POST /conversations/{id}/parts (unassign)", m_client.unassignConversation(id, m_adminId));
    call("POST /conversations/{id}/tags", m_client.tagConversation(id, m_tagId, m_adminId));
    call("DELETE /conversations/{id}/tags/{tag_id}",
         m_client.untagConversation(id, m_tagId, m_adminId));
}

void Driver::contacts()
{
    auto list = call("GET /contacts", m_client.listContacts(5));
    QString email;
    if (ok(list) && !list->result().items.isEmpty()) {
        m_contactId = list->result().items.first().id;
        email = list->result().items.first().email;
    }
    SearchRequest search;
    search.query = SearchQuery::filter(QStringLiteral("email"), QStringLiteral("="), email);
    search.perPage = 5;
    search.sortField = QStringLiteral("created_at");
    call("POST /contacts/search", m_client.searchContacts(search));
    call("GET /contacts/{id}", m_client.getContact(m_contactId));
    ContactUpdate update;
    update.name = QStringLiteral("Contract Contact");
    update.ownerId = m_adminId;
    call("PUT /contacts/{id}", m_client.updateContact(m_contactId, update));
    call("GET /contacts/{id}/notes", m_client.listNotes(m_contactId));
    call("POST /contacts/{id}/notes",
         m_client.createNote(m_contactId, QStringLiteral("<p>Contract note</p>"), m_adminId));
    call("GET /contacts/{id}/tags", m_client.listContactTags(m_contactId));
    call("POST /contacts/{id}/tags", m_client.tagContact(m_contactId, m_tagId));
    call("DELETE /contacts/{id}/tags/{tag_id}", m_client.untagContact(m_contactId, m_tagId));
    QString companyId = QStringLiteral("1");
    if (auto companies = call("GET /companies", m_client.listCompanies(1, 5));
        ok(companies) && !companies->result().items.isEmpty())
        companyId = companies->result().items.first().id;
    call("GET /companies/{id}", m_client.getCompany(companyId));
}

void Driver::helpCenter()
{
    QString articleId = QStringLiteral("1");
    if (auto list = call("GET /articles", m_client.listArticles(1, 5));
        ok(list) && !list->result().items.isEmpty())
        articleId = list->result().items.first().id;
    call("GET /articles/search",
         m_client.searchArticles(QStringLiteral("refund"), QStringLiteral("all")));
    call("GET /articles/{id}", m_client.getArticle(articleId));

    QString collectionId = QStringLiteral("1");
    if (auto list = call("GET /help_center/collections", m_client.listCollections(1, 5));
        ok(list) && !list->result().items.isEmpty())
        collectionId = list->result().items.first().id;
    call("GET /help_center/collections/{id}", m_client.getCollection(collectionId));

    ArticleDraft article;
    article.title = QStringLiteral("Contract article");
    article.body = QStringLiteral("<p>Body</p>");
    article.authorId = m_adminId;
    article.state = Article::State::Draft;
    article.parentId = collectionId;
    article.parentType = QStringLiteral("collection");
    if (auto created = call("POST /articles", m_client.createArticle(article)); ok(created)) {
        ArticleDraft edit;
        edit.title = QStringLiteral("Contract article, edited");
        edit.parentId = collectionId;
        call("PUT /articles/{id}", m_client.updateArticle(created->result().id, edit));
        call("DELETE /articles/{id}", m_client.deleteArticle(created->result().id));
    }

    CollectionDraft collection;
    collection.name = QStringLiteral("Contract collection");
    collection.description = QStringLiteral("Made by the contract driver");
    if (auto created = call("POST /help_center/collections", m_client.createCollection(collection));
        ok(created)) {
        CollectionDraft edit;
        edit.name = QStringLiteral("Contract collection, renamed");
        call("PUT /help_center/collections/{id}",
             m_client.updateCollection(created->result().id, edit));
        call("DELETE /help_center/collections/{id}",
             m_client.deleteCollection(created->result().id));
    }

    QString helpCenterId = QStringLiteral("1");
    if (auto list = call("GET /help_center/help_centers", m_client.listHelpCenters());
        ok(list) && !list->result().isEmpty())
        helpCenterId = list->result().first().id;
    call("GET /help_center/help_centers/{id}", m_client.getHelpCenter(helpCenterId));
}

int Driver::run()
{
    admins();
    conversations();
    conversationActions();
    contacts();
    helpCenter();
    call("GET /me (generic call)", m_client.call("GET", QStringLiteral("/me")));
    m_out << m_calls << " calls, " << m_failures << " unexpected failures" << Qt::endl;
    return m_failures == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString baseUrl = qEnvironmentVariable("TRIAGE_CONTRACT_BASE_URL");
    const QByteArray token = qgetenv("TRIAGE_CONTRACT_TOKEN");
    if (baseUrl.isEmpty() || token.isEmpty()) {
        QTextStream(stderr) << "usage: TRIAGE_CONTRACT_BASE_URL=http://127.0.0.1:4010 "
                               "TRIAGE_CONTRACT_TOKEN=<token> triage-contract-driver"
                            << Qt::endl;
        return 2;
    }
    ClientConfig config;
    config.region = ClientConfig::Region::Custom;
    config.customBaseUrl = QUrl(baseUrl);
    config.token = token;
    config.retryPolicy = RetryPolicy::none(); // every call exactly once
    config.maxInFlight = 1;
    IntercomClient client(config);
    return Driver(client).run();
}
