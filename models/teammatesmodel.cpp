#include "teammatesmodel.h"

#include "referenceroles.h"
#include "store/referencerepository.h"

namespace models {

TeammatesModel::TeammatesModel(Database &db, StoreChanges *changes, QObject *parent)
    : ReferenceListModel(db, changes,
                         {AdminEmailRole, AdminAvatarUrlRole, AdminIsAwayRole, AdminTeamIdsRole},
                         parent)
{
    refresh();
}

QList<ReferenceListModel::Item> TeammatesModel::read(ReferenceRepository &repository)
{
    QList<Item> items;
    const QList<api::Admin> admins = repository.admins();
    for (const api::Admin &admin : admins) {
        Item item;
        item.id = admin.id;
        item.name = admin.name;
        item.email = admin.email;
        item.avatarUrl = QUrl(admin.avatarUrl);
        item.away = admin.awayModeEnabled;
        item.teamIds = admin.teamIds;
        items.append(item);
    }
    return items;
}

} // namespace models
