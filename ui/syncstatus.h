#pragma once

#include "models/sync/syncoptions.h"

#include <QCoreApplication>
#include <QString>

namespace ui {

/// The one sentence the status bar shows for the sync engine's progress. Pure function, so
/// every phase and error has a tested wording.
class SyncStatus
{
    Q_DECLARE_TR_FUNCTIONS(SyncStatus)
public:
    static QString text(const models::SyncProgress &progress);
};

} // namespace ui
