#pragma once

#include "workspacerecords.h"

#include <QJsonObject>
#include <QString>

namespace sandbox {

class Workspace;

/// How a conversation is rendered.
struct ConversationView
{
    bool withParts = false; ///< GET /conversations/{id} and mutation answers
    bool plaintext = false; ///< display_as=plaintext
};

/// Builds the official v2.16 JSON shapes from workspace records. Called only when answering;
/// nothing here is cached.
namespace Serialize {

QJsonObject admin(const Admin &admin);
QJsonObject adminWithApp(const Workspace &ws, const Admin &admin);
QJsonObject team(const Team &team);
QJsonObject tag(const Tag &tag);
/// A tag as applied to a conversation or contact (applied_at, applied_by).
QJsonObject appliedTag(const Workspace &ws, const AppliedTag &applied);
QJsonObject company(const Workspace &ws, const Company &company);
/// @p withMergeHistory: include_merge_history=true (the array is only on users, as in v2.16).
QJsonObject contact(const Workspace &ws, int index, const QString &baseUrl,
                    bool withMergeHistory = false);
QJsonObject note(const Workspace &ws, const Contact &contact, const Note &note);
QJsonObject conversation(Workspace &ws, int index, const ConversationView &view);
QJsonObject part(const Workspace &ws, const Part &part, bool plaintext);
QJsonObject article(const Workspace &ws, const Article &article, bool withStatistics);
QJsonObject collection(const Workspace &ws, const Collection &collection);
QJsonObject helpCenter(const Workspace &ws, const HelpCenter &helpCenter);

/// Wire names of the enums.
QString stateName(ConversationState state);
QString priorityName(Priority priority);
QString partTypeName(PartType type);

/// The generated custom attributes of a conversation, or the ones set through PUT.
QJsonObject conversationAttributes(const Workspace &ws, int index);

} // namespace Serialize

} // namespace sandbox
