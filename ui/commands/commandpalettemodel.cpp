#include "commandpalettemodel.h"

#include "commandregistry.h"
#include "commandroles.h"
#include "fuzzymatcher.h"

#include <QAction>

#include <algorithm>

namespace ui {

namespace {

/// A keyword or category match ranks below a comparable title match.
constexpr int KeywordPenalty = 40;

struct Scored
{
    bool matched = false;
    int score = 0;
    QList<int> positions;
};

Scored scoreCommand(const QString &query, const CommandRegistry &registry, const QString &id)
{
    const QAction *action = registry.action(id);
    const CommandSpec spec = registry.spec(id);
    const FuzzyMatch title = FuzzyMatcher::match(query, action ? action->text() : spec.title);
    const FuzzyMatch extra
        = FuzzyMatcher::match(query, QString(spec.keywords + u' ' + spec.category));
    Scored result;
    if (title.matched && (!extra.matched || title.score >= extra.score - KeywordPenalty)) {
        result = {true, title.score, title.positions};
    } else if (extra.matched) {
        result = {true, extra.score - KeywordPenalty, {}};
    }
    return result;
}

} // namespace

CommandPaletteModel::CommandPaletteModel(CommandRegistry *registry, QObject *parent)
    : QAbstractListModel(parent)
    , m_registry(registry)
{
    connect(registry, &CommandRegistry::commandAdded, this, &CommandPaletteModel::rebuild);
    connect(registry, &CommandRegistry::shortcutsChanged, this, &CommandPaletteModel::refreshRow);
    connect(registry, &CommandRegistry::commandChanged, this, &CommandPaletteModel::refreshRow);
    rebuild();
}

void CommandPaletteModel::setQuery(const QString &query)
{
    m_query = query;
    rebuild();
}

void CommandPaletteModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    if (m_registry) {
        const QStringList ids = m_registry->ids();
        const QStringList recent = m_registry->recentIds();
        QHash<QString, int> order; // recently used first, then registration order
        for (const QString &id : recent)
            order.insert(id, int(order.size()));
        for (const QString &id : ids) {
            if (!order.contains(id))
                order.insert(id, int(order.size()));
        }
        for (const QString &id : ids) {
            const Scored s = scoreCommand(m_query, *m_registry, id);
            if (s.matched)
                m_rows.append({id, s.score, s.positions});
        }
        std::stable_sort(m_rows.begin(), m_rows.end(), [&order](const Row &a, const Row &b) {
            if (a.score != b.score)
                return a.score > b.score;
            return order.value(a.id) < order.value(b.id);
        });
    }
    endResetModel();
}

void CommandPaletteModel::refreshRow(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0 || !m_registry)
        return;
    // Keep the order while the user looks at the list; only the row's content changes.
    const Scored s = scoreCommand(m_query, *m_registry, id);
    m_rows[row].positions = s.positions;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
}

QString CommandPaletteModel::commandId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int CommandPaletteModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int CommandPaletteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CommandPaletteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_registry)
        return {};
    const Row &row = m_rows.at(index.row());
    const QAction *action = m_registry->action(row.id);
    if (!action)
        return {};
    const auto shortcut = [&] {
        return CommandRegistry::shortcutText(action->shortcuts());
    };
    switch (role) {
    case Qt::DisplayRole:
        return action->text();
    case Qt::ToolTipRole:
        return action->toolTip();
    case Qt::AccessibleTextRole: {
        QStringList parts{action->text(), m_registry->spec(row.id).category};
        if (!action->shortcuts().isEmpty())
            parts.append(shortcut());
        if (action->isCheckable())
            parts.append(action->isChecked() ? tr("on") : tr("off"));
        if (!action->isEnabled())
            parts.append(tr("unavailable"));
        return parts.join(tr(", ", "between parts of a spoken command"));
    }
    case Qt::CheckStateRole:
        if (!action->isCheckable())
            return {};
        return action->isChecked() ? Qt::Checked : Qt::Unchecked;
    case CommandIdRole:
        return row.id;
    case CategoryRole:
        return m_registry->spec(row.id).category;
    case ShortcutTextRole:
        return shortcut();
    case MatchPositionsRole:
        return QVariant::fromValue(row.positions);
    case ScoreRole:
        return row.score;
    case IsEnabledRole:
        return action->isEnabled();
    default:
        return {};
    }
}

Qt::ItemFlags CommandPaletteModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QAbstractListModel::flags(index);
    // Checkable so that assistive technology reads a toggle's state; the palette runs the
    // command (which toggles it) rather than letting the view flip the check box.
    const Qt::ItemFlags checkable
        = data(index, Qt::CheckStateRole).isValid() ? Qt::ItemIsUserCheckable : Qt::NoItemFlags;
    if (!data(index, IsEnabledRole).toBool())
        return Qt::ItemNeverHasChildren | checkable; // greyed, skipped by the keyboard, never run
    return QAbstractListModel::flags(index) | checkable;
}

QHash<int, QByteArray> CommandPaletteModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(CommandIdRole, "commandId");
    names.insert(CategoryRole, "category");
    names.insert(ShortcutTextRole, "shortcutText");
    names.insert(MatchPositionsRole, "matchPositions");
    names.insert(ScoreRole, "score");
    names.insert(IsEnabledRole, "isEnabled");
    return names;
}

} // namespace ui
