#pragma once

#include "api/objectref.h"

#include <QJsonObject>
#include <QList>
#include <QVariant>

/// How JSON values are kept in TEXT columns (internal to the store).
namespace models::jsoncolumns {

/// Compact JSON text, or NULL for an empty object (nothing to keep).
QVariant fromObject(const QJsonObject &object);
/// The object of a column; an empty object for NULL or unparsable text.
QJsonObject toObject(const QVariant &column);
/// Attachments as a JSON array with the API's field names (NULL when there are none).
QVariant fromAttachments(const QList<api::Attachment> &attachments);
QList<api::Attachment> toAttachments(const QVariant &column);
/// NULL for an empty string, so optional columns stay NULL.
QVariant nullIfEmpty(const QString &text);
/// Never NULL: a null QString would bind as NULL into a NOT NULL column.
QString notNull(const QString &text);
/// NULL for 0 (optional timestamps).
QVariant nullIfZero(qint64 value);

} // namespace models::jsoncolumns
