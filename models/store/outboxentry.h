#pragma once

#include <QJsonObject>
#include <QString>

namespace models {

/// One pending action (reply, note, assign, snooze, close, tag, read…) as the outbox keeps
/// it. Times are local milliseconds. Plain value.
struct OutboxEntry
{
    /// queued → sending → done; sending → queued (transient failure, retried after
    /// notBefore); sending → failed (permanent: kept with its payload for edit and retry).
    enum class State { Queued, Sending, Done, Failed };

    qint64 id = 0; ///< assigned by enqueue(); increasing, never reused
    QString conversationId;
    QString kind; ///< "reply", "note", "assign", "snooze", "open", "close", "tag", "untag", "read"…
    QJsonObject payload;
    State state = State::Queued;
    /// Send attempts started. A queued entry with attempts > 0 may have reached the server
    /// (outcome unknown): check for its marker before sending it again.
    int attempts = 0;
    QString lastError;
    qint64 createdAt = 0;
    qint64 notBefore = 0; ///< not sent before this time (undo window, back-off)
    qint64 updatedAt = 0;
    /// Client-generated unique marker carried by the request, used to recognise an action
    /// that was applied although its answer was lost.
    QString marker;

    static QString stateName(State state);
    static State stateFromName(const QString &name);
};

} // namespace models
