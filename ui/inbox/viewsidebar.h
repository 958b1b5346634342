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
/// "Your inbox, 12 conversations". Does not own the models. GUI thread.
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

Q_SIGNALS:
    void viewSelected(const QString &key);

private:
    void onCurrentChanged(const QModelIndex &current);
    void reselect();

    SidebarModel *m_model;
    QListView *m_list;
    QString m_currentKey;
};

} // namespace ui
