#include "conversationlistpane.h"

#include "conversationlistview.h"

#include "models/conversationlistmodel.h"

#include <QActionGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {

ConversationListPane::ConversationListPane(QWidget *parent)
    : QWidget(parent)
    , m_view(new ConversationListView(this))
    , m_title(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_sortButton(new QToolButton(this))
    , m_sortGroup(new QActionGroup(this))
{
    setObjectName(QStringLiteral("conversationListPane"));
    m_title->setObjectName(QStringLiteral("conversationListTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_countLabel->setObjectName(QStringLiteral("conversationListCount"));
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *menu = new QMenu(m_sortButton);
    menu->setObjectName(QStringLiteral("sortMenu"));
    m_sortGroup->setExclusive(true);
    const QList<models::ConversationSort> orders = sorts();
    for (const models::ConversationSort order : orders) {
        QAction *action = menu->addAction(sortName(order));
        action->setCheckable(true);
        action->setChecked(order == m_sort);
        action->setData(int(order));
        action->setObjectName(QStringLiteral("sort%1").arg(int(order)));
        m_sortGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, order] { setSort(order); });
    }
    m_sortButton->setObjectName(QStringLiteral("sortButton"));
    m_sortButton->setMenu(menu);
    m_sortButton->setPopupMode(QToolButton::InstantPopup);
    m_sortButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_sortButton->setAutoRaise(true);
    m_sortButton->setFocusPolicy(Qt::StrongFocus);
    m_sortButton->setToolTip(tr("Sort order"));

    auto *header = new QHBoxLayout;
    header->setContentsMargins(8, 6, 4, 6);
    header->setSpacing(6); // a nested layout would inherit the pane's 0: "Your inbox20"
    header->addWidget(m_title);
    header->addWidget(m_countLabel);
    header->addStretch(1);
    header->addWidget(m_sortButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    updateHeader();
}

QList<models::ConversationSort> ConversationListPane::sorts()
{
    using Sort = models::ConversationSort;
    return {Sort::UpdatedNewest, Sort::UpdatedOldest, Sort::WaitingLongest, Sort::PriorityFirst};
}

QString ConversationListPane::sortName(models::ConversationSort sort)
{
    switch (sort) {
    case models::ConversationSort::UpdatedNewest:
        return tr("Newest");
    case models::ConversationSort::UpdatedOldest:
        return tr("Oldest");
    case models::ConversationSort::CreatedNewest:
        return tr("Newest created");
    case models::ConversationSort::CreatedOldest:
        return tr("Oldest created");
    case models::ConversationSort::WaitingLongest:
        return tr("Waiting longest");
    case models::ConversationSort::PriorityFirst:
        return tr("Priority first");
    }
    return {};
}

void ConversationListPane::setModel(QAbstractItemModel *model)
{
    if (m_listModel)
        disconnect(m_listModel, nullptr, this, nullptr);
    m_view->setModel(model);
    m_listModel = qobject_cast<models::ConversationListModel *>(model);
    if (m_listModel) {
        connect(m_listModel, &models::ConversationListModel::totalCountChanged, this,
                &ConversationListPane::setCount);
        connect(m_listModel, &QAbstractItemModel::modelReset, this,
                &ConversationListPane::updateEmptyText);
        m_sort = m_listModel->viewSort();
        for (QAction *action : m_sortGroup->actions())
            action->setChecked(action->data().toInt() == int(m_sort));
        setCount(m_listModel->totalCount());
    }
    updateEmptyText();
    updateHeader();
}

void ConversationListPane::setTitle(const QString &title)
{
    m_title->setText(title);
    updateHeader();
}

QString ConversationListPane::title() const
{
    return m_title->text();
}

void ConversationListPane::setCount(int count)
{
    m_count = count;
    updateHeader();
}

void ConversationListPane::setSort(models::ConversationSort sort)
{
    for (QAction *action : m_sortGroup->actions())
        action->setChecked(action->data().toInt() == int(sort));
    if (sort == m_sort)
        return;
    m_sort = sort;
    if (m_listModel)
        m_listModel->setView(m_listModel->filter(), sort);
    updateHeader();
    Q_EMIT sortChanged(sort);
}

void ConversationListPane::showSortMenu()
{
    m_sortButton->showMenu();
}

void ConversationListPane::updateHeader()
{
    m_countLabel->setVisible(m_count >= 0);
    m_countLabel->setText(QLocale().toString(m_count));
    m_sortButton->setText(sortName(m_sort) + QStringLiteral(" \u25BE"));
    m_sortButton->setAccessibleName(tr("Sort order: %1").arg(sortName(m_sort)));
    const QString title = m_title->text();
    m_title->setAccessibleName(
        m_count >= 0 ? tr("%1, %n conversation(s)", nullptr, m_count).arg(title) : title);
}

void ConversationListPane::updateEmptyText()
{
    const bool searching = m_listModel && !m_listModel->filter().text.trimmed().isEmpty();
    m_view->setEmptyText(searching ? tr("Nothing matches") : tr("No conversations in this view"));
}

} // namespace ui
