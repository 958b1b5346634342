#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace models {

/// A file the agent attaches to a reply or note, kept whole (name, content type, bytes) in the
/// draft and in the outbox until it is sent as one of the request's `attachment_files`.
///
/// Limits: the API allows at most 10 files per reply (attachment_files, maxItems 10). It
/// documents no size limit; the files travel base64-encoded inside one JSON request, so
/// Triage caps each file at 10 MiB and all of a message's files at 25 MiB (about 33 MiB of
/// JSON), which keeps a queued message's row and request of a sane size on slow networks.
/// Plain value.
struct MessageAttachment
{
    static constexpr int MaxCount = 10;
    static constexpr qint64 MaxFileBytes = 10 * 1024 * 1024;
    static constexpr qint64 MaxTotalBytes = 25 * 1024 * 1024;

    QString name;
    QString contentType; ///< e.g. "image/png"; "application/octet-stream" when unknown
    QByteArray data;

    bool operator==(const MessageAttachment &other) const
    {
        return name == other.name && contentType == other.contentType && data == other.data;
    }
    bool operator!=(const MessageAttachment &other) const { return !(*this == other); }

    /// {"name", "content_type", "data" (base64)}: the request's shape, also used in payloads.
    QJsonObject toJson() const;
    /// Tolerant: a missing content type becomes application/octet-stream; an entry without a
    /// name or with undecodable data is skipped by listFromJson().
    static MessageAttachment fromJson(const QJsonObject &json);
    static QJsonArray listToJson(const QList<MessageAttachment> &attachments);
    static QList<MessageAttachment> listFromJson(const QJsonValue &json);

    /// Why \a attachments cannot be sent together (translated), empty when they can.
    static QString validate(const QList<MessageAttachment> &attachments);
    /// Why \a next cannot be added to \a current (translated), empty when it can.
    static QString refusal(const QList<MessageAttachment> &current, const MessageAttachment &next);
    static qint64 totalBytes(const QList<MessageAttachment> &attachments);
    /// "12 KB", "1.5 MB": a file size for people, in the current locale.
    static QString sizeText(qint64 bytes);
};

} // namespace models
