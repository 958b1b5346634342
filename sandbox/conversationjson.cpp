#include "serializers.h"

#include "htmltext.h"
#include "workspace.h"

#include <QJsonArray>

namespace sandbox::Serialize {

namespace {

constexpr int MaxParts = 500; // Intercom returns the 500 most recent parts

QString text(const QString &html, bool plaintext)
{
    return plaintext ? htmlToPlainText(html) : html;
}

QJsonValue nullable(qint64 value)
{
    return value ? QJsonValue(double(value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue nullableString(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject author(const Workspace &ws, const PartAuthor &author)
{
    QJsonObject json{{QStringLiteral("from_ai_agent"), false},
                     {QStringLiteral("is_ai_answer"), false}};
    switch (author.type) {
    case AuthorType::Admin: {
        const int index = ws.adminIndex(author.adminId);
        json.insert(QStringLiteral("type"), QStringLiteral("admin"));
        json.insert(QStringLiteral("id"), QString::number(author.adminId));
        if (index >= 0) {
            json.insert(QStringLiteral("name"), ws.admins[size_t(index)].name);
            json.insert(QStringLiteral("email"), ws.admins[size_t(index)].email);
        }
        break;
    }
    case AuthorType::User: {
        const Contact &c = ws.contacts[size_t(author.contact)];
        json.insert(QStringLiteral("type"), c.role);
        json.insert(QStringLiteral("id"), c.id);
        json.insert(QStringLiteral("name"), c.name);
        json.insert(QStringLiteral("email"), c.email);
        break;
    }
    case AuthorType::Bot:
        json.insert(QStringLiteral("type"), QStringLiteral("bot"));
        json.insert(QStringLiteral("id"), QStringLiteral("0"));
        json.insert(QStringLiteral("name"), QStringLiteral("Operator"));
        break;
    }
    return json;
}

QJsonValue assignedTo(const Part &part)
{
    if (part.assignedAdminId > 0)
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("admin")},
                           {QStringLiteral("id"), QString::number(part.assignedAdminId)}};
    if (part.assignedTeamId > 0)
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("team")},
                           {QStringLiteral("id"), QString::number(part.assignedTeamId)}};
    if (part.assignedAdminId == 0 || part.assignedTeamId == 0)
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("nobody_admin")},
                           {QStringLiteral("id"), QJsonValue::Null}};
    return QJsonValue::Null;
}

QJsonObject source(const Workspace &ws, const Conversation &c, bool plaintext)
{
    const Contact &contact = ws.contacts[size_t(c.contact)];
    const QJsonObject sourceAuthor{{QStringLiteral("type"), contact.role},
                                   {QStringLiteral("id"), contact.id},
                                   {QStringLiteral("name"), contact.name},
                                   {QStringLiteral("email"), contact.email}};
    const QString subject = c.subject >= 0 ? ws.subjects.at(c.subject) : QString();
    return QJsonObject{{QStringLiteral("type"),
                        c.subject >= 0 ? QStringLiteral("email") : QStringLiteral("conversation")},
                       {QStringLiteral("id"), QString::number(c.id + 3000000000LL)},
                       {QStringLiteral("delivered_as"), QStringLiteral("customer_initiated")},
                       {QStringLiteral("subject"), text(subject, plaintext)},
                       {QStringLiteral("body"), text(ws.sourceBodies.at(c.sourceBody), plaintext)},
                       {QStringLiteral("author"), sourceAuthor},
                       {QStringLiteral("attachments"), QJsonArray()},
                       {QStringLiteral("url"), QJsonValue::Null},
                       {QStringLiteral("redacted"), false}};
}

} // namespace

QString stateName(ConversationState state)
{
    switch (state) {
    case ConversationState::Open:
        return QStringLiteral("open");
    case ConversationState::Snoozed:
        return QStringLiteral("snoozed");
    case ConversationState::Closed:
        break;
    }
    return QStringLiteral("closed");
}

QString priorityName(Priority priority)
{
    static const char *const names[] = {"none", "low", "medium", "high", "urgent"};
    return QString::fromLatin1(names[int(priority)]);
}

QString partTypeName(PartType type)
{
    static const char *const names[] = {"comment", "note",    "assignment",     "close",
                                        "open",    "snoozed", "timer_unsnooze", "quick_reply"};
    return QString::fromLatin1(names[int(type)]);
}

QJsonObject conversationAttributes(const Workspace &ws, int index)
{
    if (const ConversationExtra *extra = ws.extra(index); extra && extra->customAttributesSet)
        return extra->customAttributes;
    static const char *const issues[]
        = {"Bug", "Billing", "Question", "Feature request", "Account"};
    const Conversation &c = ws.conversations[size_t(index)];
    return QJsonObject{{QStringLiteral("issue_type"), QString::fromLatin1(issues[c.id % 5])},
                       {QStringLiteral("escalated"), c.priority == Priority::Urgent}};
}

QJsonObject part(const Workspace &ws, const Part &p, bool plaintext)
{
    QJsonArray attachments;
    for (const Attachment &a : p.attachments) {
        QJsonObject json{{QStringLiteral("type"), QStringLiteral("upload")},
                         {QStringLiteral("name"), a.name},
                         {QStringLiteral("url"), a.url},
                         {QStringLiteral("content_type"), a.contentType},
                         {QStringLiteral("filesize"), double(a.filesize)}};
        if (a.width > 0) {
            json.insert(QStringLiteral("width"), a.width);
            json.insert(QStringLiteral("height"), a.height);
        }
        attachments.append(json);
    }
    QJsonObject part{{QStringLiteral("type"), QStringLiteral("conversation_part")},
                     {QStringLiteral("id"), QString::number(p.id)},
                     {QStringLiteral("part_type"), partTypeName(p.type)},
                     {QStringLiteral("body"), p.body.isEmpty()
                                                  ? QJsonValue(QJsonValue::Null)
                                                  : QJsonValue(text(p.body, plaintext))},
                     {QStringLiteral("created_at"), double(p.createdAt)},
                     {QStringLiteral("updated_at"), double(p.createdAt)},
                     {QStringLiteral("notified_at"), double(p.createdAt)},
                     {QStringLiteral("author"), author(ws, p.author)},
                     {QStringLiteral("attachments"), attachments},
                     {QStringLiteral("external_id"), QJsonValue::Null},
                     {QStringLiteral("redacted"), false},
                     {QStringLiteral("state"), stateName(p.stateAfter)},
                     {QStringLiteral("tags"), QJsonArray()},
                     {QStringLiteral("app_package_code"), QJsonValue::Null}};
    // The schema's nullable sits beside a $ref (ignored by validators): omit instead of null.
    if (const QJsonValue assigned = assignedTo(p); !assigned.isNull())
        part.insert(QStringLiteral("assigned_to"), assigned);
    return part;
}

QJsonObject conversation(Workspace &ws, int index, const ConversationView &view)
{
    const Conversation &c = ws.conversations[size_t(index)];
    const Contact &contact = ws.contacts[size_t(c.contact)];
    QJsonArray tags;
    for (const AppliedTag &t : c.tags)
        tags.append(appliedTag(ws, t));
    QJsonArray teammates;
    if (c.adminAssigneeId)
        teammates.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("admin")},
                                     {QStringLiteral("id"), QString::number(c.adminAssigneeId)}});
    const ConversationExtra *extra = ws.extra(index);
    QJsonObject json{
        {QStringLiteral("type"), QStringLiteral("conversation")},
        {QStringLiteral("id"), QString::number(c.id)},
        {QStringLiteral("title"),
         extra && extra->hasTitle ? nullableString(extra->title) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("created_at"), double(c.createdAt)},
        {QStringLiteral("updated_at"), double(c.updatedAt)},
        {QStringLiteral("waiting_since"), nullable(c.waitingSince)},
        {QStringLiteral("snoozed_until"), nullable(c.snoozedUntil)},
        {QStringLiteral("open"), c.state != ConversationState::Closed},
        {QStringLiteral("state"), stateName(c.state)},
        {QStringLiteral("read"), c.read},
        {QStringLiteral("priority"), priorityName(c.priority)},
        {QStringLiteral("admin_assignee_id"), double(c.adminAssigneeId)},
        {QStringLiteral("team_assignee_id"), double(c.teamAssigneeId)},
        {QStringLiteral("tags"), QJsonObject{{QStringLiteral("type"), QStringLiteral("tag.list")},
                                             {QStringLiteral("tags"), tags}}},
        {QStringLiteral("conversation_rating"), QJsonValue::Null},
        {QStringLiteral("source"), source(ws, c, view.plaintext)},
        {QStringLiteral("contacts"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("contact.list")},
                     {QStringLiteral("contacts"),
                      QJsonArray{QJsonObject{
                          {QStringLiteral("type"), QStringLiteral("contact")},
                          {QStringLiteral("id"), contact.id},
                          {QStringLiteral("external_id"), nullableString(contact.externalId)}}}}}},
        {QStringLiteral("teammates"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("admin.list")},
                     {QStringLiteral("teammates"), teammates}}},
        {QStringLiteral("custom_attributes"), conversationAttributes(ws, index)},
        {QStringLiteral("first_contact_reply"),
         QJsonObject{{QStringLiteral("created_at"), double(c.createdAt)},
                     {QStringLiteral("type"), QStringLiteral("conversation")},
                     {QStringLiteral("url"), QJsonValue::Null}}},
        {QStringLiteral("sla_applied"), QJsonValue::Null},
        {QStringLiteral("statistics"), QJsonValue::Null},
        {QStringLiteral("linked_objects"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("list")},
                     {QStringLiteral("total_count"), 0},
                     {QStringLiteral("has_more"), false},
                     {QStringLiteral("data"), QJsonArray()}}},
        {QStringLiteral("ai_agent_participated"), false}};
    if (view.withParts) {
        const std::vector<Part> &parts = ws.parts(index);
        QJsonArray list;
        const size_t first = parts.size() > size_t(MaxParts) ? parts.size() - MaxParts : 0;
        for (size_t i = first; i < parts.size(); ++i)
            list.append(part(ws, parts[i], view.plaintext));
        json.insert(QStringLiteral("conversation_parts"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("conversation_part.list")},
                                {QStringLiteral("conversation_parts"), list},
                                {QStringLiteral("total_count"), int(parts.size())}});
    }
    return json;
}

} // namespace sandbox::Serialize
