#pragma once

#include "referencelistmodel.h"

namespace models {

/// The workspace's teammates (admins) with email, avatar, away mode and teams; sorted by
/// name, live (see ReferenceListModel).
class TeammatesModel final : public ReferenceListModel
{
    Q_OBJECT
public:
    TeammatesModel(Database &db, StoreChanges *changes, QObject *parent = nullptr);

protected:
    QList<Item> read(ReferenceRepository &repository) override;
};

} // namespace models
