#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace sandbox {

// Plain records of the sandbox workspace. Ids that Intercom serves as numeric strings are kept
// as integers; contacts and companies have 24-hex string ids.

struct Admin
{
    qint64 id = 0;
    QString name;
    QString email;
    QString jobTitle;
    bool awayModeEnabled = false;
    bool awayModeReassign = false;
    bool hasInboxSeat = true;
    std::vector<qint64> teamIds;
};

struct Team
{
    qint64 id = 0;
    QString name;
    std::vector<qint64> adminIds;
};

struct Tag
{
    qint64 id = 0;
    QString name;
    qint64 createdAt = 0;
};

/// A tag applied to a conversation or contact.
struct AppliedTag
{
    qint64 tagId = 0;
    qint64 appliedAt = 0;
    qint64 adminId = 0;
};

struct Company
{
    QString id; ///< Intercom id (24 hex)
    QString companyId;
    QString name;
    QString plan;
    QString website;
    QString industry;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 lastRequestAt = 0;
    int size = 0;
    int monthlySpend = 0;
    int sessionCount = 0;
    int userCount = 0;
};

struct Note
{
    qint64 id = 0;
    qint64 createdAt = 0;
    qint64 authorId = 0;
    QString body;
};

struct Contact
{
    QString id; ///< 24 hex
    QString externalId;
    QString role; ///< "user" or "lead"
    QString name;
    QString email;
    QString phone;
    qint64 ownerId = 0; ///< 0 = none
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 signedUpAt = 0;
    qint64 lastSeenAt = 0;
    qint64 lastRepliedAt = 0;
    qint64 lastContactedAt = 0;
    QString country;
    QString region;
    QString city;
    QString browser;
    QString os;
    QJsonObject customAttributes;
    std::vector<AppliedTag> tags;
    std::vector<int> companies; ///< indices into Workspace::companies
    std::vector<Note> notes;
    int mergedInto = -1; ///< index of the canonical contact when merged
    qint64 mergedAt = 0; ///< when merged into mergedInto
};

enum class ConversationState : quint8 { Open, Snoozed, Closed };
enum class Priority : quint8 { None, Low, Medium, High, Urgent };
enum class PartType : quint8 {
    Comment,
    Note,
    Assignment,
    Close,
    Open,
    Snoozed,
    Unsnoozed,
    QuickReply,
};

/// Compact conversation record: ints and indices into shared pools, so that 100,000 of them
/// generate in well under a second. Everything else is derived when answering.
struct Conversation
{
    qint64 id = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 waitingSince = 0; ///< 0 = null
    qint64 snoozedUntil = 0; ///< 0 = null
    qint64 adminAssigneeId = 0;
    qint64 teamAssigneeId = 0;
    int contact = 0;      ///< index into Workspace::contacts
    int sourceBody = 0;   ///< index into Workspace::sourceBodies
    int subject = -1;     ///< index into Workspace::subjects; -1 for chat conversations
    quint8 partCount = 0; ///< generated parts (before any mutation)
    ConversationState state = ConversationState::Open;
    Priority priority = Priority::None;
    bool read = false;
    std::vector<AppliedTag> tags;
};

enum class AuthorType : quint8 { Admin, User, Bot };

struct PartAuthor
{
    AuthorType type = AuthorType::Admin;
    qint64 adminId = 0; ///< for Admin
    int contact = -1;   ///< for User: index into Workspace::contacts
};

struct Attachment
{
    QString name;
    QString url;
    QString contentType;
    qint64 filesize = 0;
    int width = 0;
    int height = 0;
};

struct Part
{
    qint64 id = 0;
    PartType type = PartType::Comment;
    QString body; ///< HTML; empty = null
    qint64 createdAt = 0;
    PartAuthor author;
    qint64 assignedAdminId = -1; ///< assignment parts: admin (0 = nobody); -1 = not an assignment
    qint64 assignedTeamId = -1;  ///< assignment parts to a team
    ConversationState stateAfter = ConversationState::Open;
    std::vector<Attachment> attachments;
};

/// Data of a conversation that exists only once it was read in full or changed.
struct ConversationExtra
{
    std::vector<Part> parts;
    bool hasTitle = false;
    QString title;
    QJsonObject customAttributes;
    bool customAttributesSet = false;
};

struct HelpCenter
{
    qint64 id = 0;
    QString identifier;
    QString displayName;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

struct Collection
{
    qint64 id = 0;
    QString name;
    QString description;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 parentId = 0; ///< 0 = top level
    qint64 helpCenterId = 0;
    int order = 0;
};

struct Article
{
    qint64 id = 0;
    QString title;
    QString description;
    QString body;
    qint64 authorId = 0;
    bool published = false;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 parentId = 0; ///< collection id; 0 = none
    int views = 0;
};

} // namespace sandbox
