#include "routecontext.h"
#include "serializers.h"
#include "workspace.h"

#include <QJsonArray>

#include <algorithm>

namespace sandbox {

namespace {

constexpr int MaxAttachments = 10;

ApiResponse answer(RouteContext &cx, int index)
{
    return ApiResponse::ok(Serialize::conversation(cx.ws, index, {true, false}));
}

/// The acting teammate from `admin_id`; an error answer when it is missing or unknown.
std::variant<qint64, ApiResponse> actingAdmin(RouteContext &cx)
{
    const QString id = cx.idField(QStringLiteral("admin_id"));
    if (id.isEmpty())
        return cx.missing(QStringLiteral("admin_id"));
    const qint64 adminId = RouteContext::number(id);
    if (cx.ws.adminIndex(adminId) < 0)
        return cx.error(404, QStringLiteral("admin_not_found"), QStringLiteral("Admin not found"));
    return adminId;
}

/// attachment_urls and attachment_files (≤ 10 each) as part attachments.
std::variant<std::vector<Attachment>, ApiResponse> attachments(RouteContext &cx)
{
    std::vector<Attachment> result;
    const QJsonValue urls = cx.body.value(QStringLiteral("attachment_urls"));
    const QJsonValue files = cx.body.value(QStringLiteral("attachment_files"));
    if ((!urls.isUndefined() && !urls.isArray()) || (!files.isUndefined() && !files.isArray()))
        return cx.invalid(QStringLiteral("attachments must be arrays"));
    if (urls.toArray().size() > MaxAttachments || files.toArray().size() > MaxAttachments)
        return cx.invalid(QStringLiteral("At most 10 attachments are allowed"));
    for (const QJsonValue &url : urls.toArray()) {
        const QString text = url.toString();
        if (!text.startsWith(QLatin1String("http://"))
            && !text.startsWith(QLatin1String("https://")))
            return cx.invalid(QStringLiteral("attachment_urls must be http(s) URLs"));
        result.push_back({text.section(QLatin1Char('/'), -1), text,
                          QStringLiteral("application/octet-stream"), 0, 0, 0});
    }
    for (const QJsonValue &file : files.toArray()) {
        const QJsonObject object = file.toObject();
        const QString name = object.value(QStringLiteral("name")).toString();
        const QByteArray data = object.value(QStringLiteral("data")).toString().toLatin1();
        if (!file.isObject() || name.isEmpty() || data.isEmpty())
            return cx.invalid(QStringLiteral("attachment_files need name, content_type and data"));
        const qint64 id = cx.ws.nextId();
        result.push_back({name,
                          QStringLiteral("https://files.triage-demo.example.com/uploads/")
                              + QString::number(id) + QLatin1Char('/') + name,
                          object.value(QStringLiteral("content_type"))
                              .toString(QStringLiteral("application/octet-stream")),
                          qint64(QByteArray::fromBase64(data).size()), 0, 0});
    }
    return result;
}

/// The contact a `type: user` reply comes from, or -1.
int replyingContact(RouteContext &cx)
{
    const Workspace &ws = cx.ws;
    const QString intercomId = cx.idField(QStringLiteral("intercom_user_id"));
    if (!intercomId.isEmpty())
        return ws.contactIndex(intercomId);
    const QString email = cx.body.value(QStringLiteral("email")).toString();
    const QString userId = cx.idField(QStringLiteral("user_id"));
    for (size_t i = 0; i < ws.contacts.size(); ++i) {
        const Contact &c = ws.contacts[i];
        if ((!email.isEmpty() && c.email.compare(email, Qt::CaseInsensitive) == 0)
            || (!userId.isEmpty() && c.externalId == userId))
            return int(i);
    }
    return -1;
}

ApiResponse reply(RouteContext &cx, int index)
{
    const QString messageType = cx.body.value(QStringLiteral("message_type")).toString();
    const QString type = cx.body.value(QStringLiteral("type")).toString();
    const QString body = cx.body.value(QStringLiteral("body")).toString();
    if (messageType.isEmpty())
        return cx.missing(QStringLiteral("message_type"));
    if (type.isEmpty())
        return cx.missing(QStringLiteral("type"));
    const bool admin = type == QLatin1String("admin");
    if (!admin && type != QLatin1String("user"))
        return cx.invalid(QStringLiteral("type must be admin or user"));
    const QStringList allowed = admin
                                    ? QStringList{QStringLiteral("comment"), QStringLiteral("note"),
                                                  QStringLiteral("quick_reply")}
                                    : QStringList{QStringLiteral("comment")};
    if (!allowed.contains(messageType))
        return cx.invalid(QStringLiteral("message_type is not valid"));
    if (messageType != QLatin1String("quick_reply") && body.trimmed().isEmpty())
        return cx.missing(QStringLiteral("body"));
    PartAuthor author{AuthorType::Admin, 0, -1};
    if (admin) {
        auto acting = actingAdmin(cx);
        if (auto *error = std::get_if<ApiResponse>(&acting))
            return *error;
        author.adminId = std::get<qint64>(acting);
    } else {
        if (cx.idField(QStringLiteral("intercom_user_id")).isEmpty()
            && !cx.body.contains(QStringLiteral("email"))
            && cx.idField(QStringLiteral("user_id")).isEmpty())
            return cx.missing(QStringLiteral("intercom_user_id"));
        author = {AuthorType::User, 0, replyingContact(cx)};
        if (author.contact < 0)
            return cx.notFound(QStringLiteral("User Not Found"));
    }
    auto files = attachments(cx);
    if (auto *error = std::get_if<ApiResponse>(&files))
        return *error;

    Workspace &ws = cx.ws;
    ws.mutableExtra(index);
    Conversation &c = ws.conversations[size_t(index)];
    const qint64 now = cx.request.now;
    const bool note = messageType == QLatin1String("note");
    if (admin && !note) {
        // An admin comment answers the customer; on a closed conversation it reopens it, a
        // snoozed one stays snoozed (as Intercom does).
        c.waitingSince = 0;
        if (c.state == ConversationState::Closed)
            ws.setState(index, ConversationState::Open, 0);
        ws.contacts[size_t(c.contact)].lastContactedAt = now;
    } else if (!admin) {
        if (!c.waitingSince)
            c.waitingSince = std::max(now, c.updatedAt);
        c.read = false;
        if (c.state != ConversationState::Open)
            ws.setState(index, ConversationState::Open, 0);
        ws.contacts[size_t(author.contact)].lastRepliedAt = now;
    }
    Part &part = ws.addPart(index,
                            note                                          ? PartType::Note
                            : messageType == QLatin1String("quick_reply") ? PartType::QuickReply
                                                                          : PartType::Comment,
                            now, author);
    part.body = body;
    part.attachments = std::get<std::vector<Attachment>>(files);
    return answer(cx, index);
}

ApiResponse manage(RouteContext &cx, int index)
{
    const QString messageType = cx.body.value(QStringLiteral("message_type")).toString();
    if (messageType.isEmpty())
        return cx.missing(QStringLiteral("message_type"));
    auto acting = actingAdmin(cx);
    if (auto *error = std::get_if<ApiResponse>(&acting))
        return *error;
    const PartAuthor author{AuthorType::Admin, std::get<qint64>(acting), -1};
    Workspace &ws = cx.ws;
    const qint64 now = cx.request.now;
    const QString body = cx.body.value(QStringLiteral("body")).toString();

    if (messageType == QLatin1String("close") || messageType == QLatin1String("open")) {
        const bool close = messageType == QLatin1String("close");
        ws.setState(index, close ? ConversationState::Closed : ConversationState::Open, 0);
        ws.addPart(index, close ? PartType::Close : PartType::Open, now, author).body
            = close ? body : QString();
        return answer(cx, index);
    }
    if (messageType == QLatin1String("snoozed")) {
        const QJsonValue until = cx.body.value(QStringLiteral("snoozed_until"));
        if (until.isUndefined() || until.isNull())
            return cx.missing(QStringLiteral("snoozed_until"));
        const qint64 when
            = until.isDouble() ? qint64(until.toDouble()) : RouteContext::number(until.toString());
        if (when <= now)
            return cx.invalid(QStringLiteral("snoozed_until must be a future UNIX timestamp"));
        ws.setState(index, ConversationState::Snoozed, when);
        ws.addPart(index, PartType::Snoozed, now, author);
        return answer(cx, index);
    }
    if (messageType != QLatin1String("assignment"))
        return cx.invalid(
            QStringLiteral("message_type must be close, open, snoozed or assignment"));
    const QString type = cx.body.value(QStringLiteral("type")).toString();
    const QString assignee = cx.idField(QStringLiteral("assignee_id"));
    if (type.isEmpty())
        return cx.missing(QStringLiteral("type"));
    if (assignee.isEmpty())
        return cx.missing(QStringLiteral("assignee_id"));
    const qint64 assigneeId = RouteContext::number(assignee);
    const bool toTeam = type == QLatin1String("team");
    if (!toTeam && type != QLatin1String("admin"))
        return cx.invalid(QStringLiteral("type must be admin or team"));
    if (assigneeId < 0
        || (assigneeId > 0 && (toTeam ? ws.teamIndex(assigneeId) : ws.adminIndex(assigneeId)) < 0))
        return cx.invalid(QStringLiteral("assignee_id is not a teammate or team"));
    ws.mutableExtra(index);
    Conversation &c = ws.conversations[size_t(index)];
    (toTeam ? c.teamAssigneeId : c.adminAssigneeId) = assigneeId;
    Part &part = ws.addPart(index, PartType::Assignment, now, author);
    part.body = body;
    (toTeam ? part.assignedTeamId : part.assignedAdminId) = assigneeId;
    return answer(cx, index);
}

ApiResponse attachTag(RouteContext &cx, int index)
{
    const QString tagId = cx.idField(QStringLiteral("id"));
    if (tagId.isEmpty())
        return cx.missing(QStringLiteral("id"));
    auto acting = actingAdmin(cx);
    if (auto *error = std::get_if<ApiResponse>(&acting))
        return *error;
    const int tag = cx.ws.tagIndex(RouteContext::number(tagId));
    if (tag < 0)
        return cx.error(404, QStringLiteral("tag_not_found"), QStringLiteral("Tag not found"));
    cx.ws.mutableExtra(index);
    std::vector<AppliedTag> &tags = cx.ws.conversations[size_t(index)].tags;
    const qint64 id = cx.ws.tags[size_t(tag)].id;
    auto it = std::find_if(tags.begin(), tags.end(),
                           [id](const AppliedTag &t) { return t.tagId == id; });
    if (it == tags.end()) {
        tags.push_back({id, cx.request.now, std::get<qint64>(acting)});
        it = tags.end() - 1;
    }
    cx.ws.touch(index, cx.request.now);
    return ApiResponse::ok(Serialize::appliedTag(cx.ws, *it));
}

ApiResponse detachTag(RouteContext &cx, int index, const QString &tagId)
{
    auto acting = actingAdmin(cx);
    if (auto *error = std::get_if<ApiResponse>(&acting))
        return *error;
    cx.ws.mutableExtra(index);
    std::vector<AppliedTag> &tags = cx.ws.conversations[size_t(index)].tags;
    const qint64 id = RouteContext::number(tagId);
    const auto it = std::find_if(tags.begin(), tags.end(),
                                 [id](const AppliedTag &t) { return t.tagId == id; });
    if (it == tags.end())
        return cx.error(404, QStringLiteral("tag_not_found"),
                        QStringLiteral("Tag not found on this conversation"));
    const QJsonObject json = Serialize::appliedTag(cx.ws, *it);
    tags.erase(it);
    cx.ws.touch(index, cx.request.now);
    return ApiResponse::ok(json);
}

} // namespace

RouteResult routeConversationActions(RouteContext &cx)
{
    const QStringList &s = cx.segments;
    if (s.size() < 3 || s.size() > 4 || s[0] != QLatin1String("conversations"))
        return std::nullopt;
    const QString &action = s[2];
    const bool known = (s.size() == 3 && cx.is("POST")
                        && (action == QLatin1String("reply") || action == QLatin1String("parts")
                            || action == QLatin1String("tags")))
                       || (s.size() == 4 && cx.is("DELETE") && action == QLatin1String("tags"));
    if (!known)
        return std::nullopt;
    const int index = cx.ws.conversationIndex(RouteContext::number(s[1]));
    if (index < 0)
        return cx.notFound(QStringLiteral("Conversation not found"));
    if (s.size() == 4)
        return detachTag(cx, index, s[3]);
    if (action == QLatin1String("reply"))
        return reply(cx, index);
    if (action == QLatin1String("parts"))
        return manage(cx, index);
    return attachTag(cx, index);
}

} // namespace sandbox
