#include "commandregistry.h"

#include "textinputshortcutguard.h"

#include <QAction>
#include <QMap>
#include <QSettings>
#include <QWidget>

namespace ui {

namespace {

constexpr char SettingsGroup[] = "shortcuts";

/// Drops empty and unparsable sequences (a hand-edited settings file may hold anything).
QList<QKeySequence> validOnly(const QList<QKeySequence> &sequences)
{
    QList<QKeySequence> result;
    for (const QKeySequence &sequence : sequences) {
        if (sequence.isEmpty() || result.contains(sequence))
            continue;
        bool valid = true;
        for (int i = 0; i < sequence.count(); ++i)
            valid = valid && sequence[i].key() != Qt::Key_unknown;
        if (valid)
            result.append(sequence);
    }
    return result;
}

} // namespace

CommandRegistry::CommandRegistry(QWidget *host, QObject *parent)
    : QObject(parent)
    , m_host(host)
{
    new TextInputShortcutGuard(this);
}

CommandRegistry::~CommandRegistry() = default;

QAction *CommandRegistry::add(const CommandSpec &spec)
{
    Q_ASSERT(!spec.id.isEmpty());
    if (const auto it = m_index.constFind(spec.id); it != m_index.cend()) {
        Entry &existing = m_entries[size_t(*it)];
        const bool defaultsChanged = existing.spec.defaultShortcuts != spec.defaultShortcuts;
        existing.spec = spec;
        existing.action->setText(spec.title);
        existing.action->setToolTip(spec.description.isEmpty() ? spec.title : spec.description);
        existing.action->setStatusTip(spec.description);
        if (!existing.scoped)
            existing.action->setShortcutContext(spec.context);
        existing.action->setCheckable(spec.checkable);
        if (defaultsChanged)
            applyShortcuts(spec.id);
        Q_EMIT commandChanged(spec.id);
        return existing.action;
    }

    auto *action = new QAction(spec.title, this);
    action->setObjectName(spec.id);
    action->setToolTip(spec.description.isEmpty() ? spec.title : spec.description);
    action->setStatusTip(spec.description);
    action->setShortcutContext(spec.context);
    action->setCheckable(spec.checkable);
    m_index.insert(spec.id, int(m_entries.size()));
    m_entries.push_back({spec, action});
    action->setShortcuts(shortcuts(spec.id));
    if (m_host)
        m_host->addAction(action);

    const QString id = spec.id;
    connect(action, &QAction::triggered, this, [this, id] { recordTriggered(id); });
    connect(action, &QAction::enabledChanged, this, [this, id] { Q_EMIT commandChanged(id); });
    connect(action, &QAction::toggled, this, [this, id] { Q_EMIT commandChanged(id); });
    Q_EMIT commandAdded(id);
    return action;
}

const CommandRegistry::Entry *CommandRegistry::entry(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_entries[size_t(*it)];
}

QAction *CommandRegistry::action(const QString &id) const
{
    const Entry *e = entry(id);
    return e ? e->action : nullptr;
}

QStringList CommandRegistry::ids() const
{
    QStringList result;
    result.reserve(qsizetype(m_entries.size()));
    for (const Entry &e : m_entries)
        result.append(e.spec.id);
    return result;
}

CommandSpec CommandRegistry::spec(const QString &id) const
{
    const Entry *e = entry(id);
    return e ? e->spec : CommandSpec();
}

QList<QKeySequence> CommandRegistry::shortcuts(const QString &id) const
{
    if (const auto it = m_overrides.constFind(id); it != m_overrides.cend())
        return *it;
    const Entry *e = entry(id);
    return e ? e->spec.defaultShortcuts : QList<QKeySequence>();
}

void CommandRegistry::setShortcuts(const QString &id, const QList<QKeySequence> &shortcuts)
{
    const Entry *e = entry(id);
    if (!e)
        return;
    const QList<QKeySequence> valid = validOnly(shortcuts);
    if (valid == e->spec.defaultShortcuts)
        m_overrides.remove(id);
    else
        m_overrides.insert(id, valid);
    applyShortcuts(id);
}

void CommandRegistry::resetShortcuts(const QString &id)
{
    if (m_overrides.remove(id) > 0)
        applyShortcuts(id);
}

void CommandRegistry::resetAllShortcuts()
{
    const QStringList remapped = m_overrides.keys();
    m_overrides.clear();
    for (const QString &id : remapped)
        applyShortcuts(id);
}

void CommandRegistry::applyShortcuts(const QString &id)
{
    const Entry *e = entry(id);
    if (!e)
        return;
    const QList<QKeySequence> effective = shortcuts(id);
    if (e->action->shortcuts() == effective)
        return;
    e->action->setShortcuts(effective);
    Q_EMIT shortcutsChanged(id);
}

QStringList CommandRegistry::commandsUsing(const QKeySequence &sequence) const
{
    QStringList result;
    for (const Entry &e : m_entries) {
        if (shortcuts(e.spec.id).contains(sequence))
            result.append(e.spec.id);
    }
    return result;
}

QList<ShortcutConflict> CommandRegistry::conflicts() const
{
    // QMap over the portable text gives a stable order across runs.
    QMap<QString, ShortcutConflict> bySequence;
    for (const Entry &e : m_entries) {
        for (const QKeySequence &sequence : shortcuts(e.spec.id)) {
            ShortcutConflict &c = bySequence[sequence.toString(QKeySequence::PortableText)];
            c.sequence = sequence;
            c.ids.append(e.spec.id);
        }
    }
    QList<ShortcutConflict> result;
    for (const ShortcutConflict &c : std::as_const(bySequence)) {
        if (c.ids.size() > 1)
            result.append(c);
    }
    return result;
}

void CommandRegistry::setEnabled(const QString &id, bool enabled)
{
    if (QAction *a = action(id))
        a->setEnabled(enabled);
}

bool CommandRegistry::isEnabled(const QString &id) const
{
    const QAction *a = action(id);
    return a && a->isEnabled();
}

void CommandRegistry::scopeTo(const QString &id, QWidget *widget, Qt::ShortcutContext context)
{
    const auto it = m_index.constFind(id);
    if (it == m_index.cend() || !widget)
        return;
    Entry &e = m_entries[size_t(*it)];
    e.scoped = true;
    QAction *a = e.action;
    if (m_host)
        m_host->removeAction(a);
    a->setShortcutContext(context);
    widget->addAction(a);
}

void CommandRegistry::recordTriggered(const QString &id)
{
    m_recent.removeAll(id);
    m_recent.prepend(id);
    while (m_recent.size() > MaxRecent)
        m_recent.removeLast();
    Q_EMIT commandTriggered(id);
}

void CommandRegistry::load(QSettings &settings)
{
    QHash<QString, QList<QKeySequence>> loaded;
    settings.beginGroup(QLatin1String(SettingsGroup));
    const QStringList keys = settings.childKeys();
    for (const QString &key : keys) {
        const QString text = settings.value(key).toString();
        loaded.insert(key,
                      validOnly(QKeySequence::listFromString(text, QKeySequence::PortableText)));
    }
    settings.endGroup();

    QStringList touched = m_overrides.keys() + loaded.keys();
    touched.removeDuplicates();
    m_overrides = loaded;
    for (const QString &id : std::as_const(touched))
        applyShortcuts(id);
}

void CommandRegistry::save(QSettings &settings) const
{
    settings.beginGroup(QLatin1String(SettingsGroup));
    settings.remove(QString()); // the group holds the remaps only: forget reset ones
    for (auto it = m_overrides.cbegin(); it != m_overrides.cend(); ++it)
        settings.setValue(it.key(), QKeySequence::listToString(*it, QKeySequence::PortableText));
    settings.endGroup();
}

QString CommandRegistry::shortcutText(const QList<QKeySequence> &shortcuts)
{
    QStringList parts;
    for (const QKeySequence &sequence : shortcuts)
        parts.append(sequence.toString(QKeySequence::NativeText));
    return parts.join(tr(", ", "between two shortcuts of one command"));
}

} // namespace ui
