#include "jsoncolumns.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace models::jsoncolumns {

QVariant fromObject(const QJsonObject &object)
{
    if (object.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject toObject(const QVariant &column)
{
    if (column.isNull())
        return {};
    return QJsonDocument::fromJson(column.toString().toUtf8()).object();
}

QVariant fromAttachments(const QList<api::Attachment> &attachments)
{
    if (attachments.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    QJsonArray array;
    for (const api::Attachment &attachment : attachments) {
        array.append(QJsonObject{
            {QStringLiteral("type"), attachment.type},
            {QStringLiteral("name"), attachment.name},
            {QStringLiteral("url"), attachment.url},
            {QStringLiteral("content_type"), attachment.contentType},
            {QStringLiteral("filesize"), attachment.fileSize},
            {QStringLiteral("width"), attachment.width},
            {QStringLiteral("height"), attachment.height},
        });
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<api::Attachment> toAttachments(const QVariant &column)
{
    QList<api::Attachment> result;
    if (column.isNull())
        return result;
    const QJsonArray array = QJsonDocument::fromJson(column.toString().toUtf8()).array();
    for (const QJsonValue &value : array)
        result.append(api::Attachment::fromJson(value.toObject()));
    return result;
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant nullIfZero(qint64 value)
{
    return value == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(value);
}

} // namespace models::jsoncolumns
