#pragma once

#include "models/store/storeerror.h"

#include <QString>

#include <memory>

class QThread;

namespace app {

/// Opens the workspace's store once on a thread of its own while the GUI thread loads the
/// font database: loading the SQLite plugin, creating or migrating the schema
/// and reading the file's first pages cost milliseconds that the first frame should not
/// wait for. The GUI thread then opens its own connection (SQLite connections belong to the
/// thread that opened them) after wait(), which is cheap by then, and never races a migration.
/// Joins the thread in wait() or in the destructor. Create and wait on the same thread.
class StoreWarmUp
{
public:
    explicit StoreWarmUp(const QString &storePath);
    ~StoreWarmUp();

    /// Blocks until the warm-up is done; the error of opening (and migrating) the store.
    models::StoreError wait();

private:
    std::unique_ptr<QThread> m_thread;
    models::StoreError m_error;
};

} // namespace app
