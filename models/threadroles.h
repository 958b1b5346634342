#pragma once

#include <Qt>

namespace models {

/// The roles of a conversation thread (ThreadModel): one row per message, note or event,
/// oldest first, row 0 being the message that started the conversation. Views and delegates
/// read these and nothing else. Qt::DisplayRole is the body as plain text (for an event
/// without a body, a short description such as "Alice closed the conversation").
/// The state roles of the whole thread (ThreadIsLoadingRole, ThreadIsStaleRole) answer the
/// same on every row; ThreadModel has them as properties too.
enum ThreadRole {
    PartIdRole = Qt::UserRole + 1, ///< QString; "local-<marker>" for a part not yet confirmed
    PartTypeRole,        ///< QString: the server's part_type ("comment", "note", "close"…);
                         ///< "source" for row 0
    PartKindRole,        ///< QString: "message" (row 0, comments, quick replies), "note" or
                         ///< "event" (assignments, state changes and everything else)
    AuthorIdRole,        ///< QString
    AuthorNameRole,      ///< QString: the name stored with the part, else the teammate's or the
                         ///< contact's name, else the email; never empty
    AuthorTypeRole,      ///< QString: "admin", "user", "lead", "bot", "team"…
    BodyHtmlRole,        ///< QString: Intercom HTML as received (not sanitized); may be empty
    CreatedAtRole,       ///< QDateTime (UTC)
    AttachmentsRole,     ///< QVariantList of QVariantMap {name, url (QUrl), contentType, size}
    PartIsPendingRole,   ///< bool: written locally by the outbox, not yet confirmed by the server
    PartIsFailedRole,    ///< bool: its outbox action failed for good (the text is kept for retry)
    ThreadIsLoadingRole, ///< bool: a fetch of the thread is in flight
    ThreadIsStaleRole,   ///< bool: the stored thread predates the conversation's last change
};

} // namespace models
