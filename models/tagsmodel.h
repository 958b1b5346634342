#pragma once

#include "referencelistmodel.h"

namespace models {

/// The workspace's tags; sorted by name, live (see ReferenceListModel).
class TagsModel final : public ReferenceListModel
{
    Q_OBJECT
public:
    TagsModel(Database &db, StoreChanges *changes, QObject *parent = nullptr);

protected:
    QList<Item> read(ReferenceRepository &repository) override;
};

} // namespace models
