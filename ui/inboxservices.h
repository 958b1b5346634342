#pragma once

#include <QString>

class QSettings;

namespace api {
class IntercomClient;
}
namespace models {
class ConversationListModel;
class Database;
class DraftKeeper;
class Outbox;
class StaleReplyGuard;
class StoreChanges;
class SyncEngine;
} // namespace models

namespace ui {

/// What the inbox window works with, made by the workspace session (app layer) and
/// outliving the window. The window builds its own item models and widgets over these.
/// Plain struct of non-owning pointers; only sync and settings may be null.
struct InboxServices
{
    models::Database *db = nullptr; ///< the GUI thread's store connection
    models::StoreChanges *changes = nullptr;
    api::IntercomClient *client = nullptr;
    models::SyncEngine *sync = nullptr; ///< null: no background sync (tests)
    models::Outbox *outbox = nullptr;
    models::DraftKeeper *drafts = nullptr;
    models::StaleReplyGuard *guard = nullptr;
    /// The list of the selected view; the session fills its first page before the window
    /// shows, so the first frame has rows.
    models::ConversationListModel *conversations = nullptr;
    QString meAdminId; ///< the signed-in teammate
    QSettings *settings = nullptr; ///< window state and shortcuts; null: nothing persisted
    /// True: the thread, composer and contact panel are built by MainWindow::completeWindow()
    /// after the first frame (start-up); false: at once (tests, tools).
    bool deferPanes = false;
};

} // namespace ui
