// libFuzzer target: the Intercom API value parsers. The bytes go through QJsonDocument, then
// through every api::*::fromJson, the list and page parsers the client uses, and the error
// parsing of a failed answer. Parsing must be tolerant: nothing may crash, leak or hit UB
// whatever the shape (missing, null, wrong-typed, deeply nested fields).

#include "fuzzcheck.h"

#include "api/admin.h"
#include "api/apierror.h"
#include "api/article.h"
#include "api/collection.h"
#include "api/company.h"
#include "api/contact.h"
#include "api/conversation.h"
#include "api/conversationpart.h"
#include "api/helpcenter.h"
#include "api/jsonvalue.h"
#include "api/note.h"
#include "api/objectref.h"
#include "api/page.h"
#include "api/ratelimitstate.h"
#include "api/tag.h"
#include "api/team.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace api;

namespace {

/// Every single-object parser of api/.
void parseObject(const QJsonObject &json)
{
    Admin::fromJson(json);
    Article::fromJson(json);
    Collection::fromJson(json);
    Company::fromJson(json);
    Contact::fromJson(json);
    Conversation::fromJson(json);
    ConversationSource::fromJson(json);
    ConversationPart::fromJson(json);
    HelpCenter::fromJson(json);
    DeletedObject::fromJson(json);
    Note::fromJson(json);
    ObjectRef::fromJson(json);
    Attachment::fromJson(json);
    Tag::fromJson(json);
    Team::fromJson(json);
    PageInfo::fromJson(json);
}

/// The page and list answers, with the list keys the client reads them from.
void parsePages(const QJsonObject &json)
{
    Page<Conversation>::fromJson(json, QStringLiteral("conversations"));
    Page<Contact>::fromJson(json);
    Page<Note>::fromJson(json);
    Page<Company>::fromJson(json);
    Page<Article>::fromJson(json, QStringLiteral("articles"));
    Page<Collection>::fromJson(json);
    const QJsonValue data = json.value(QLatin1String("data"));
    json::wrappedList<Tag>(data, QStringLiteral("tags"));
    json::wrappedList<HelpCenter>(data, QStringLiteral("data"));
    json::wrappedList<Admin>(json.value(QLatin1String("admins")), QStringLiteral("admins"));
    json::wrappedList<Team>(json.value(QLatin1String("teams")), QStringLiteral("teams"));
}

void parseArray(const QJsonArray &array)
{
    json::list<Conversation>(array);
    json::list<ConversationPart>(array);
    json::list<Contact>(array);
    json::list<Admin>(array);
    json::idList(array);
}

/// The scalar readers over one value of any type.
void readScalars(const QJsonValue &value)
{
    json::id(value);
    json::string(value);
    json::integer(value);
    json::boolean(value);
    json::imageUrl(value);
    json::idList(value);
}

/// Headers built from the top-level string members, so that seeds can carry Retry-After,
/// X-RateLimit-* and Link values for the error and rate-limit parsing.
RawHeaders headersOf(const QJsonObject &json)
{
    RawHeaders headers;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.value().isString())
            headers.append({it.key().toUtf8(), it.value().toString().toUtf8()});
    }
    return headers;
}

/// The rate-limit headers and the pacing computed from them (header numbers can be anything).
void checkRateLimit(const RawHeaders &headers)
{
    const std::optional<RateLimitState> state = RateLimitState::fromHeaders(headers);
    if (!state)
        return;
    const PacingOptions options;
    for (const int inFlight : {0, 1, 50}) {
        const qint64 delay = pacingDelayMs(*state, 1700000000000, 1699999999000, inFlight);
        fuzz::require(delay >= 0 && delay <= options.maxDelayMs, "pacing delay out of range");
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initializeApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonObject object = document.object();
    RawHeaders headers = headersOf(object);

    if (document.isObject()) {
        parseObject(object);
        parsePages(object);
        // Nested objects and arrays reach the parsers as top-level values too, so the seeds'
        // embedded shapes (a part inside a conversation) are fuzzed in every position.
        for (auto it = object.begin(); it != object.end(); ++it) {
            readScalars(it.value());
            if (it.value().isObject())
                parseObject(it.value().toObject());
            else if (it.value().isArray())
                parseArray(it.value().toArray());
        }
    } else if (document.isArray()) {
        parseArray(document.array());
        for (const QJsonValue &item : document.array())
            readScalars(item);
    }

    checkRateLimit(headers);
    // The same bytes as the body of failed (and successful) answers.
    for (const int status : {200, 400, 401, 404, 410, 429, 500, 503}) {
        const ApiError error = ApiError::fromResponse(status, QNetworkReply::NoError, QString(),
                                                      body, headers, 1700000000000);
        fuzz::require(status < 400 || bool(error), "a 4xx/5xx answer parsed as no error");
        fuzz::require(error.retryAfterMs >= -1, "negative retry delay");
        error.displayText();
    }
    headers.append({"Retry-After", body.left(32)});
    headers.append({"X-RateLimit-Reset", body.left(32)});
    headers.append({"X-RateLimit-Remaining", body.left(16)});
    checkRateLimit(headers);
    for (const int status : {410, 429, 503}) {
        const ApiError error = ApiError::fromResponse(status, QNetworkReply::NoError, QString(),
                                                      body, headers, 1700000000000);
        fuzz::require(error.retryAfterMs >= -1, "negative retry delay");
    }
    return 0;
}
