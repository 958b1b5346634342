#pragma once

#include "diffinglistmodel.h"

#include "api/objectref.h"

#include <QHash>
#include <QVariantList>

namespace models {

class Database;
class StoreChanges;
struct ConversationSummary;

/// The thread of one conversation, read from the local store: the message that started it
/// (row 0), then its parts oldest first — replies, notes and events, including the parts the
/// outbox wrote optimistically (pending until the server's part replaces them). Keeps itself
/// current from StoreChanges: when the conversation's parts or columns change, the thread is
/// read again and only the difference is signalled (new parts inserted, changed ones
/// dataChanged, vanished ones removed), so an open thread never resets under the agent.
///
/// fetchState() tells whether the stored thread can be trusted: None (never fetched: what is
/// shown may be only the first message and local parts), Loading (the owner started a fetch
/// with setLoading(true); cleared when the fetched thread is stored, or by setLoading(false)
/// when the fetch failed), Done, or Stale (fetched before the conversation last changed).
/// GUI thread; \a db is a GUI-thread connection that outlives the model.
class ThreadModel final : public DiffingListModel
{
    Q_OBJECT
    Q_PROPERTY(QString conversationId READ conversationId NOTIFY conversationChanged)
    Q_PROPERTY(FetchState fetchState READ fetchState NOTIFY fetchStateChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY fetchStateChanged)
    Q_PROPERTY(bool stale READ isStale NOTIFY fetchStateChanged)
public:
    enum class FetchState { None, Loading, Done, Stale };
    Q_ENUM(FetchState)

    /// Each row as read from the store, with the names already resolved.
    struct Row
    {
        enum class Local { No, Pending, Failed };
        QString id;
        QString partType;
        QString kind;
        api::ObjectRef author; ///< name resolved (never empty)
        QString body;
        qint64 createdAt = 0;
        QVariantList attachments;
        Local local = Local::No;

        bool operator==(const Row &other) const;
        bool operator!=(const Row &other) const { return !(*this == other); }
    };

    ThreadModel(Database &db, StoreChanges *changes, QObject *parent = nullptr);

    /// Shows the thread of \a conversationId (a reset); empty when it is not stored.
    void setConversation(const QString &conversationId);
    QString conversationId() const { return m_conversationId; }

    void setLoading(bool loading);
    FetchState fetchState() const;
    bool isLoading() const { return fetchState() == FetchState::Loading; }
    bool isStale() const { return fetchState() == FetchState::Stale; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The row of a part (row 0: the first message's id), -1 when absent.
    int rowOf(const QString &partId) const;
    const Row &rowAt(int row) const { return m_rows.at(row); }

    /// The part kind ("message", "note", "event") of a server part_type.
    static QString kindOf(const QString &partType);

Q_SIGNALS:
    void conversationChanged();
    void fetchStateChanged();

private:
    void refresh();
    QList<Row> readRows(const ConversationSummary &summary);
    void readTeammateNames();
    /// Sets the stored-thread state; emits the state signals (and the thread-state roles)
    /// when the visible state changed.
    void setStoredState(FetchState stored, qint64 syncedAt);
    QString eventText(const Row &row) const;

    Database &m_db;
    QString m_conversationId;
    QList<Row> m_rows;
    QHash<QString, QString> m_teammateNames;
    FetchState m_stored = FetchState::None; ///< None, Done or Stale: what the store says
    qint64 m_syncedAt = 0;                  ///< the stored thread's fetch time
    qint64 m_loadingSince = -1; ///< m_syncedAt when setLoading(true) was called; -1: not loading
};

} // namespace models
