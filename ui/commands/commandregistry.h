#pragma once

#include "commandspec.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <vector>

class QAction;
class QSettings;

namespace ui {

/// Two or more commands bound to one key sequence: Qt would call the shortcut ambiguous and
/// fire neither, so a settings page shows these to the user.
struct ShortcutConflict
{
    QKeySequence sequence;
    QStringList ids; ///< In registration order.
};

/// The one place that knows every named command and its shortcuts. For each command it owns a
/// QAction (objectName = id, text = title) added to the host widget, so shortcuts work
/// throughout the host's window; the lead connects QAction::triggered to real slots and enables
/// or disables actions as the selection changes. Shortcuts can be remapped; only the remapped
/// ones are saved (settings group "shortcuts", one key per id, an empty value meaning "none").
///
/// Creating a registry also installs a TextInputShortcutGuard on the application, so unmodified
/// single-key shortcuts (J, K, R…) never steal keys from a focused text field.
/// GUI thread only.
class CommandRegistry : public QObject
{
    Q_OBJECT
public:
    /// \a host receives every action (usually the main window); the registry does not own it.
    explicit CommandRegistry(QWidget *host, QObject *parent = nullptr);
    ~CommandRegistry() override;

    QWidget *host() const { return m_host; }

    /// Registers a command, or updates title, category, keywords and defaults of a known one
    /// (how retranslation works: register the catalog again). Remapped shortcuts survive.
    QAction *add(const CommandSpec &spec);
    QAction *action(const QString &id) const;
    bool contains(const QString &id) const { return m_index.contains(id); }
    /// In registration order.
    QStringList ids() const;
    /// The registered spec (defaults, not the effective shortcuts); empty spec for unknown ids.
    CommandSpec spec(const QString &id) const;

    /// The shortcuts in effect: the remapped ones if any, otherwise the defaults.
    QList<QKeySequence> shortcuts(const QString &id) const;
    bool isRemapped(const QString &id) const { return m_overrides.contains(id); }
    /// Remaps; an empty list removes every shortcut of the command. Setting the defaults
    /// again is the same as resetShortcuts().
    void setShortcuts(const QString &id, const QList<QKeySequence> &shortcuts);
    void resetShortcuts(const QString &id);
    void resetAllShortcuts();

    /// The commands whose effective shortcuts include \a sequence.
    QStringList commandsUsing(const QKeySequence &sequence) const;
    /// Every key sequence used by more than one command, in a stable order.
    QList<ShortcutConflict> conflicts() const;

    void setEnabled(const QString &id, bool enabled);
    bool isEnabled(const QString &id) const;
    /// Binds the command's shortcut to \a widget instead of the whole window, e.g. "Open
    /// conversation" (Return) only while the list has focus. The action leaves the host.
    void scopeTo(const QString &id, QWidget *widget,
                 Qt::ShortcutContext context = Qt::WidgetWithChildrenShortcut);

    /// Most recently triggered first, at most MaxRecent ids; the palette lists these first.
    QStringList recentIds() const { return m_recent; }
    static constexpr int MaxRecent = 8;

    /// Replaces the remapped shortcuts with those stored in \a settings (group "shortcuts").
    /// Tolerant: unknown ids are kept for commands registered later; unparsable keys dropped.
    void load(QSettings &settings);
    void save(QSettings &settings) const;

    /// Human-readable text for a list of shortcuts in the platform's notation, e.g. "Ctrl+K".
    static QString shortcutText(const QList<QKeySequence> &shortcuts);

Q_SIGNALS:
    void commandAdded(const QString &id);
    /// The effective shortcuts of \a id changed (remap, reset, load).
    void shortcutsChanged(const QString &id);
    /// Title, category, enabled or checked state changed.
    void commandChanged(const QString &id);
    void commandTriggered(const QString &id);

private:
    struct Entry
    {
        CommandSpec spec;
        QAction *action = nullptr;
        bool scoped = false; ///< scopeTo() chose the context; re-registering keeps it
    };

    const Entry *entry(const QString &id) const;
    void applyShortcuts(const QString &id);
    void recordTriggered(const QString &id);

    QPointer<QWidget> m_host;
    std::vector<Entry> m_entries;
    QHash<QString, int> m_index;
    QHash<QString, QList<QKeySequence>> m_overrides;
    QStringList m_recent;
};

} // namespace ui
