#pragma once

#include "models/store/conversationsummary.h"

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QActionGroup;
class QLabel;
class QToolButton;

namespace models {
class ConversationListModel;
}

namespace ui {

class ConversationListView;

/// The middle pane: a header row (the view's title, its count, the sort menu "Newest ▾")
/// over the ConversationListView. Given a models::ConversationListModel it follows the
/// model's total count, applies the chosen sort to it (setView with the same filter) and says
/// "Nothing matches" instead of "No conversations in this view" when the view is a text
/// search; any other conversation model works too, with setCount() from its owner.
/// The pane does not own the model. GUI thread.
class ConversationListPane : public QWidget
{
    Q_OBJECT
public:
    explicit ConversationListPane(QWidget *parent = nullptr);

    ConversationListView *view() const { return m_view; }

    void setModel(QAbstractItemModel *model);
    void setTitle(const QString &title);
    QString title() const;
    /// The number next to the title; negative hides it.
    void setCount(int count);
    int count() const { return m_count; }

    models::ConversationSort sort() const { return m_sort; }
    /// The orders the menu offers, in menu order.
    static QList<models::ConversationSort> sorts();
    /// "Newest", "Oldest", "Waiting longest", "Priority first".
    static QString sortName(models::ConversationSort sort);

public Q_SLOTS:
    /// Selects \a sort in the menu and applies it to a ConversationListModel (sortChanged is
    /// emitted when it changed).
    void setSort(models::ConversationSort sort);
    /// Opens the sort menu (a command of the window may bind to it).
    void showSortMenu();

Q_SIGNALS:
    void sortChanged(models::ConversationSort sort);

private:
    void updateHeader();
    void updateEmptyText();

    ConversationListView *m_view;
    QLabel *m_title;
    QLabel *m_countLabel;
    QToolButton *m_sortButton;
    QActionGroup *m_sortGroup;
    QPointer<models::ConversationListModel> m_listModel;
    models::ConversationSort m_sort = models::ConversationSort::UpdatedNewest;
    int m_count = -1;
};

} // namespace ui
