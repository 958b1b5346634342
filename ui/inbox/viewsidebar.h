#pragma once

#include "models/store/conversationfilter.h"

#include <QWidget>

#include <optional>

class QAbstractItemModel;
class QListView;

namespace ui {

class SidebarModel;

/// The left pane: the inbox views with their live counts (a models::ViewCountsModel), then
/// the saved searches (a model the window passes in; see SidebarModel for its roles) under a
/// "Saved searches" header. Up/Down move between views and searches and skip the header;
/// choosing a row emits viewSelected(key) once per change of key, by mouse, keyboard or
/// selectView() (so restoring the last view at start-up also shows it). Counts update in
/// place; when rows come or go the selected key stays selected. Each row's accessible name is
/// "Your inbox, 12 conversations".
///
/// A saved search is renamed in place (F2, or Rename in its context menu) and deleted after a
/// confirmation (Delete, or Delete… in its context menu); the confirmation is window-modal but
/// does not block the event loop. Deleting the selected search selects its neighbour. Does
/// not own the models. GUI thread.
class ViewSidebar : public QWidget
{
    Q_OBJECT
public:
    explicit ViewSidebar(QWidget *parent = nullptr);

    void setViewsModel(QAbstractItemModel *views);
    void setSavedSearchesModel(QAbstractItemModel *saved);

    QListView *listView() const { return m_list; }
    SidebarModel *sidebarModel() const { return m_model; }

    /// The key of the selected view or saved search, empty when none.
    QString currentKey() const { return m_currentKey; }
    /// The name shown for \a key, empty when absent.
    QString nameForKey(const QString &key) const;
    /// The filter of \a key (ViewFilterRole), std::nullopt when absent or without one.
    std::optional<models::ConversationFilter> filterForKey(const QString &key) const;

public Q_SLOTS:
    /// Selects the view or saved search \a key; false (nothing changes) when absent.
    bool selectView(const QString &key);
    /// Gives the keyboard focus to the list (a command of the window may bind to it).
    void focusList();
    /// Starts renaming the saved search \a key in place; false when it is not one.
    bool renameSearch(const QString &key);
    /// Asks whether to delete the saved search \a key, and deletes it if the agent agrees;
    /// false (nothing asked) when it is not one.
    bool confirmDeleteSearch(const QString &key);

Q_SIGNALS:
    void viewSelected(const QString &key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool isSavedSearch(const QString &key) const;
    void showContextMenu(const QModelIndex &index, const QPoint &globalPos);
    void deleteSearch(const QString &key);
    void onCurrentChanged(const QModelIndex &current);
    void reselect();

    SidebarModel *m_model;
    QListView *m_list;
    QString m_currentKey;
};

} // namespace ui
