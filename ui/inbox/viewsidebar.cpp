#include "viewsidebar.h"

#include "sidebardelegate.h"
#include "sidebarmodel.h"

#include "models/viewroles.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

ViewSidebar::ViewSidebar(QWidget *parent)
    : QWidget(parent)
    , m_model(new SidebarModel(this))
    , m_list(new QListView(this))
{
    setObjectName(QStringLiteral("viewSidebar"));
    m_list->setObjectName(QStringLiteral("viewSidebarList"));
    m_list->setAccessibleName(tr("Inbox views"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new SidebarDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setFrameShape(QFrame::NoFrame);
    // The pane reads as part of the window, not as a white box.
    m_list->setBackgroundRole(QPalette::Window);
    m_list->viewport()->setBackgroundRole(QPalette::Window);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addWidget(m_list);
    setFocusProxy(m_list);
    // Keyboard (Menu key, Shift+F10) context menus reach the list, mouse ones its viewport.
    m_list->installEventFilter(this);
    m_list->viewport()->installEventFilter(this);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ViewSidebar::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ViewSidebar::reselect);
}

void ViewSidebar::setViewsModel(QAbstractItemModel *views)
{
    m_model->setViewsModel(views);
}

void ViewSidebar::setSavedSearchesModel(QAbstractItemModel *saved)
{
    m_model->setSavedSearchesModel(saved);
}

QString ViewSidebar::nameForKey(const QString &key) const
{
    const int row = m_model->rowOfKey(key);
    return row < 0 ? QString() : m_model->index(row).data().toString();
}

std::optional<models::ConversationFilter> ViewSidebar::filterForKey(const QString &key) const
{
    const int row = m_model->rowOfKey(key);
    if (row < 0)
        return std::nullopt;
    const QVariant filter = m_model->index(row).data(models::ViewFilterRole);
    if (!filter.canConvert<models::ConversationFilter>())
        return std::nullopt;
    return filter.value<models::ConversationFilter>();
}

bool ViewSidebar::selectView(const QString &key)
{
    const int row = m_model->rowOfKey(key);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_model->index(row));
    return true;
}

void ViewSidebar::focusList()
{
    m_list->setFocus(Qt::ShortcutFocusReason);
}

bool ViewSidebar::isSavedSearch(const QString &key) const
{
    const int row = m_model->rowOfKey(key);
    return row >= 0 && m_model->kindAt(row) == SidebarModel::RowKind::SavedSearch;
}

bool ViewSidebar::renameSearch(const QString &key)
{
    if (!isSavedSearch(key))
        return false;
    const QModelIndex index = m_model->index(m_model->rowOfKey(key));
    if (!(index.flags() & Qt::ItemIsEditable))
        return false;
    m_list->setFocus(Qt::OtherFocusReason);
    m_list->edit(index);
    return true;
}

bool ViewSidebar::confirmDeleteSearch(const QString &key)
{
    if (!isSavedSearch(key))
        return false;
    const QString name = nameForKey(key);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete saved search"),
                                tr("Delete the saved search “%1”?").arg(name),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deleteSavedSearchDialog"));
    box->setAccessibleName(tr("Delete saved search"));
    box->setInformativeText(tr("Only the search is deleted; its conversations stay as they are."));
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("deleteSavedSearchButton"));
    box->addButton(QMessageBox::Cancel);
    // The agent asked for this by name with Delete: Enter confirms, Escape cancels.
    box->setDefaultButton(remove);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, key] {
        if (box->clickedButton() == remove)
            deleteSearch(key);
        m_list->setFocus(Qt::OtherFocusReason);
    });
    box->open();
    return true;
}

void ViewSidebar::deleteSearch(const QString &key)
{
    const int row = m_model->rowOfKey(key);
    if (row < 0 || m_model->kindAt(row) != SidebarModel::RowKind::SavedSearch)
        return;
    // The selected search gives way to the next one, else the one above, else the first view.
    QString neighbour;
    if (key == m_currentKey) {
        for (const int candidate : {row + 1, row - 1, 0}) {
            if (candidate >= 0 && candidate < m_model->rowCount()
                && m_model->kindAt(candidate) != SidebarModel::RowKind::SectionHeader) {
                neighbour = m_model->index(candidate).data(models::ViewKeyRole).toString();
                if (!neighbour.isEmpty())
                    break;
            }
        }
    }
    if (!m_model->removeRow(row))
        return;
    if (!neighbour.isEmpty())
        selectView(neighbour);
}

void ViewSidebar::showContextMenu(const QModelIndex &index, const QPoint &globalPos)
{
    const QString key = index.data(models::ViewKeyRole).toString();
    if (!isSavedSearch(key))
        return;
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("savedSearchMenu"));
    menu->setAccessibleName(tr("Saved search"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *rename = menu->addAction(tr("Rename"));
    connect(rename, &QAction::triggered, this, [this, key] { renameSearch(key); });
    rename->setObjectName(QStringLiteral("renameSavedSearch"));
    rename->setShortcut(QKeySequence(Qt::Key_F2)); // shown as the hint; the list handles F2
    rename->setEnabled(index.flags() & Qt::ItemIsEditable);
    QAction *remove = menu->addAction(tr("Delete…"));
    connect(remove, &QAction::triggered, this, [this, key] { confirmDeleteSearch(key); });
    remove->setObjectName(QStringLiteral("deleteSavedSearch"));
    remove->setShortcut(QKeySequence(QKeySequence::Delete));
    menu->popup(globalPos);
}

bool ViewSidebar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ContextMenu) {
        auto *menuEvent = static_cast<QContextMenuEvent *>(event);
        QModelIndex index;
        QPoint globalPos = menuEvent->globalPos();
        if (watched == m_list->viewport()) {
            index = m_list->indexAt(menuEvent->pos());
        } else if (watched == m_list && menuEvent->reason() == QContextMenuEvent::Keyboard) {
            index = m_list->currentIndex();
            globalPos = m_list->viewport()->mapToGlobal(m_list->visualRect(index).bottomLeft());
        }
        if (index.isValid() && m_model->kindAt(index.row()) == SidebarModel::RowKind::SavedSearch) {
            showContextMenu(index, globalPos);
            return true;
        }
    } else if (watched == m_list && event->type() == QEvent::KeyPress) {
        // (While a name is edited its line edit has the keys, not the list.)
        auto *key = static_cast<QKeyEvent *>(event);
        const QString current = m_list->currentIndex().data(models::ViewKeyRole).toString();
        if (key->key() == Qt::Key_F2 && key->modifiers() == Qt::NoModifier)
            return renameSearch(current);
        if (key->matches(QKeySequence::Delete)
            || (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier))
            return confirmDeleteSearch(current);
    }
    return QWidget::eventFilter(watched, event);
}

void ViewSidebar::onCurrentChanged(const QModelIndex &current)
{
    if (!current.isValid() || !(current.flags() & Qt::ItemIsSelectable))
        return;
    const QString key = current.data(models::ViewKeyRole).toString();
    if (key.isEmpty() || key == m_currentKey)
        return;
    m_currentKey = key;
    Q_EMIT viewSelected(key);
}

void ViewSidebar::reselect()
{
    // After rows came or went the same view stays chosen; when it is gone the list shows no
    // selection and the window keeps its list until the agent picks another view.
    const int row = m_model->rowOfKey(m_currentKey);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
}

} // namespace ui
