#pragma once

#include <QListView>

namespace ui {

class ConversationDelegate;

/// The middle pane's list of conversations: any model answering models/conversationroles.h
/// (the store-backed ConversationListModel, or a server search), painted by
/// ConversationDelegate in rows of one height so 100,000 rows scroll cheaply.
///
/// Several rows can be selected (click, Shift/Ctrl-click, Shift+arrows); selectedIds() gives
/// them in list order for bulk actions. Enter opens the current row (openRequested). The
/// J/K commands belong to the window: it binds them to selectNext()/selectPrevious(). The
/// context menu offers the bulk actions for the selection (bulkActionRequested); a window
/// that wants its own menu connects contextMenuRequested instead, and the built-in menu is
/// not shown. A model reset (another sort, a reload) keeps the current and selected rows
/// that are loaded again. An empty model shows emptyText() in the middle. GUI thread.
class ConversationListView : public QListView
{
    Q_OBJECT
public:
    enum class BulkAction { Assign, Snooze, Close, Reopen, Tag, MarkRead, MarkUnread };
    Q_ENUM(BulkAction)

    explicit ConversationListView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    ConversationDelegate *conversationDelegate() const { return m_delegate; }

    /// The conversation ids of the selected rows, in list order.
    QStringList selectedIds() const;
    /// The id of the current row, empty when none.
    QString currentId() const;
    /// Makes the row of \a id current and the only one selected; false when not loaded.
    bool selectId(const QString &id);

    /// Shown over an empty list: "No conversations in this view" by default; a search sets
    /// "Nothing matches".
    void setEmptyText(const QString &text);
    QString emptyText() const { return m_emptyText; }

    /// The built-in context menu for \a ids (the caller owns it); exposed for tests and for
    /// windows that add to it.
    QMenu *createBulkMenu(const QStringList &ids, QWidget *parent);

public Q_SLOTS:
    /// Moves the current row (and the selection) one down / up; at the end nothing moves.
    void selectNext();
    void selectPrevious();
    /// Emits openRequested for the current row.
    void openCurrent();

Q_SIGNALS:
    void openRequested(const QString &conversationId);
    /// The selection's ids changed (the same list as selectedIds()).
    void selectedIdsChanged(const QStringList &ids);
    void bulkActionRequested(ui::ConversationListView::BulkAction action, const QStringList &ids);
    /// Replaces the built-in menu when connected.
    void contextMenuRequested(const QStringList &ids, const QPoint &globalPos);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void step(int delta);
    void rememberSelection();
    void restoreSelection();
    QModelIndex indexOfId(const QString &id) const;

    ConversationDelegate *m_delegate;
    QString m_emptyText;
    QString m_savedCurrent;
    QStringList m_savedSelection;
    bool m_restorePending = false;
};

} // namespace ui
