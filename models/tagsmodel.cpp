#include "tagsmodel.h"

#include "store/referencerepository.h"

namespace models {

TagsModel::TagsModel(Database &db, StoreChanges *changes, QObject *parent)
    : ReferenceListModel(db, changes, {}, parent)
{
    refresh();
}

QList<ReferenceListModel::Item> TagsModel::read(ReferenceRepository &repository)
{
    QList<Item> items;
    const QList<api::Tag> tags = repository.tags();
    for (const api::Tag &tag : tags) {
        Item item;
        item.id = tag.id;
        item.name = tag.name;
        items.append(item);
    }
    return items;
}

} // namespace models
