#pragma once

#include "focusreturn.h"

#include <QDialog>

class QLineEdit;
class QTreeWidget;

namespace ui {

class CommandRegistry;

/// "?": every command with its effective shortcuts, grouped by category, with a search field
/// (matches titles, keywords, categories and shortcut text). Follows remaps while open.
/// Modeless; Escape closes it and focus returns to where it was. Owned by its parent; does not
/// own the registry. GUI thread.
class CheatSheet : public QDialog
{
    Q_OBJECT
public:
    CheatSheet(CommandRegistry *registry, QWidget *parent);

    /// Clears the search, shows and raises the sheet, remembering the focus to give back.
    void showSheet();

    QLineEdit *searchField() const { return m_search; }
    QTreeWidget *tree() const { return m_tree; }
    /// Ids of the commands shown now (for tests and accessibility checks), in display order.
    QStringList visibleCommandIds() const;

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void invalidate();
    void rebuild();
    void applyFilter();

    CommandRegistry *m_registry;
    QLineEdit *m_search;
    QTreeWidget *m_tree;
    FocusReturn m_focusReturn;
    bool m_stale = true; ///< the registry changed since the tree was built
};

} // namespace ui
