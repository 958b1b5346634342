#include "cheatsheet.h"

#include "commandregistry.h"
#include "fuzzymatcher.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int SearchTextRole = Qt::UserRole + 2;
} // namespace

CheatSheet::CheatSheet(CommandRegistry *registry, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("cheatSheet"));
    setWindowTitle(tr("Keyboard shortcuts"));
    setAccessibleName(tr("Keyboard shortcuts"));
    resize(520, 600);

    m_search->setObjectName(QStringLiteral("cheatSheetSearch"));
    m_search->setAccessibleName(tr("Search shortcuts"));
    m_search->setPlaceholderText(tr("Search commands or keys…"));
    m_search->setClearButtonEnabled(true);

    m_tree->setObjectName(QStringLiteral("cheatSheetTree"));
    m_tree->setAccessibleName(tr("Commands and their shortcuts"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Command"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close keyboard shortcuts"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &CheatSheet::applyFilter);
    connect(registry, &CommandRegistry::commandAdded, this, &CheatSheet::invalidate);
    connect(registry, &CommandRegistry::commandChanged, this, &CheatSheet::invalidate);
    connect(registry, &CommandRegistry::shortcutsChanged, this, &CheatSheet::invalidate);
}

void CheatSheet::invalidate()
{
    // Commands change all the time (enabled states follow every selection): rebuilding a hidden
    // sheet each time would cost more than everything else a J or K does.
    m_stale = true;
    if (isVisible())
        rebuild();
}

void CheatSheet::showSheet()
{
    m_focusReturn.remember(this);
    m_search->clear();
    if (m_stale)
        rebuild();
    show();
    raise();
    activateWindow();
    m_search->setFocus(Qt::PopupFocusReason);
}

void CheatSheet::rebuild()
{
    m_stale = false;
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> groups; // categories in order of first appearance
    const QStringList ids = m_registry->ids();
    for (const QString &id : ids) {
        const CommandSpec spec = m_registry->spec(id);
        QTreeWidgetItem *&group = groups[spec.category];
        if (!group) {
            group = new QTreeWidgetItem(m_tree, {spec.category});
            QFont font = group->font(0);
            font.setBold(true);
            group->setFont(0, font);
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
        }
        const QString shortcuts = CommandRegistry::shortcutText(m_registry->shortcuts(id));
        auto *item = new QTreeWidgetItem(group, {m_registry->action(id)->text(), shortcuts});
        item->setData(0, IdRole, id);
        item->setData(0, SearchTextRole, QString(spec.keywords + u' ' + spec.category));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, Qt::AccessibleTextRole,
                      shortcuts.isEmpty()
                          ? item->text(0)
                          : tr("%1: %2", "command: shortcut").arg(item->text(0), shortcuts));
        item->setFlags(Qt::ItemIsEnabled);
    }
    m_tree->expandAll();
    applyFilter();
}

void CheatSheet::applyFilter()
{
    const QString query = m_search->text().trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        bool anyVisible = false;
        for (int c = 0; c < group->childCount(); ++c) {
            QTreeWidgetItem *item = group->child(c);
            const bool visible
                = query.isEmpty() || FuzzyMatcher::match(query, item->text(0)).matched
                  || FuzzyMatcher::match(query, item->data(0, SearchTextRole).toString()).matched
                  || item->text(1).contains(query, Qt::CaseInsensitive);
            item->setHidden(!visible);
            anyVisible = anyVisible || visible;
        }
        group->setHidden(!anyVisible);
    }
}

QStringList CheatSheet::visibleCommandIds() const
{
    QStringList result;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int c = 0; c < group->childCount(); ++c) {
            if (!group->isHidden() && !group->child(c)->isHidden())
                result.append(group->child(c)->data(0, IdRole).toString());
        }
    }
    return result;
}

void CheatSheet::hideEvent(QHideEvent *event)
{
    QDialog::hideEvent(event);
    m_focusReturn.restore();
}

} // namespace ui
