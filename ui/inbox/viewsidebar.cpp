#include "viewsidebar.h"

#include "sidebardelegate.h"
#include "sidebarmodel.h"

#include "models/viewroles.h"

#include <QListView>
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
