#pragma once

#include "focusreturn.h"

#include <QFrame>

class QLineEdit;
class QListView;

namespace ui {

class CommandPaletteModel;
class CommandRegistry;

/// Ctrl+K: a popup over the window with a search field and the matching commands (title with
/// matched letters bold, category, shortcut). Up/Down/PageUp/PageDown move, Enter runs the
/// command's QAction, Escape closes; disabled commands are listed but never run. Focus goes
/// back to where it was before running the command (so a command that moves focus wins).
/// Owned by its parent (the host window); does not own the registry. GUI thread.
class CommandPalette : public QFrame
{
    Q_OBJECT
public:
    CommandPalette(CommandRegistry *registry, QWidget *parent);

    /// Clears the query, positions the palette over the parent's window and shows it.
    void popup();

    QLineEdit *searchField() const { return m_search; }
    QListView *commandList() const { return m_list; }
    CommandPaletteModel *model() const { return m_model; }
    /// The id Enter would run now (empty if none).
    QString currentCommandId() const;

Q_SIGNALS:
    /// Emitted just before the command's action is triggered.
    void commandChosen(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateQuery(const QString &text);
    void selectFirstEnabled();
    void runRow(int row);
    void placeOverWindow();

    CommandRegistry *m_registry;
    CommandPaletteModel *m_model;
    QLineEdit *m_search;
    QListView *m_list;
    FocusReturn m_focusReturn;
};

} // namespace ui
