#include "teamsmodel.h"

#include "referenceroles.h"
#include "store/referencerepository.h"

namespace models {

TeamsModel::TeamsModel(Database &db, StoreChanges *changes, QObject *parent)
    : ReferenceListModel(db, changes, {TeamMemberCountRole, TeamMemberIdsRole}, parent)
{
    refresh();
}

QList<ReferenceListModel::Item> TeamsModel::read(ReferenceRepository &repository)
{
    QList<Item> items;
    const QList<api::Team> teams = repository.teams();
    for (const api::Team &team : teams) {
        Item item;
        item.id = team.id;
        item.name = team.name;
        item.memberIds = team.adminIds;
        items.append(item);
    }
    return items;
}

} // namespace models
