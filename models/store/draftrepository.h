#pragma once

#include "messageattachment.h"

#include <QList>
#include <QString>

#include <optional>

namespace models {

class Database;

/// A conversation's unsent reply and note, one each: the text and the attached files.
/// save() is one prepared upsert in autocommit (no explicit transaction): with WAL and
/// synchronous=NORMAL the write survives a killed process as soon as it returns. The caller
/// debounces keystrokes (≤ 1 s) and calls clear() only once the reply is confirmed sent.
/// The files are kept apart from the text (saveAttachments()), so that saving the text while
/// the agent types never rewrites them. Same thread as the Database.
class DraftRepository
{
public:
    enum class Kind { Reply, Note };

    struct Draft
    {
        QString text;
        QList<MessageAttachment> attachments;
        qint64 updatedAt = 0; ///< local ms of the text's last save (0: files only)
    };

    explicit DraftRepository(Database &db)
        : m_db(db)
    {}

    /// Saving an empty text clears the draft's text (its files stay).
    [[nodiscard]] bool save(const QString &conversationId, Kind kind, const QString &text,
                            qint64 nowMs = 0);
    /// Replaces the draft's files with \a attachments (in order), atomically.
    [[nodiscard]] bool saveAttachments(const QString &conversationId, Kind kind,
                                       const QList<MessageAttachment> &attachments);
    /// The text and files; none when the draft has neither.
    std::optional<Draft> load(const QString &conversationId, Kind kind);
    /// Removes the text and the files.
    [[nodiscard]] bool clear(const QString &conversationId, Kind kind);

    static QString kindName(Kind kind);

private:
    bool clearText(const QString &conversationId, Kind kind);
    QList<MessageAttachment> loadAttachments(const QString &conversationId, Kind kind);

    Database &m_db;
};

} // namespace models
