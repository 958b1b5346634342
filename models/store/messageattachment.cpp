#include "messageattachment.h"

#include <QCoreApplication>
#include <QLocale>

namespace models {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("models::MessageAttachment", text, nullptr, n);
}

} // namespace

QJsonObject MessageAttachment::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("content_type"), contentType},
            {QStringLiteral("data"), QString::fromLatin1(data.toBase64())}};
}

MessageAttachment MessageAttachment::fromJson(const QJsonObject &json)
{
    MessageAttachment attachment;
    attachment.name = json.value(QStringLiteral("name")).toString();
    attachment.contentType = json.value(QStringLiteral("content_type"))
                                 .toString(QStringLiteral("application/octet-stream"));
    if (attachment.contentType.isEmpty())
        attachment.contentType = QStringLiteral("application/octet-stream");
    const auto decoded
        = QByteArray::fromBase64Encoding(json.value(QStringLiteral("data")).toString().toLatin1(),
                                         QByteArray::AbortOnBase64DecodingErrors);
    if (decoded)
        attachment.data = *decoded;
    else
        attachment.name.clear(); // unreadable: listFromJson() drops it
    return attachment;
}

QJsonArray MessageAttachment::listToJson(const QList<MessageAttachment> &attachments)
{
    QJsonArray array;
    for (const MessageAttachment &attachment : attachments)
        array.append(attachment.toJson());
    return array;
}

QList<MessageAttachment> MessageAttachment::listFromJson(const QJsonValue &json)
{
    QList<MessageAttachment> result;
    const QJsonArray array = json.toArray();
    for (const QJsonValue &value : array) {
        MessageAttachment attachment = fromJson(value.toObject());
        if (!attachment.name.isEmpty())
            result.append(attachment);
    }
    return result;
}

qint64 MessageAttachment::totalBytes(const QList<MessageAttachment> &attachments)
{
    qint64 total = 0;
    for (const MessageAttachment &attachment : attachments)
        total += attachment.data.size();
    return total;
}

QString MessageAttachment::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString MessageAttachment::validate(const QList<MessageAttachment> &attachments)
{
    if (attachments.size() > MaxCount)
        return tr("At most %n files can be attached to one message.", MaxCount);
    for (const MessageAttachment &attachment : attachments) {
        if (attachment.name.trimmed().isEmpty())
            return tr("An attached file has no name.");
        if (attachment.data.isEmpty())
            return tr("“%1” is empty.").arg(attachment.name);
        if (attachment.data.size() > MaxFileBytes)
            return tr("“%1” is too large (%2): files can be at most %3.")
                .arg(attachment.name, sizeText(attachment.data.size()), sizeText(MaxFileBytes));
    }
    if (totalBytes(attachments) > MaxTotalBytes)
        return tr("The attached files are too large together (%1): at most %2 per message.")
            .arg(sizeText(totalBytes(attachments)), sizeText(MaxTotalBytes));
    return {};
}

QString MessageAttachment::refusal(const QList<MessageAttachment> &current,
                                   const MessageAttachment &next)
{
    if (current.size() >= MaxCount)
        return tr("At most %n files can be attached to one message.", MaxCount);
    QList<MessageAttachment> all = current;
    all.append(next);
    return validate(all);
}

} // namespace models
