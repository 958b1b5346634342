#pragma once

#include <QAbstractListModel>
#include <QPointer>

namespace ui {

/// The rows of the view sidebar as one list: the inbox views (a models::ViewCountsModel or
/// any model with the models/viewroles.h roles), a "Saved searches" section header, then the
/// saved searches, or a "No saved searches" note when there are none. Answers the view roles
/// of its sources (DisplayRole, ViewKeyRole, ViewCountRole, ViewFilterRole), RowKindRole, and
/// Qt::AccessibleTextRole ("Your inbox, 12 conversations"). Headers and notes are neither
/// selectable nor enabled, so keyboard navigation steps over them. A saved search is editable
/// (renamed through setData) and removable (removeRows) when its source model allows it.
///
/// A saved search row needs DisplayRole (its name), ViewKeyRole (a key unique among views
/// and searches, e.g. "saved:<id>") and ViewFilterRole; ViewCountRole is optional.
/// Counts and names are forwarded as dataChanged; a row added to or removed from a source
/// resets this model (rare: a team or a saved search added). Does not own its sources.
/// GUI thread.
class SidebarModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class RowKind { View, SectionHeader, SavedSearch, EmptyNote };
    Q_ENUM(RowKind)
    enum Role {
        RowKindRole = Qt::UserRole + 100, ///< RowKind as int
    };

    explicit SidebarModel(QObject *parent = nullptr);

    void setViewsModel(QAbstractItemModel *views);
    void setSavedSearchesModel(QAbstractItemModel *saved);
    QAbstractItemModel *viewsModel() const { return m_views; }
    QAbstractItemModel *savedSearchesModel() const { return m_saved; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Renames a saved search (EditRole), when its source allows it.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    /// Removes saved searches from their source (one row at a time); views cannot be removed.
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    RowKind kindAt(int row) const;
    /// The row of a view or saved search key, -1 when absent.
    int rowOfKey(const QString &key) const;

private:
    void watch(QAbstractItemModel *source);
    int viewCount() const;
    int savedCount() const;
    /// The source model and its row for one of our rows; nullptr for a header or note.
    QAbstractItemModel *sourceOf(int row, int *sourceRow) const;
    void forwardChange(QAbstractItemModel *source, const QModelIndex &topLeft,
                       const QModelIndex &bottomRight);
    void beginSourceChange();
    void endSourceChange();

    QPointer<QAbstractItemModel> m_views;
    QPointer<QAbstractItemModel> m_saved;
    bool m_resetting = false;
};

} // namespace ui
