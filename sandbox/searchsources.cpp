#include "searchsources.h"

#include "serializers.h"
#include "workspace.h"

#include <QJsonObject>

namespace sandbox {

namespace {

const QString CustomPrefix = QStringLiteral("custom_attributes.");

QVariantList timestamp(qint64 value)
{
    return value ? QVariantList{value} : QVariantList{};
}

QVariantList text(const QString &value)
{
    return value.isEmpty() ? QVariantList{} : QVariantList{value};
}

QVariantList attribute(const QJsonObject &attributes, const QString &field)
{
    const QJsonValue value = attributes.value(field.mid(CustomPrefix.size()));
    if (value.isBool())
        return {value.toBool()};
    if (value.isDouble())
        return {qint64(value.toDouble())};
    if (value.isString())
        return {value.toString()};
    return {};
}

QVariantList tagIds(const std::vector<AppliedTag> &tags)
{
    QVariantList ids;
    for (const AppliedTag &tag : tags)
        ids.append(QString::number(tag.tagId));
    return ids;
}

} // namespace

QVariantList ConversationFieldSource::values(const QString &field) const
{
    const Conversation &record = m_ws.conversations[size_t(m_index)];
    const Contact &person = m_ws.contacts[size_t(record.contact)];
    using Getter = QVariantList (*)(const Workspace &, const Conversation &, const Contact &);
    static const QHash<QString, Getter> getters = {
        {QStringLiteral("id"),
         [](const Workspace &, const Conversation &c, const Contact &) {
             return QVariantList{QString::number(c.id)};
         }},
        {QStringLiteral("created_at"),
         [](const Workspace &, const Conversation &c, const Contact &) {
             return QVariantList{c.createdAt};
         }},
        {QStringLiteral("updated_at"),
         [](const Workspace &, const Conversation &c, const Contact &) {
             return QVariantList{c.updatedAt};
         }},
        {QStringLiteral("waiting_since"),
         [](const Workspace &, const Conversation &c, const Contact &) {
             return timestamp(c.waitingSince);
         }},
        {QStringLiteral("snoozed_until"),
         [](const Workspace &, const Conversation &c, const Contact &) {
             return timestamp(c.snoozedUntil);
         }},
        {QStringLiteral("admin_assignee_id"),
         [](const Workspace &, const Conversation &c, const Contact &) {
             return QVariantList{c.adminAssigneeId};
         }},
        {QStringLiteral("team_assignee_id"),
         [](const Workspace &, const Conversation &c, const Contact &) {
             return QVariantList{c.teamAssigneeId};
         }},
        {QStringLiteral("state"),
         [](const Workspace &, const Conversation &c, const Contact &) {
             return QVariantList{Serialize::stateName(c.state)};
         }},
        {QStringLiteral("open"),
         [](const Workspace &, const Conversation &c, const Contact &) {
             return QVariantList{c.state != ConversationState::Closed};
         }},
        {QStringLiteral("read"),
         [](const Workspace &, const Conversation &c, const Contact &) {
             return QVariantList{c.read};
         }},
        {QStringLiteral("priority"),
         [](const Workspace &, const Conversation &c, const Contact &) {
             return QVariantList{Serialize::priorityName(c.priority)};
         }},
        {QStringLiteral("tag_ids"),
         [](const Workspace &, const Conversation &c, const Contact &) {
             return tagIds(c.tags);
         }},
        {QStringLiteral("contact_ids"),
         [](const Workspace &, const Conversation &, const Contact &p) {
             return QVariantList{p.id};
         }},
        {QStringLiteral("teammate_ids"),
         [](const Workspace &, const Conversation &c, const Contact &) {
             return c.adminAssigneeId ? QVariantList{QString::number(c.adminAssigneeId)}
                                      : QVariantList{};
         }},
        {QStringLiteral("source.type"),
         [](const Workspace &, const Conversation &c, const Contact &) {
             return QVariantList{c.subject >= 0 ? QStringLiteral("email")
                                                : QStringLiteral("conversation")};
         }},
        {QStringLiteral("source.delivered_as"),
         [](const Workspace &, const Conversation &, const Contact &) {
             return QVariantList{QStringLiteral("customer_initiated")};
         }},
        {QStringLiteral("source.subject"),
         [](const Workspace &ws, const Conversation &c, const Contact &) {
             return c.subject >= 0 ? QVariantList{ws.subjects.at(c.subject)} : QVariantList{};
         }},
        {QStringLiteral("source.body"),
         [](const Workspace &ws, const Conversation &c, const Contact &) {
             return QVariantList{ws.sourceBodies.at(c.sourceBody)};
         }},
        {QStringLiteral("source.author.id"),
         [](const Workspace &, const Conversation &, const Contact &p) {
             return QVariantList{p.id};
         }},
        {QStringLiteral("source.author.type"),
         [](const Workspace &, const Conversation &, const Contact &p) {
             return QVariantList{p.role};
         }},
        {QStringLiteral("source.author.name"),
         [](const Workspace &, const Conversation &, const Contact &p) {
             return text(p.name);
         }},
        {QStringLiteral("source.author.email"),
         [](const Workspace &, const Conversation &, const Contact &p) {
             return text(p.email);
         }},
        {QStringLiteral("channel_initiated"),
         [](const Workspace &, const Conversation &, const Contact &) {
             return QVariantList{QStringLiteral("customer")};
         }},
        {QStringLiteral("ai_agent_participated"),
         [](const Workspace &, const Conversation &, const Contact &) {
             return QVariantList{false};
         }},
    };
    if (const auto it = getters.constFind(field); it != getters.cend())
        return (*it)(m_ws, record, person);
    if (field.startsWith(CustomPrefix))
        return attribute(Serialize::conversationAttributes(m_ws, m_index), field);
    return {};
}

QVariantList ContactFieldSource::values(const QString &field) const
{
    const Contact &person = m_ws.contacts[size_t(m_index)];
    using Getter = QVariantList (*)(const Contact &);
    static const QHash<QString, Getter> getters = {
        {QStringLiteral("id"),
         [](const Contact &c) {
             return QVariantList{c.id};
         }},
        {QStringLiteral("role"),
         [](const Contact &c) {
             return QVariantList{c.role};
         }},
        {QStringLiteral("name"),
         [](const Contact &c) {
             return text(c.name);
         }},
        {QStringLiteral("email"),
         [](const Contact &c) {
             return text(c.email);
         }},
        {QStringLiteral("email_domain"),
         [](const Contact &c) {
             return text(c.email.mid(c.email.indexOf(QLatin1Char('@')) + 1));
         }},
        {QStringLiteral("phone"),
         [](const Contact &c) {
             return text(c.phone);
         }},
        {QStringLiteral("formatted_phone"),
         [](const Contact &c) {
             return text(QString(c.phone).remove(QLatin1Char(' ')));
         }},
        {QStringLiteral("external_id"),
         [](const Contact &c) {
             return text(c.externalId);
         }},
        {QStringLiteral("owner_id"),
         [](const Contact &c) {
             return c.ownerId ? QVariantList{QString::number(c.ownerId)} : QVariantList{};
         }},
        {QStringLiteral("browser"),
         [](const Contact &c) {
             return text(c.browser);
         }},
        {QStringLiteral("browser_language"),
         [](const Contact &) {
             return QVariantList{QStringLiteral("en")};
         }},
        {QStringLiteral("os"),
         [](const Contact &c) {
             return text(c.os);
         }},
        {QStringLiteral("location.country"),
         [](const Contact &c) {
             return text(c.country);
         }},
        {QStringLiteral("location.region"),
         [](const Contact &c) {
             return text(c.region);
         }},
        {QStringLiteral("location.city"),
         [](const Contact &c) {
             return text(c.city);
         }},
        {QStringLiteral("created_at"),
         [](const Contact &c) {
             return timestamp(c.createdAt);
         }},
        {QStringLiteral("updated_at"),
         [](const Contact &c) {
             return timestamp(c.updatedAt);
         }},
        {QStringLiteral("signed_up_at"),
         [](const Contact &c) {
             return timestamp(c.signedUpAt);
         }},
        {QStringLiteral("last_seen_at"),
         [](const Contact &c) {
             return timestamp(c.lastSeenAt);
         }},
        {QStringLiteral("last_replied_at"),
         [](const Contact &c) {
             return timestamp(c.lastRepliedAt);
         }},
        {QStringLiteral("last_contacted_at"),
         [](const Contact &c) {
             return timestamp(c.lastContactedAt);
         }},
        {QStringLiteral("tag_id"),
         [](const Contact &c) {
             return tagIds(c.tags);
         }},
        {QStringLiteral("unsubscribed_from_emails"),
         [](const Contact &) {
             return QVariantList{false};
         }},
        {QStringLiteral("marked_email_as_spam"),
         [](const Contact &) {
             return QVariantList{false};
         }},
        {QStringLiteral("has_hard_bounced"),
         [](const Contact &) {
             return QVariantList{false};
         }},
    };
    if (const auto it = getters.constFind(field); it != getters.cend())
        return (*it)(person);
    if (field.startsWith(CustomPrefix))
        return attribute(person.customAttributes, field);
    return {};
}

} // namespace sandbox
