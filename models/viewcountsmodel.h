#pragma once

#include "diffinglistmodel.h"
#include "store/conversationfilter.h"

#include <QStringList>
#include <QTimer>

#include <optional>

namespace models {

class Database;
class StoreChanges;

/// The sidebar's inbox views of "me" with their live counts from the local store: Your inbox
/// (assigned to me), Unassigned, each of my teams (sorted by name), All open, Snoozed, Closed.
/// Each row carries the ConversationFilter a ConversationListModel shows for it.
///
/// Counts are recounted after StoreChanges reports changed or removed conversations or an
/// outbox change (its optimistic effects move conversations between views), at most once per
/// recountInterval() (default 100 ms): a sync page of 150 conversations costs one recount,
/// not 150. Only rows whose count or name changed get dataChanged. Team names follow
/// referenceDataChanged. GUI thread; \a db is a GUI-thread connection that outlives the model.
class ViewCountsModel final : public DiffingListModel
{
    Q_OBJECT
public:
    struct View
    {
        QString key;
        QString name;
        QString teamId;
        ConversationFilter filter;
        int count = 0;

        bool operator==(const View &other) const;
        bool operator!=(const View &other) const { return !(*this == other); }
    };

    /// Now: the constructor counts. Deferred: the rows come at once without counts, which
    /// come with the owner's first recount() (a window: after its first frame) or after a
    /// store change, so a first frame does not wait for them (several milliseconds at
    /// 100,000 conversations, far more when the store is read from disk after a reboot).
    enum class InitialCount { Now, Deferred };

    /// \a adminId and \a teamIds: who "me" is (Your inbox, my teams).
    ViewCountsModel(Database &db, StoreChanges *changes, const QString &adminId,
                    const QStringList &teamIds, QObject *parent = nullptr,
                    InitialCount initialCount = InitialCount::Now);

    /// My teams changed (e.g. the first reference sync told them): rows come or go.
    void setTeamIds(const QStringList &teamIds);
    QStringList teamIds() const { return m_teamIds; }

    void setRecountInterval(int ms) { m_recount.setInterval(ms); }
    int recountInterval() const { return m_recount.interval(); }
    /// Recounts now (and drops a pending debounced recount).
    void recount();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The row of a view key (ViewKeyRole), -1 when absent.
    int rowOf(const QString &key) const;
    const View &viewAt(int row) const { return m_views.at(row); }
    /// The filter of a view key ("mine", "team:<id>"…); std::nullopt for an unknown key.
    std::optional<ConversationFilter> filterForKey(const QString &key) const;
    static QString teamKey(const QString &teamId);

private:
    void scheduleRecount();
    QList<View> readViews(bool count = true);

    Database &m_db;
    QString m_adminId;
    QStringList m_teamIds;
    QList<View> m_views;
    QTimer m_recount;
};

} // namespace models
