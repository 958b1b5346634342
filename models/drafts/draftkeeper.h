#pragma once

#include "models/store/draftrepository.h"

#include <QHash>
#include <QObject>
#include <QPair>
#include <QTimer>

namespace models {

class Database;
class StoreChanges;

/// Keeps the composer's drafts in the store while the agent types.
///
/// The composer calls edit() on every keystroke; the text is saved once typing pauses for
/// debounceMs, and at the latest maxDelayMs after the first unsaved keystroke, so continuous
/// typing still saves about once a second. Each save is a committed SQLite write in WAL mode:
/// it survives the process being killed (kill -9) as soon as it returns. With
/// synchronous=NORMAL the last commits may be lost on a power cut or OS crash (the WAL is
/// not fsynced on every commit), which is the accepted trade-off for typing speed.
/// Drafts are per conversation and per kind (reply, note). The outbox clears a draft once
/// its message is confirmed sent; queuing does not.
/// GUI-thread object; the Database (and StoreChanges, may be null) must outlive it.
class DraftKeeper : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int debounceMs = 400;  ///< save after this pause in typing
        int maxDelayMs = 1000; ///< and never later than this after an unsaved keystroke
    };

    DraftKeeper(Database &db, StoreChanges *changes, QObject *parent = nullptr);
    DraftKeeper(Database &db, StoreChanges *changes, const Options &options,
                QObject *parent = nullptr);
    /// Saves whatever is still unsaved.
    ~DraftKeeper() override;

    /// The composer's text changed.
    void edit(const QString &conversationId, DraftRepository::Kind kind, const QString &text);
    /// The text to show when a conversation's composer opens: the unsaved edit if any, else
    /// the stored draft.
    QString restore(const QString &conversationId, DraftRepository::Kind kind) const;
    /// The composer's attached files changed: saved at once (they change rarely, and a file
    /// the agent added must not be lost to a crash).
    void setAttachments(const QString &conversationId, DraftRepository::Kind kind,
                        const QList<MessageAttachment> &attachments);
    /// The files to show when a conversation's composer opens (unsaved ones first, as for text).
    QList<MessageAttachment> restoreAttachments(const QString &conversationId,
                                                DraftRepository::Kind kind) const;
    /// Saves every unsaved edit now (e.g. when the composer switches conversation).
    void flush();
    bool hasUnsaved() const { return !m_unsaved.isEmpty() || !m_unsavedFiles.isEmpty(); }

Q_SIGNALS:
    void saved(const QString &conversationId, models::DraftRepository::Kind kind);
    void saveFailed(const QString &conversationId);

private:
    using Key = QPair<QString, int>;

    Database &m_db;
    StoreChanges *m_changes;
    Options m_options;
    QHash<Key, QString> m_unsaved;
    QHash<Key, QList<MessageAttachment>> m_unsavedFiles;
    QTimer m_debounce;
    QTimer m_deadline;
};

} // namespace models
