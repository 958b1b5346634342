#pragma once

#include <QDateTime>
#include <QString>
#include <QVariantList>

class QModelIndex;

namespace ui {

/// One part of a thread as the thread view shows it: read from a ThreadModel row, with the
/// body already sanitized (html) next to its plain text (text). A value type.
struct ThreadPart
{
    QString id;
    QString kind; ///< "message", "note" or "event"
    QString author;
    QString authorType;
    QDateTime createdAt;
    QString html;             ///< sanitized body; empty for events and empty bodies
    QString text;             ///< plain-text body (for an event without a body, its description)
    QVariantList attachments; ///< QVariantMap {name, url, contentType, size}
    bool pending = false;
    bool failed = false;

    bool isEvent() const { return kind == QLatin1String("event"); }
    bool isNote() const { return kind == QLatin1String("note"); }
    /// Written by a teammate (admin, bot, team) rather than the customer.
    bool fromTeammate() const;

    /// Everything but html, which the caller sanitizes (and caches) itself.
    static ThreadPart fromIndex(const QModelIndex &index);
};

} // namespace ui
