#include "pickerpopup.h"

#include "pickerfiltermodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QConcatenateTablesProxyModel>
#include <QCursor>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QMouseEvent>
#include <QScreen>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace ui {

namespace {

constexpr int pageStep = 8;

} // namespace

PickerPopup::PickerPopup(const QString &objectName, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_filter(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_sections(new QConcatenateTablesProxyModel(this))
    , m_proxy(new PickerFilterModel(this))
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    m_filter->setObjectName(objectName + QLatin1String("Filter"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(objectName + QLatin1String("List"));
    // The keyboard stays in the filter line, which drives the list (like a combo box popup).
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_proxy->setSourceModel(m_sections);
    m_list->setModel(m_proxy);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    setFocusProxy(m_filter);
    resize(300, 340);

    connect(m_filter, &QLineEdit::textChanged, this, &PickerPopup::applyFilter);
    // Rows may come and go under the agent (the sync refreshes the lists): stay on a row.
    const auto keepCurrent = [this] {
        if (!m_proxy->isSelectable(currentRow()))
            selectFirst();
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, keepCurrent);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, keepCurrent);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, keepCurrent);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, keepCurrent);
    m_filter->installEventFilter(this);
    m_list->viewport()->installEventFilter(this);
}

void PickerPopup::appendSection(QAbstractItemModel *model)
{
    m_sections->addSourceModel(model);
}

QStandardItemModel *PickerPopup::makeHeader(const QString &title)
{
    auto *model = new QStandardItemModel(this);
    auto *item = new QStandardItem(title);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemNeverHasChildren);
    item->setData(int(PickerKind::Header), PickerKindRole);
    QFont bold = font();
    bold.setBold(true);
    item->setFont(bold);
    model->appendRow(item);
    return model;
}

void PickerPopup::popup(QWidget *anchor)
{
    QPoint pos = QCursor::pos();
    if (anchor) {
        // Under the row the agent acts on (a list's current row), else under the anchor; above
        // it when the window has no room below; always inside the anchor's window.
        QRect target(anchor->mapToGlobal(QPoint(0, 0)), anchor->size());
        if (const auto *view = qobject_cast<const QAbstractItemView *>(anchor)) {
            const QRect row = view->visualRect(view->currentIndex());
            if (row.isValid() && view->viewport()->rect().intersects(row))
                target = QRect(view->viewport()->mapToGlobal(row.topLeft()), row.size());
        }
        const QWidget *window = anchor->window();
        const QRect bounds(window->mapToGlobal(QPoint(0, 0)), window->size());
        const int x = target.left() + qMin(24, target.width() / 8);
        int y = target.bottom() + 1;
        if (y + height() > bounds.bottom() && target.top() - height() >= bounds.top())
            y = target.top() - height();
        pos = QPoint(qBound(bounds.left(), x, qMax(bounds.left(), bounds.right() - width())),
                     qBound(bounds.top(), y, qMax(bounds.top(), bounds.bottom() - height())));
    }
    popupAt(pos);
    if (!m_returnFocus)
        m_returnFocus = anchor;
}

void PickerPopup::popupAt(const QPoint &globalPos)
{
    QWidget *focus = QApplication::focusWidget();
    m_returnFocus = focus && focus != this && !isAncestorOf(focus) ? focus : nullptr;
    m_filter->clear();
    applyFilter(QString());
    QPoint pos = globalPos;
    if (const QScreen *screen = QGuiApplication::screenAt(globalPos)) {
        const QRect area = screen->availableGeometry();
        pos.setX(qBound(area.left(), pos.x(), qMax(area.left(), area.right() - width())));
        pos.setY(qBound(area.top(), pos.y(), qMax(area.top(), area.bottom() - height())));
    }
    move(pos);
    show();
    m_filter->setFocus(Qt::PopupFocusReason);
}

int PickerPopup::currentRow() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void PickerPopup::setCurrentRow(int row)
{
    const QModelIndex index = m_proxy->index(row, 0);
    m_list->setCurrentIndex(index);
    if (index.isValid())
        m_list->scrollTo(index);
}

void PickerPopup::chooseCurrent()
{
    const int row = currentRow();
    if (m_proxy->isSelectable(row))
        choose(m_proxy->index(row, 0));
}

void PickerPopup::applyFilter(const QString &text)
{
    filterTextChanging(text);
    m_proxy->setFilterText(text);
    selectFirst();
}

void PickerPopup::selectFirst()
{
    // Type-ahead lands on a row whose name starts with the text, else on the first match.
    const QString needle = PickerFilterModel::fold(m_proxy->filterText().simplified());
    int first = -1;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (!m_proxy->isSelectable(row))
            continue;
        if (first < 0)
            first = row;
        const QModelIndex index = m_proxy->index(row, 0);
        if (PickerKind(index.data(PickerKindRole).toInt()) == PickerKind::CreateTag)
            continue; // offered, never preferred over an existing match
        const QString name = index.data(models::ReferenceNameRole).toString();
        if (!needle.isEmpty() && PickerFilterModel::fold(name).startsWith(needle)) {
            first = row;
            break;
        }
    }
    setCurrentRow(first);
}

bool PickerPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        int steps = 0;
        switch (key->key()) {
        case Qt::Key_Down:
            steps = 1;
            break;
        case Qt::Key_Up:
            steps = -1;
            break;
        case Qt::Key_PageDown:
            steps = pageStep;
            break;
        case Qt::Key_PageUp:
            steps = -pageStep;
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            chooseCurrent();
            return true;
        case Qt::Key_Escape:
            closeAndReturnFocus();
            return true;
        default:
            return QFrame::eventFilter(watched, event);
        }
        int row = currentRow() < 0 ? m_proxy->firstSelectableRow() : currentRow();
        if (currentRow() >= 0) {
            for (int i = 0; i < qAbs(steps); ++i)
                row = m_proxy->nextSelectableRow(row, steps > 0 ? 1 : -1);
        }
        setCurrentRow(row);
        return true;
    }
    if (watched == m_list->viewport() && event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QModelIndex index = m_list->indexAt(mouse->position().toPoint());
        if (mouse->button() == Qt::LeftButton && m_proxy->isSelectable(index.row())) {
            setCurrentRow(index.row());
            choose(index);
        }
        // Consumed: a click chooses through choose() only, never by editing a check box.
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

void PickerPopup::closeAndReturnFocus()
{
    const QPointer<QWidget> target = m_returnFocus;
    hide();
    // Only here, not on every hide: a click into another application also closes a popup,
    // and must not pull the window back to the front.
    if (target && QApplication::activeWindow() != target->window())
        target->window()->activateWindow();
    if (target)
        target->setFocus(Qt::PopupFocusReason);
}

void PickerPopup::hideEvent(QHideEvent *event)
{
    QFrame::hideEvent(event);
    if (m_returnFocus) {
        m_returnFocus->setFocus(Qt::PopupFocusReason);
        m_returnFocus.clear();
    }
}

} // namespace ui
