#include "requestbodies.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace api {

namespace {

void insertIf(QJsonObject &object, const char *key, const std::optional<QString> &value)
{
    if (value)
        object.insert(QLatin1String(key), *value);
}

// Integer fields of a schema get a number when the id is numeric, else the string itself.
QJsonValue integerOrString(const QString &id)
{
    bool ok = false;
    const qint64 number = id.toLongLong(&ok);
    return ok ? QJsonValue(double(number)) : QJsonValue(id);
}

} // namespace

QString ReplyRequest::validate() const
{
    if (adminId.isEmpty())
        return QCoreApplication::translate("api::ReplyRequest",
                                           "A reply needs the admin who sends it.");
    if (body.trimmed().isEmpty() && attachmentUrls.isEmpty() && attachmentFiles.isEmpty())
        return QCoreApplication::translate("api::ReplyRequest", "A reply needs a body.");
    if (attachmentUrls.size() > MaxAttachments || attachmentFiles.size() > MaxAttachments)
        return QCoreApplication::translate("api::ReplyRequest",
                                           "At most %n attachment(s) can be sent at once.", nullptr,
                                           MaxAttachments);
    return {};
}

QJsonObject ReplyRequest::toJson() const
{
    QJsonObject object{{QStringLiteral("message_type"),
                        kind == Kind::Note ? QStringLiteral("note") : QStringLiteral("comment")},
                       {QStringLiteral("type"), QStringLiteral("admin")},
                       {QStringLiteral("admin_id"), adminId},
                       {QStringLiteral("body"), body}};
    if (!attachmentUrls.isEmpty())
        object.insert(QStringLiteral("attachment_urls"),
                      QJsonArray::fromStringList(attachmentUrls));
    if (!attachmentFiles.isEmpty()) {
        QJsonArray files;
        for (const AttachmentFile &file : attachmentFiles) {
            files.append(
                QJsonObject{{QStringLiteral("content_type"), file.contentType},
                            {QStringLiteral("data"), QString::fromLatin1(file.data.toBase64())},
                            {QStringLiteral("name"), file.name}});
        }
        object.insert(QStringLiteral("attachment_files"), files);
    }
    return object;
}

QJsonObject ConversationUpdate::toJson() const
{
    QJsonObject object;
    if (read)
        object.insert(QStringLiteral("read"), *read);
    insertIf(object, "title", title);
    if (!customAttributes.isEmpty())
        object.insert(QStringLiteral("custom_attributes"), customAttributes);
    return object;
}

QJsonObject ContactUpdate::toJson() const
{
    QJsonObject object;
    insertIf(object, "name", name);
    insertIf(object, "email", email);
    insertIf(object, "phone", phone);
    insertIf(object, "role", role);
    insertIf(object, "external_id", externalId);
    insertIf(object, "owner_id", ownerId);
    if (!customAttributes.isEmpty())
        object.insert(QStringLiteral("custom_attributes"), customAttributes);
    return object;
}

QJsonObject ArticleDraft::toJson(bool forCreate) const
{
    QJsonObject object;
    insertIf(object, "title", title);
    insertIf(object, "description", description);
    insertIf(object, "body", body);
    if (authorId)
        object.insert(QStringLiteral("author_id"), integerOrString(*authorId));
    if (state)
        object.insert(QStringLiteral("state"), Article::stateToString(*state));
    if (parentId)
        object.insert(QStringLiteral("parent_id"),
                      forCreate ? integerOrString(*parentId) : QJsonValue(*parentId));
    insertIf(object, "parent_type", parentType);
    return object;
}

QJsonObject CollectionDraft::toJson(bool forCreate) const
{
    QJsonObject object;
    insertIf(object, "name", name);
    insertIf(object, "description", description);
    if (parentId)
        object.insert(QStringLiteral("parent_id"),
                      parentId->isEmpty() ? QJsonValue() : QJsonValue(*parentId));
    if (helpCenterId && forCreate)
        object.insert(QStringLiteral("help_center_id"), integerOrString(*helpCenterId));
    return object;
}

} // namespace api
