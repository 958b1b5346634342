#pragma once

#include "referencelistmodel.h"

namespace models {

/// The workspace's teams, with their members; sorted by name, live (see ReferenceListModel).
class TeamsModel final : public ReferenceListModel
{
    Q_OBJECT
public:
    TeamsModel(Database &db, StoreChanges *changes, QObject *parent = nullptr);

protected:
    QList<Item> read(ReferenceRepository &repository) override;
};

} // namespace models
