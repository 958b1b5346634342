#include "serializers.h"

#include "workspace.h"

#include <QJsonArray>

namespace sandbox::Serialize {

namespace {

constexpr int ListPreview = 10; // "Up to 10 will be displayed here. Use the url to get more."

QJsonValue nullable(qint64 value)
{
    return value ? QJsonValue(double(value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue nullableString(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

/// The {data, url, total_count, has_more} objects that a contact embeds for tags, notes, companies.
QJsonObject addressableList(const QJsonArray &all, const QString &url)
{
    QJsonArray preview;
    for (int i = 0; i < all.size() && i < ListPreview; ++i)
        preview.append(all.at(i));
    return QJsonObject{{QStringLiteral("data"), preview},
                       {QStringLiteral("url"), url},
                       {QStringLiteral("total_count"), int(all.size())},
                       {QStringLiteral("has_more"), all.size() > ListPreview}};
}

QJsonObject reference(const QString &type, const QString &id, const QString &url)
{
    return QJsonObject{
        {QStringLiteral("type"), type}, {QStringLiteral("id"), id}, {QStringLiteral("url"), url}};
}

/// The merge_history_item list of a canonical contact (the ids answer 410 contact_merged).
QJsonArray mergeHistory(const Workspace &ws, int index)
{
    QJsonArray history;
    for (int source : ws.mergeSources(index)) {
        const Contact &s = ws.contacts[size_t(source)];
        history.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("merge_history")},
                                   {QStringLiteral("source_contact_id"), s.id},
                                   {QStringLiteral("source_contact_role"), s.role},
                                   {QStringLiteral("merged_at"), nullable(s.mergedAt)}});
    }
    return history;
}

} // namespace

QJsonObject company(const Workspace &ws, const Company &c)
{
    Q_UNUSED(ws)
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("company")},
        {QStringLiteral("id"), c.id},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("app_id"), ws.workspaceId()},
        {QStringLiteral("plan"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("plan")},
                     {QStringLiteral("id"), QString::number(qHash(c.plan) % 100000)},
                     {QStringLiteral("name"), c.plan}}},
        {QStringLiteral("company_id"), c.companyId},
        {QStringLiteral("remote_created_at"), double(c.createdAt)},
        {QStringLiteral("created_at"), double(c.createdAt)},
        {QStringLiteral("updated_at"), double(c.updatedAt)},
        {QStringLiteral("last_request_at"), double(c.lastRequestAt)},
        {QStringLiteral("size"), c.size},
        {QStringLiteral("website"), c.website},
        {QStringLiteral("industry"), c.industry},
        {QStringLiteral("monthly_spend"), c.monthlySpend},
        {QStringLiteral("session_count"), c.sessionCount},
        {QStringLiteral("user_count"), c.userCount},
        {QStringLiteral("custom_attributes"), QJsonObject()},
        {QStringLiteral("tags"), QJsonObject{{QStringLiteral("type"), QStringLiteral("tag.list")},
                                             {QStringLiteral("tags"), QJsonArray()}}}};
}

QJsonObject contact(const Workspace &ws, int index, const QString &baseUrl, bool withMergeHistory)
{
    const Contact &c = ws.contacts[size_t(index)];
    const QString url = baseUrl + QStringLiteral("/contacts/") + c.id;
    QJsonArray tags;
    for (const AppliedTag &t : c.tags)
        tags.append(reference(QStringLiteral("tag"), QString::number(t.tagId),
                              baseUrl + QStringLiteral("/tags/") + QString::number(t.tagId)));
    QJsonArray notes;
    for (const Note &n : c.notes)
        notes.append(reference(QStringLiteral("note"), QString::number(n.id),
                               baseUrl + QStringLiteral("/notes/") + QString::number(n.id)));
    QJsonArray companies;
    for (int company : c.companies) {
        const QString id = ws.companies[size_t(company)].id;
        companies.append(QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("type"), QStringLiteral("company")},
            {QStringLiteral("url"), QString(baseUrl + QStringLiteral("/companies/") + id)}});
    }
    const QString domain = c.email.mid(c.email.indexOf(QLatin1Char('@')) + 1);
    QJsonObject json{
        {QStringLiteral("type"), QStringLiteral("contact")},
        {QStringLiteral("id"), c.id},
        {QStringLiteral("external_id"), nullableString(c.externalId)},
        {QStringLiteral("workspace_id"), ws.workspaceId()},
        {QStringLiteral("role"), c.role},
        {QStringLiteral("email"), c.email},
        {QStringLiteral("email_domain"), domain},
        {QStringLiteral("phone"), nullableString(c.phone)},
        {QStringLiteral("name"), nullableString(c.name)},
        {QStringLiteral("owner_id"),
         c.ownerId ? QJsonValue(QString::number(c.ownerId)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("has_hard_bounced"), false},
        {QStringLiteral("marked_email_as_spam"), false},
        {QStringLiteral("unsubscribed_from_emails"), false},
        {QStringLiteral("created_at"), double(c.createdAt)},
        {QStringLiteral("updated_at"), double(c.updatedAt)},
        {QStringLiteral("signed_up_at"), nullable(c.signedUpAt)},
        {QStringLiteral("last_seen_at"), nullable(c.lastSeenAt)},
        {QStringLiteral("last_replied_at"), nullable(c.lastRepliedAt)},
        {QStringLiteral("last_contacted_at"), nullable(c.lastContactedAt)},
        {QStringLiteral("last_email_opened_at"), QJsonValue::Null},
        {QStringLiteral("last_email_clicked_at"), QJsonValue::Null},
        {QStringLiteral("language_override"), QJsonValue::Null},
        {QStringLiteral("browser"), nullableString(c.browser)},
        {QStringLiteral("browser_version"), QJsonValue::Null},
        {QStringLiteral("browser_language"), QStringLiteral("en")},
        {QStringLiteral("os"), nullableString(c.os)},
        {QStringLiteral("custom_attributes"), c.customAttributes},
        {QStringLiteral("avatar"), QJsonValue::Null},
        {QStringLiteral("tags"), addressableList(tags, url + QStringLiteral("/tags"))},
        {QStringLiteral("notes"), addressableList(notes, url + QStringLiteral("/notes"))},
        {QStringLiteral("companies"),
         addressableList(companies, url + QStringLiteral("/companies"))},
        {QStringLiteral("location"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("location")},
                     {QStringLiteral("country"), nullableString(c.country)},
                     {QStringLiteral("region"), nullableString(c.region)},
                     {QStringLiteral("city"), nullableString(c.city)}}},
        {QStringLiteral("social_profiles"), QJsonObject{{QStringLiteral("data"), QJsonArray()}}}};
    if (withMergeHistory && c.role == QLatin1String("user"))
        json.insert(QStringLiteral("merge_history"), mergeHistory(ws, index));
    return json;
}

QJsonObject note(const Workspace &ws, const Contact &contact, const Note &n)
{
    const int author = ws.adminIndex(n.authorId);
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("note")},
        {QStringLiteral("id"), QString::number(n.id)},
        {QStringLiteral("created_at"), double(n.createdAt)},
        {QStringLiteral("contact"), QJsonObject{{QStringLiteral("type"), QStringLiteral("contact")},
                                                {QStringLiteral("id"), contact.id}}},
        {QStringLiteral("author"),
         author >= 0 ? QJsonValue(admin(ws.admins[size_t(author)])) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("body"), n.body}};
}

} // namespace sandbox::Serialize
