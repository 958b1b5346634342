#include "commandpalette.h"

#include "commanddelegate.h"
#include "commandpalettemodel.h"
#include "commandregistry.h"
#include "commandroles.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace ui {

namespace {
constexpr int VisibleRows = 10;
}

CommandPalette::CommandPalette(CommandRegistry *registry, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_registry(registry)
    , m_model(new CommandPaletteModel(registry, this))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
{
    setObjectName(QStringLiteral("commandPalette"));
    setAccessibleName(tr("Command palette"));
    setFrameShape(QFrame::StyledPanel);

    m_search->setObjectName(QStringLiteral("commandPaletteSearch"));
    m_search->setAccessibleName(tr("Search commands"));
    m_search->setPlaceholderText(tr("Type a command…"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_list->setObjectName(QStringLiteral("commandPaletteList"));
    m_list->setAccessibleName(tr("Commands"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new CommandDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus); // typing always goes to the search field
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_list);

    connect(m_search, &QLineEdit::textChanged, this, &CommandPalette::updateQuery);
    connect(m_list, &QListView::clicked, this,
            [this](const QModelIndex &index) { runRow(index.row()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CommandPalette::selectFirstEnabled);
}

void CommandPalette::popup()
{
    m_focusReturn.remember(this);
    m_search->clear();
    updateQuery(QString()); // recents may have changed since the last time
    placeOverWindow();
    show();
    raise();
    activateWindow();
    m_search->setFocus(Qt::PopupFocusReason);
}

void CommandPalette::placeOverWindow()
{
    const QWidget *window = parentWidget() ? parentWidget()->window() : nullptr;
    const int rowHeight = std::max(m_list->sizeHintForRow(0), fontMetrics().height() + 10);
    const int height = m_search->sizeHint().height() + rowHeight * VisibleRows + 24;
    if (!window) {
        resize(560, height);
        return;
    }
    const int width = std::clamp(window->width() * 3 / 5, 360, 720);
    const QPoint topLeft = window->mapToGlobal(QPoint(0, 0));
    move(topLeft.x() + (window->width() - width) / 2, topLeft.y() + window->height() / 8);
    resize(width, std::min(height, window->height() * 3 / 4));
}

QString CommandPalette::currentCommandId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? m_model->commandId(current.row()) : QString();
}

void CommandPalette::updateQuery(const QString &text)
{
    m_model->setQuery(text); // resets the model; selectFirstEnabled() follows
}

void CommandPalette::selectFirstEnabled()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row);
        if (index.flags() & Qt::ItemIsEnabled) {
            m_list->setCurrentIndex(index);
            m_list->scrollTo(index);
            return;
        }
    }
    m_list->setCurrentIndex(QModelIndex());
}

void CommandPalette::runRow(int row)
{
    const QString id = m_model->commandId(row);
    QAction *action = m_registry->action(id);
    if (!action || !action->isEnabled())
        return;
    hide(); // gives focus back first, so a command that moves focus (Reply) has the last word
    Q_EMIT commandChosen(id);
    action->trigger();
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_search || event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        // The list knows how to skip disabled rows and page by its own height.
        QCoreApplication::sendEvent(m_list, event);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_list->currentIndex().isValid())
            runRow(m_list->currentIndex().row());
        return true;
    case Qt::Key_Escape:
        hide();
        return true;
    default:
        return QFrame::eventFilter(watched, event);
    }
}

void CommandPalette::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        return;
    }
    QFrame::keyPressEvent(event);
}

void CommandPalette::hideEvent(QHideEvent *event)
{
    QFrame::hideEvent(event);
    m_focusReturn.restore();
}

} // namespace ui
