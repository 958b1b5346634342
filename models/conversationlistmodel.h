#pragma once

#include "store/conversationfilter.h"
#include "store/conversationsummary.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>
#include <QTimer>

namespace models {

class Database;
class StoreChanges;

/// A conversation list (an inbox view or a search) read from the local store: what the inbox
/// window shows, online or not. Pages of SQL rows under Qt's canFetchMore()/fetchMore()
/// contract (never the network); keeps itself current from StoreChanges: a changed
/// conversation is updated in place, moved to its new sorted place, inserted, or removed when
/// it leaves the view, each with the matching row signals. Rows past the loaded range are left
/// to fetchMore(). A free-text filter reloads the loaded range instead (the full-text index
/// decides membership). GUI thread; \a db is a GUI-thread connection that outlives the model.
class ConversationListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int PageSize = 50;

    /// Reads nothing until setView(): \a db may still be opening when the model is made.
    ConversationListModel(Database &db, StoreChanges *changes, QObject *parent = nullptr);

    void setView(const ConversationFilter &filter, ConversationSort sort);
    const ConversationFilter &filter() const { return m_filter; }
    /// The view's order (not QAbstractItemModel::sort(), which a column and direction ask for).
    ConversationSort viewSort() const { return m_sort; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// How many conversations the view holds in the store, loaded or not (a COUNT, refreshed
    /// shortly after changes: bursts of sync pages cost one query); -1 before the first.
    int totalCount() const { return m_totalCount; }
    /// Holds the count that follows setView() until resumeTotalCount() or the next change:
    /// a window's first frame must not wait for it (a count over the whole view, read from
    /// disk after a reboot, can outlast the short interval it otherwise waits).
    void postponeTotalCount();
    /// Counts now if a postponed count is still held; nothing otherwise (no view was set, or
    /// a change has counted meanwhile).
    void resumeTotalCount();

    /// The row of a conversation, -1 when it is not loaded.
    int rowOf(const QString &conversationId) const { return m_rowById.value(conversationId, -1); }
    const ConversationSummary &summaryAt(int row) const { return m_rows.at(row); }

Q_SIGNALS:
    void totalCountChanged(int total);

private:
    void reload();
    void refreshTotalCount();
    void appendPage();
    void applyChanges(const QStringList &ids);
    void applyChange(const QString &id);
    void removeRow(int row);
    void insertRow(int row, const ConversationSummary &summary);
    /// Where \a summary belongs among the loaded rows; -1 when after them and more are unloaded.
    int sortedPosition(const ConversationSummary &summary, int ignoreRow) const;
    void reindexFrom(int row);
    void refreshPending(const QString &conversationId);
    void refreshTagNames();
    QString assigneeName(const ConversationSummary &row) const;

    Database &m_db;
    ConversationFilter m_filter;
    ConversationSort m_sort = ConversationSort::UpdatedNewest;
    QList<ConversationSummary> m_rows;
    QHash<QString, int> m_rowById;
    QSet<QString> m_pending;
    QHash<QString, QString> m_tagNames;
    QHash<QString, QString> m_adminNames;
    QHash<QString, QString> m_teamNames;
    PageCursor m_next;
    bool m_hasMore = false;
    int m_totalCount = -1;
    QTimer m_countTimer;
    bool m_countHeld = false; ///< postponeTotalCount() stopped the count, none has run since
    bool m_changing = false; ///< inside a reset or an insertion: no nested fetchMore()
};

} // namespace models
