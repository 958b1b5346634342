#include "contactpanel.h"

#include "contactconversationdelegate.h"
#include "contactdetailsview.h"

#include "models/contact/contactconversationsmodel.h"
#include "models/contact/contactdetailsmodel.h"
#include "models/conversationroles.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {

namespace {

/// The list shows this many rows before it scrolls (and pages in more from the server).
constexpr int visibleRows = 8;

QLabel *heading(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

bool needsRetry(models::ContactFetchStatus status)
{
    return status == models::ContactFetchStatus::Offline
           || status == models::ContactFetchStatus::Error;
}

} // namespace

ContactPanel::ContactPanel(models::ContactDetailsModel *details,
                           models::ContactConversationsModel *conversations, QWidget *parent)
    : QWidget(parent)
    , m_details(details)
    , m_conversations(conversations)
{
    setObjectName(QStringLiteral("contactPanel"));
    setAccessibleName(tr("Contact"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *bar = new QHBoxLayout;
    m_title = heading(tr("Contact"), QStringLiteral("contactPanelTitle"), this);
    m_collapse = new QToolButton(this);
    m_collapse->setObjectName(QStringLiteral("contactPanelCollapse"));
    m_collapse->setAutoRaise(true);
    connect(m_collapse, &QToolButton::clicked, this, &ContactPanel::toggleCollapsed);
    bar->addWidget(m_collapse, 0, Qt::AlignTop);
    bar->addWidget(m_title, 1);
    layout->addLayout(bar);

    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(m_stack);
    m_empty->setObjectName(QStringLiteral("contactPanelEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false); // the palette's disabled text: a quiet hint
    m_stack->addWidget(m_empty);
    m_scroll = new QScrollArea(m_stack);
    m_scroll->setAccessibleName(tr("Contact details"));
    m_scroll->setObjectName(QStringLiteral("contactPanelScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(createContent());
    m_stack->addWidget(m_scroll);
    layout->addWidget(m_stack, 1);

    connect(m_conversations, &models::ContactConversationsModel::contactIdChanged, m_details,
            &models::ContactDetailsModel::setContactId);
    connect(m_conversations, &models::ContactConversationsModel::contactIdChanged, this,
            &ContactPanel::updatePage);
    connect(m_details, &models::ContactDetailsModel::contactChanged, this,
            &ContactPanel::updatePage);
    connect(m_details, &models::ContactDetailsModel::statusChanged, this,
            &ContactPanel::updateState);
    connect(m_conversations, &models::ContactConversationsModel::statusChanged, this,
            &ContactPanel::updateState);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_conversations, signal, this, &ContactPanel::updateOthers);
    }
    connect(m_conversations, &QAbstractItemModel::modelReset, this, &ContactPanel::updateOthers);

    setTabOrder(m_collapse, m_view->firstFocusable());
    setTabOrder(m_view->firstFocusable(), m_view->lastFocusable());
    setTabOrder(m_view->lastFocusable(), m_retry);
    setTabOrder(m_retry, m_list);

    updateCollapseButton();
    updatePage();
    updateState();
    updateOthers();
}

QWidget *ContactPanel::createContent()
{
    auto *content = new QWidget(m_scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);

    m_view = new ContactDetailsView(m_details, content);
    layout->addWidget(m_view);

    auto *stateRow = new QHBoxLayout;
    m_state = new QLabel(content);
    m_state->setObjectName(QStringLiteral("contactPanelState"));
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    m_retry = new QPushButton(tr("Retry"), content);
    m_retry->setObjectName(QStringLiteral("contactPanelRetry"));
    m_retry->setAccessibleName(tr("Retry loading the contact"));
    connect(m_retry, &QPushButton::clicked, this, &ContactPanel::retry);
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_retry, 0, Qt::AlignTop);
    layout->addLayout(stateRow);

    m_othersTitle
        = heading(tr("Other conversations"), QStringLiteral("contactOthersTitle"), content);
    layout->addWidget(m_othersTitle);
    m_list = new QListView(content);
    m_list->setObjectName(QStringLiteral("contactConversations"));
    m_list->setAccessibleName(tr("Other conversations of this contact"));
    m_list->setModel(m_conversations);
    m_delegate = new ContactConversationDelegate(m_list);
    m_list->setItemDelegate(m_delegate);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
    m_list->installEventFilter(this);
    connect(m_list, &QListView::clicked, this, &ContactPanel::requestRow);
    layout->addWidget(m_list);
    m_noOthers = new QLabel(content);
    m_noOthers->setObjectName(QStringLiteral("contactNoOthers"));
    m_noOthers->setEnabled(false);
    layout->addWidget(m_noOthers);
    layout->addStretch(1);
    return content;
}

void ContactPanel::setClock(std::function<QDateTime()> clock)
{
    m_view->setClock(clock);
    m_delegate->setClock(std::move(clock));
    m_list->viewport()->update();
}

void ContactPanel::setConversation(const QString &conversationId)
{
    m_conversationId = conversationId;
    m_conversations->setOpenConversation(conversationId);
    m_details->setContactId(m_conversations->contactId());
    updatePage();
    updateState();
}

void ContactPanel::setCollapsed(bool collapsed)
{
    if (collapsed == m_collapsed)
        return;
    m_collapsed = collapsed;
    m_title->setVisible(!collapsed);
    m_stack->setVisible(!collapsed);
    // Collapsed, the panel is a strip as wide as its button, so the thread gets the room.
    setMaximumWidth(collapsed ? m_collapse->sizeHint().width() + 12 : QWIDGETSIZE_MAX);
    updateCollapseButton();
    Q_EMIT collapsedChanged(m_collapsed);
}

void ContactPanel::toggleCollapsed()
{
    setCollapsed(!m_collapsed);
}

void ContactPanel::retry()
{
    m_details->refresh();
    m_conversations->refresh();
}

bool ContactPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_list->currentIndex().isValid()) {
            requestRow(m_list->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ContactPanel::requestRow(const QModelIndex &index)
{
    const QString id = index.data(models::ConversationIdRole).toString();
    if (!id.isEmpty())
        Q_EMIT conversationRequested(id);
}

void ContactPanel::updatePage()
{
    if (m_conversationId.isEmpty()) {
        m_empty->setText(tr("Open a conversation to see who it is with."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    if (m_conversations->contactId().isEmpty()) {
        m_empty->setText(tr("This conversation has no contact yet."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_stack->setCurrentWidget(m_scroll);
    m_view->setVisible(m_details->hasContact());
}

void ContactPanel::updateState()
{
    using Status = models::ContactFetchStatus;
    QString text = m_details->statusText();
    bool retry = needsRetry(m_details->status());
    // The contact is current but its conversations could not be searched: say so too.
    if (!retry && m_details->status() != Status::Loading && needsRetry(m_conversations->status())) {
        text = models::ContactFetchText::text(m_conversations->status(), true,
                                              m_conversations->lastError());
        retry = true;
    }
    m_state->setText(text);
    m_state->setVisible(!text.isEmpty());
    m_retry->setVisible(retry);
    updateOthers();
}

void ContactPanel::updateOthers()
{
    const int rows = m_conversations->rowCount();
    const bool any = rows > 0;
    m_list->setVisible(any);
    if (any) {
        const int rowHeight = m_list->sizeHintForRow(0);
        const int frame = 2 * m_list->frameWidth();
        m_list->setFixedHeight(std::min(rows, visibleRows) * rowHeight + frame);
    }
    const bool loading = m_conversations->isLoading();
    m_noOthers->setText(loading ? tr("Looking for other conversations…")
                                : tr("No other conversations."));
    m_noOthers->setVisible(!any && !m_conversations->contactId().isEmpty());
}

void ContactPanel::updateCollapseButton()
{
    const QString text = m_collapsed ? tr("Expand contact panel") : tr("Collapse contact panel");
    m_collapse->setIcon(
        style()->standardIcon(m_collapsed ? QStyle::SP_ArrowLeft : QStyle::SP_ArrowRight));
    m_collapse->setText(m_collapsed ? QStringLiteral("«") : QStringLiteral("»"));
    m_collapse->setToolTip(text);
    m_collapse->setAccessibleName(text);
}

} // namespace ui
