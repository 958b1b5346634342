#pragma once

#include "article.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace api {

/// A file sent inline with a reply (attachment_files[]): data is sent base64-encoded.
struct AttachmentFile
{
    QString contentType;
    QByteArray data; ///< raw bytes; encoded when sent
    QString name;
};

/// An admin's reply or internal note (POST /conversations/{id}/reply).
struct ReplyRequest
{
    static constexpr int MaxAttachments = 10;
    enum class Kind { Comment, Note };

    Kind kind = Kind::Comment;
    QString adminId;
    QString body; ///< HTML
    QStringList attachmentUrls;
    QList<AttachmentFile> attachmentFiles;

    /// An empty string when valid, else the reason (translated).
    QString validate() const;
    QJsonObject toJson() const;
};

/// PUT /conversations/{id}: only the set fields are sent.
struct ConversationUpdate
{
    std::optional<bool> read;
    std::optional<QString> title;
    QJsonObject customAttributes; ///< sent when not empty

    QJsonObject toJson() const;
};

/// PUT /contacts/{id}: only the set fields are sent.
struct ContactUpdate
{
    std::optional<QString> name;
    std::optional<QString> email;
    std::optional<QString> phone;
    std::optional<QString> role;
    std::optional<QString> externalId;
    std::optional<QString> ownerId; ///< sent as a string (2.16)
    QJsonObject customAttributes;   ///< sent when not empty

    QJsonObject toJson() const;
};

/// POST /articles (title and authorId required) and PUT /articles/{id} (all optional).
struct ArticleDraft
{
    std::optional<QString> title;
    std::optional<QString> description;
    std::optional<QString> body; ///< HTML
    std::optional<QString> authorId;
    std::optional<Article::State> state;
    std::optional<QString> parentId; ///< a collection id
    std::optional<QString> parentType;

    /// create: parent_id and author_id as integers (POST schema); update: parent_id as a string.
    QJsonObject toJson(bool forCreate) const;
};

/// POST /help_center/collections (name required) and PUT …/{id}.
struct CollectionDraft
{
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QString> parentId; ///< empty string = top level
    std::optional<QString> helpCenterId;

    QJsonObject toJson(bool forCreate) const;
};

} // namespace api
