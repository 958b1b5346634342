#include "searchfields.h"

#include <QHash>

#include <initializer_list>
#include <utility>

namespace sandbox {

namespace {

using FieldTable = QHash<QString, SearchFieldType>;

void add(FieldTable &table, SearchFieldType type, std::initializer_list<const char *> names)
{
    for (const char *name : names)
        table.insert(QString::fromLatin1(name), type);
}

FieldTable conversationFields()
{
    FieldTable t;
    add(t, SearchFieldType::String,
        {"id", "source.type", "source.id", "source.delivered_as", "source.subject",
         "source.author.id", "source.author.type", "source.author.name", "source.author.email",
         "source.url", "contact_ids", "teammate_ids", "channel_initiated", "state", "tag_ids",
         "priority", "statistics.last_closed_by_id", "conversation_rating.remark",
         "conversation_rating.contact_id", "conversation_rating.admin_id",
         // The docs' table spells it "admin_d"; accept the typo as well.
         "conversation_rating.admin_d", "ai_agent.resolution_state", "ai_agent.last_answer_type",
         "ai_agent.rating_remark", "ai_agent.source_type", "ai_agent.source_title"});
    add(t, SearchFieldType::Body, {"source.body"});
    // Conversation search documents no calendar-day rule: its timestamps compare as integers.
    add(t, SearchFieldType::Integer,
        {"created_at",
         "updated_at",
         "waiting_since",
         "snoozed_until",
         "admin_assignee_id",
         "team_assignee_id",
         "statistics.time_to_assignment",
         "statistics.time_to_admin_reply",
         "statistics.time_to_first_close",
         "statistics.time_to_last_close",
         "statistics.median_time_to_reply",
         "statistics.first_contact_reply_at",
         "statistics.first_assignment_at",
         "statistics.first_admin_reply_at",
         "statistics.first_close_at",
         "statistics.last_assignment_at",
         "statistics.last_assignment_admin_reply_at",
         "statistics.last_contact_reply_at",
         "statistics.last_admin_reply_at",
         "statistics.last_close_at",
         "statistics.count_reopens",
         "statistics.count_assignments",
         "statistics.count_conversation_parts",
         "conversation_rating.requested_at",
         "conversation_rating.replied_at",
         "conversation_rating.score",
         "ai_agent.rating"});
    add(t, SearchFieldType::Boolean, {"open", "read", "ai_agent_participated"});
    return t;
}

FieldTable contactFields()
{
    FieldTable t;
    add(t, SearchFieldType::String,
        {"id", "role", "name", "avatar", "owner_id", "email", "email_domain", "phone",
         "formatted_phone", "external_id", "language_override", "browser", "browser_language", "os",
         "location.country", "location.region", "location.city", "ios_app_version", "ios_device",
         "ios_app_device", "ios_os_version", "ios_app_name", "ios_sdk_version",
         "android_app_version", "android_device", "android_app_name",
         // The docs' table spells it "andoid_sdk_version"; accept both spellings.
         "andoid_sdk_version", "android_sdk_version", "segment_id"});
    add(t, SearchFieldType::DayDate,
        {"created_at", "signed_up_at", "updated_at", "last_seen_at", "last_contacted_at",
         "last_replied_at", "last_email_opened_at", "last_email_clicked_at", "ios_last_seen_at",
         "android_last_seen_at"});
    add(t, SearchFieldType::Boolean,
        {"unsubscribed_from_emails", "marked_email_as_spam", "has_hard_bounced"});
    add(t, SearchFieldType::TagId, {"tag_id"});
    return t;
}

} // namespace

std::optional<SearchFieldType> searchFieldType(SearchTarget target, const QString &field)
{
    static const FieldTable conversations = conversationFields();
    static const FieldTable contacts = contactFields();
    const FieldTable &table = target == SearchTarget::Conversations ? conversations : contacts;
    const auto it = table.constFind(field);
    if (it != table.cend())
        return *it;
    static const QString customPrefix = QStringLiteral("custom_attributes.");
    if (field.startsWith(customPrefix) && field.size() > customPrefix.size())
        return SearchFieldType::Dynamic;
    return std::nullopt;
}

} // namespace sandbox
