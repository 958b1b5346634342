#include "conversationlistview.h"

#include "conversationdelegate.h"

#include "models/conversationlistmodel.h"
#include "models/conversationroles.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QMetaMethod>
#include <QPainter>

namespace ui {

ConversationListView::ConversationListView(QWidget *parent)
    : QListView(parent)
    , m_delegate(new ConversationDelegate(this))
    , m_emptyText(tr("No conversations in this view"))
{
    setObjectName(QStringLiteral("conversationList"));
    setAccessibleName(tr("Conversations"));
    setItemDelegate(m_delegate);
    // One row height for all: QListView lays 100,000 rows out without asking each one.
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setContextMenuPolicy(Qt::DefaultContextMenu);
    setMouseTracking(true); // hover highlight
}

void ConversationListView::setModel(QAbstractItemModel *model)
{
    // The same model again changes nothing; disconnecting it below would also cut the
    // view's own connections, which QListView::setModel() does not restore for it.
    if (model == this->model())
        return;
    if (QAbstractItemModel *old = this->model())
        disconnect(old, nullptr, this, nullptr);
    QListView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
            &ConversationListView::rememberSelection);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_restorePending = !m_savedCurrent.isEmpty() || !m_savedSelection.isEmpty();
        restoreSelection();
    });
    // A store-backed list fills its first page just after the reset.
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_restorePending)
            restoreSelection();
    });
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { Q_EMIT selectedIdsChanged(selectedIds()); });
}

QStringList ConversationListView::selectedIds() const
{
    if (!selectionModel())
        return {};
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList ids;
    ids.reserve(rows.size());
    for (const QModelIndex &row : std::as_const(rows))
        ids.append(row.data(models::ConversationIdRole).toString());
    return ids;
}

QString ConversationListView::currentId() const
{
    return currentIndex().data(models::ConversationIdRole).toString();
}

QModelIndex ConversationListView::indexOfId(const QString &id) const
{
    if (!model() || id.isEmpty())
        return {};
    if (const auto *list = qobject_cast<const models::ConversationListModel *>(model())) {
        const int row = list->rowOf(id);
        return row >= 0 ? model()->index(row, 0) : QModelIndex();
    }
    const QModelIndexList found
        = model()->match(model()->index(0, 0), models::ConversationIdRole, id, 1, Qt::MatchExactly);
    return found.value(0);
}

bool ConversationListView::selectId(const QString &id)
{
    const QModelIndex index = indexOfId(id);
    if (!index.isValid())
        return false;
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    scrollTo(index);
    return true;
}

void ConversationListView::setEmptyText(const QString &text)
{
    if (m_emptyText == text)
        return;
    m_emptyText = text;
    viewport()->update();
}

void ConversationListView::selectNext()
{
    step(1);
}

void ConversationListView::selectPrevious()
{
    step(-1);
}

void ConversationListView::step(int delta)
{
    if (!model())
        return;
    const QModelIndex current = currentIndex();
    int row = current.isValid() ? current.row() + delta : 0;
    if (row >= model()->rowCount() && model()->canFetchMore({}))
        model()->fetchMore({});
    row = qBound(0, row, model()->rowCount() - 1);
    const QModelIndex target = model()->index(row, 0);
    if (!target.isValid())
        return;
    selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect);
    scrollTo(target);
}

void ConversationListView::openCurrent()
{
    const QString id = currentId();
    if (!id.isEmpty())
        Q_EMIT openRequested(id);
}

void ConversationListView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && !(event->modifiers() & ~Qt::KeypadModifier)) {
        openCurrent();
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

QMenu *ConversationListView::createBulkMenu(const QStringList &ids, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("conversationBulkMenu"));
    menu->setAccessibleName(tr("Actions for %n conversation(s)", nullptr, int(ids.size())));
    const auto add
        = [this, menu, ids](const QString &text, BulkAction action, const QString &name) {
              QAction *item = menu->addAction(text);
              item->setObjectName(name);
              connect(item, &QAction::triggered, this,
                      [this, action, ids] { Q_EMIT bulkActionRequested(action, ids); });
          };
    add(tr("Assign…"), BulkAction::Assign, QStringLiteral("bulkAssign"));
    add(tr("Snooze…"), BulkAction::Snooze, QStringLiteral("bulkSnooze"));
    add(tr("Close"), BulkAction::Close, QStringLiteral("bulkClose"));
    add(tr("Reopen"), BulkAction::Reopen, QStringLiteral("bulkReopen"));
    add(tr("Tag…"), BulkAction::Tag, QStringLiteral("bulkTag"));
    menu->addSeparator();
    add(tr("Mark as read"), BulkAction::MarkRead, QStringLiteral("bulkMarkRead"));
    add(tr("Mark as unread"), BulkAction::MarkUnread, QStringLiteral("bulkMarkUnread"));
    return menu;
}

void ConversationListView::contextMenuEvent(QContextMenuEvent *event)
{
    // A right click outside the selection acts on the row clicked, as in every mail client.
    if (event->reason() == QContextMenuEvent::Mouse) {
        const QModelIndex clicked = indexAt(event->pos());
        if (clicked.isValid() && !selectionModel()->isSelected(clicked))
            selectionModel()->setCurrentIndex(clicked, QItemSelectionModel::ClearAndSelect);
    }
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    const QPoint where = event->reason() == QContextMenuEvent::Mouse
                             ? event->globalPos()
                             : viewport()->mapToGlobal(visualRect(currentIndex()).center());
    event->accept();
    if (isSignalConnected(QMetaMethod::fromSignal(&ConversationListView::contextMenuRequested))) {
        Q_EMIT contextMenuRequested(ids, where);
        return;
    }
    QMenu *menu = createBulkMenu(ids, this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(where);
}

void ConversationListView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if (model() && model()->rowCount() > 0)
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport()->rect().adjusted(16, 16, -16, -16),
                     Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
}

void ConversationListView::rememberSelection()
{
    m_savedCurrent = currentId();
    m_savedSelection = selectedIds();
    m_restorePending = false;
}

void ConversationListView::restoreSelection()
{
    if (!model() || model()->rowCount() == 0)
        return;
    m_restorePending = false;
    QItemSelection selection;
    for (const QString &id : std::as_const(m_savedSelection)) {
        const QModelIndex index = indexOfId(id);
        if (index.isValid())
            selection.select(index, index);
    }
    const QModelIndex current = indexOfId(m_savedCurrent);
    if (current.isValid())
        selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    if (!selection.isEmpty())
        selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (current.isValid())
        scrollTo(current);
    m_savedCurrent.clear();
    m_savedSelection.clear();
}

} // namespace ui
