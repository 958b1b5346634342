#include "threadpart.h"

#include "models/threadroles.h"

#include <QModelIndex>

namespace ui {

bool ThreadPart::fromTeammate() const
{
    return authorType == QLatin1String("admin") || authorType == QLatin1String("bot")
           || authorType == QLatin1String("team");
}

ThreadPart ThreadPart::fromIndex(const QModelIndex &index)
{
    ThreadPart part;
    part.id = index.data(models::PartIdRole).toString();
    part.kind = index.data(models::PartKindRole).toString();
    part.author = index.data(models::AuthorNameRole).toString();
    part.authorType = index.data(models::AuthorTypeRole).toString();
    part.createdAt = index.data(models::CreatedAtRole).toDateTime();
    part.text = index.data(Qt::DisplayRole).toString();
    part.attachments = index.data(models::AttachmentsRole).toList();
    part.pending = index.data(models::PartIsPendingRole).toBool();
    part.failed = index.data(models::PartIsFailedRole).toBool();
    return part;
}

} // namespace ui
