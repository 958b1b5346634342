#pragma once

#include "admin.h"
#include "apijob.h"
#include "article.h"
#include "clientconfig.h"
#include "collection.h"
#include "company.h"
#include "contact.h"
#include "conversation.h"
#include "helpcenter.h"
#include "note.h"
#include "page.h"
#include "ratelimitstate.h"
#include "requestbodies.h"
#include "searchquery.h"
#include "tag.h"
#include "team.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace api {

using AdminJob = ResultJob<Admin>;
using AdminListJob = ResultJob<QList<Admin>>;
using TeamJob = ResultJob<Team>;
using TeamListJob = ResultJob<QList<Team>>;
using TagJob = ResultJob<Tag>;
using TagListJob = ResultJob<QList<Tag>>;
using ConversationJob = ResultJob<Conversation>;
using ConversationPageJob = ResultJob<Page<Conversation>>;
using ContactJob = ResultJob<Contact>;
using ContactPageJob = ResultJob<Page<Contact>>;
using NoteJob = ResultJob<Note>;
using NotePageJob = ResultJob<Page<Note>>;
using CompanyJob = ResultJob<Company>;
using CompanyPageJob = ResultJob<Page<Company>>;
using ArticleJob = ResultJob<Article>;
using ArticlePageJob = ResultJob<Page<Article>>;
using CollectionJob = ResultJob<Collection>;
using CollectionPageJob = ResultJob<Page<Collection>>;
using HelpCenterJob = ResultJob<HelpCenter>;
using HelpCenterListJob = ResultJob<QList<HelpCenter>>;
using DeleteJob = ResultJob<DeletedObject>;
using JsonJob = ResultJob<QJsonObject>;

/// The Intercom REST client of one workspace. Every call returns a job (parented to the
/// client) that is sent on the next event-loop turn; see ApiJob for the finished() contract.
/// The client queues requests (at most config().maxInFlight at once), paces them by the
/// X-RateLimit headers before the server answers 429, and retries per RetryPolicy.
/// Ids are strings everywhere. GUI-thread object; destroying it aborts every pending job.
///
/// The base URL must pass TransportPolicy (https, or http to loopback only); otherwise every
/// job finishes with InvalidRequest and nothing is sent. When a request sent with the current
/// token gets a 401 (revoked or invalid token), authenticationFailed() is emitted once and the
/// client holds: queued jobs finish with Authentication without being sent, so they cannot
/// hammer the server with a token it refuses, until setToken() gives a new one. A 401 to a
/// request sent with an older token is resent with the new one.
class IntercomClient : public QObject
{
    Q_OBJECT
public:
    /// \a network may be shared; the client creates its own when it is null.
    explicit IntercomClient(const ClientConfig &config, QNetworkAccessManager *network = nullptr,
                            QObject *parent = nullptr);
    ~IntercomClient() override;

    const ClientConfig &config() const { return m_config; }
    /// A new (or re-entered) token: the next requests carry it, and the hold after a 401 ends.
    /// Emits tokenChanged().
    void setToken(const QByteArray &token);
    /// A request got a 401 with the current token; true until setToken().
    bool isAuthenticationRequired() const { return m_authenticationRequired; }
    RateLimitState rateLimit() const { return m_rateLimit; }
    void setPacingOptions(const PacingOptions &options) { m_pacing = options; }
    /// For tests: the random unit in [0, 1) used for retry jitter.
    void setRandomSource(std::function<double()> source) { m_random = std::move(source); }
    int inFlightCount() const { return int(m_inFlight.size()); }
    int queuedCount() const { return int(m_queue.size()); }

    /// Any endpoint, raw JSON in and out. POSTs are not resent after an ambiguous failure
    /// unless \a idempotent is true.
    JsonJob *call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                  const QUrlQuery &query = {}, bool idempotent = false);
    /// Sends \a spec and parses the answer with \a parser.
    template<typename T>
    ResultJob<T> *send(const RequestSpec &spec, typename ResultJob<T>::Parser parser)
    {
        auto *job = new ResultJob<T>(spec, parser, this);
        enqueue(job);
        return job;
    }

    // Admins, teams, tags
    AdminJob *me();
    AdminListJob *listAdmins();
    AdminJob *getAdmin(const QString &adminId);
    AdminJob *setAway(const QString &adminId, bool away, bool reassign,
                      const QString &reasonId = {});
    TeamListJob *listTeams();
    TeamJob *getTeam(const QString &teamId);
    TagListJob *listTags();
    TagJob *createTag(const QString &name);
    TagJob *renameTag(const QString &tagId, const QString &name);

    // Conversations
    ConversationPageJob *listConversations(int perPage = 0, const QString &startingAfter = {});
    /// Refused (InvalidRequest, without sending) when the query is beyond Intercom's limits.
    ConversationPageJob *searchConversations(const SearchRequest &request);
    ConversationJob *getConversation(const QString &id, bool plainText = false);
    ConversationJob *updateConversation(const QString &id, const ConversationUpdate &update);
    ConversationJob *reply(const QString &conversationId, const ReplyRequest &reply);
    ConversationJob *closeConversation(const QString &id, const QString &adminId,
                                       const QString &body = {});
    ConversationJob *openConversation(const QString &id, const QString &adminId);
    ConversationJob *snoozeConversation(const QString &id, const QString &adminId,
                                        qint64 untilSecs);
    enum class AssigneeType { Admin, Team };
    /// \a assigneeId "0" unassigns (see unassignConversation).
    ConversationJob *assignConversation(const QString &id, const QString &adminId,
                                        AssigneeType type, const QString &assigneeId,
                                        const QString &body = {});
    ConversationJob *unassignConversation(const QString &id, const QString &adminId,
                                          AssigneeType type = AssigneeType::Admin);
    TagJob *tagConversation(const QString &conversationId, const QString &tagId,
                            const QString &adminId);
    TagJob *untagConversation(const QString &conversationId, const QString &tagId,
                              const QString &adminId);

    // Contacts
    ContactPageJob *listContacts(int perPage = 0, const QString &startingAfter = {});
    ContactPageJob *searchContacts(const SearchRequest &request);
    /// 410 for a merged contact: error().category Gone with error().canonicalId.
    ContactJob *getContact(const QString &contactId);
    ContactJob *updateContact(const QString &contactId, const ContactUpdate &update);
    NotePageJob *listNotes(const QString &contactId);
    NoteJob *createNote(const QString &contactId, const QString &body, const QString &adminId = {});
    TagListJob *listContactTags(const QString &contactId);
    TagJob *tagContact(const QString &contactId, const QString &tagId);
    TagJob *untagContact(const QString &contactId, const QString &tagId);

    // Companies
    CompanyPageJob *listCompanies(int page = 0, int perPage = 0);
    CompanyJob *getCompany(const QString &companyId);

    // Help center
    ArticlePageJob *listArticles(int page = 0, int perPage = 0);
    /// \a state: "published", "draft" or "all"; empty = server default.
    ArticlePageJob *searchArticles(const QString &phrase, const QString &state = {},
                                   const QString &helpCenterId = {});
    ArticleJob *getArticle(const QString &articleId);
    ArticleJob *createArticle(const ArticleDraft &draft);
    ArticleJob *updateArticle(const QString &articleId, const ArticleDraft &draft);
    DeleteJob *deleteArticle(const QString &articleId);
    CollectionPageJob *listCollections(int page = 0, int perPage = 0);
    CollectionJob *getCollection(const QString &collectionId);
    CollectionJob *createCollection(const CollectionDraft &draft);
    CollectionJob *updateCollection(const QString &collectionId, const CollectionDraft &draft);
    DeleteJob *deleteCollection(const QString &collectionId);
    HelpCenterListJob *listHelpCenters();
    HelpCenterJob *getHelpCenter(const QString &helpCenterId);

Q_SIGNALS:
    void rateLimitChanged(const api::RateLimitState &state);
    /// The server refused the current token (401): ask the user to sign in again, then call
    /// setToken(). Emitted once per token, before the failed job's finished().
    void authenticationFailed();
    /// setToken() was called: work held back by a 401 may go on.
    void tokenChanged();

private:
    void enqueue(ApiJob *job);
    /// Enqueues \a job when \a problem is empty; else finishes it with InvalidRequest on the
    /// next event-loop turn (so the caller can still connect), without sending it.
    void enqueueValid(ApiJob *job, const QString &problem);
    /// Finishes \a job with \a error on the next event-loop turn, without sending it.
    void refuseLater(ApiJob *job, const ApiError &error);
    /// While a new token is awaited: finishes every queued job with Authentication.
    void refuseQueued();
    /// A 401 to \a job sent with an earlier token: queued again for the current one (true).
    bool handleUnauthorized(ApiJob *job);
    /// POST <path> with a search body: read-only, so safe to retry; refused when invalid.
    template<typename T>
    ResultJob<Page<T>> *search(const QString &path, const SearchRequest &request,
                               typename ResultJob<Page<T>>::Parser parser)
    {
        RequestSpec spec = RequestSpec::withBody("POST", path, request.toJson());
        spec.idempotent = true;
        auto *job = new ResultJob<Page<T>>(spec, parser, this);
        enqueueValid(job, request.validate());
        return job;
    }
    void schedulePump();
    void pump();
    void dispatch(ApiJob *job);
    /// Follows a same-origin redirect by sending the job again (true), within maxRedirects.
    /// Done here, not by QNAM: its user-verified policy breaks on the second hop (Qt 6.4).
    bool followRedirect(ApiJob *job, QNetworkReply *reply, int httpStatus);
    void handleReply(ApiJob *job, QNetworkReply *reply);
    void updateRateLimit(const RawHeaders &headers);
    ConversationJob *manageParts(const QString &id, const QJsonObject &body);

    ClientConfig m_config;
    QNetworkAccessManager *m_network = nullptr;
    PacingOptions m_pacing;
    RateLimitState m_rateLimit;
    std::function<double()> m_random;
    QList<ApiJob *> m_queue;
    QSet<ApiJob *> m_inFlight;
    QSet<ApiJob *> m_jobs; ///< every unfinished job, including those waiting to retry
    QTimer m_pacingTimer;
    qint64 m_lastSendMs = 0;
    quint64 m_tokenGeneration = 1; ///< advanced by setToken()
    bool m_authenticationRequired = false;
    bool m_pumpScheduled = false;
};

} // namespace api
