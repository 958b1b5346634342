#pragma once

#include <QString>

#include <optional>

namespace models {

class Database;

/// A conversation's unsent reply and note, one each. save() is one prepared upsert in
/// autocommit (no explicit transaction): with WAL and synchronous=NORMAL the write survives a
/// killed process as soon as it returns. The caller debounces keystrokes (≤ 1 s) and calls
/// clear() only once the reply is confirmed sent. Same thread as the Database.
class DraftRepository
{
public:
    enum class Kind { Reply, Note };

    struct Draft
    {
        QString text;
        qint64 updatedAt = 0; ///< local ms
    };

    explicit DraftRepository(Database &db)
        : m_db(db)
    {}

    /// Saving an empty text clears the draft.
    [[nodiscard]] bool save(const QString &conversationId, Kind kind, const QString &text,
                            qint64 nowMs = 0);
    std::optional<Draft> load(const QString &conversationId, Kind kind);
    [[nodiscard]] bool clear(const QString &conversationId, Kind kind);

    static QString kindName(Kind kind);

private:
    Database &m_db;
};

} // namespace models
