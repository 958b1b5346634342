#pragma once

#include "pickerroles.h"

#include <QFrame>
#include <QPointer>

class QAbstractItemModel;
class QConcatenateTablesProxyModel;
class QLineEdit;
class QListView;
class QStandardItemModel;

namespace ui {

class PickerFilterModel;

/// The common shape of the pickers: a popup with a filter line and a list under it. The
/// keyboard stays in the filter line: typing filters (type-ahead), Up/Down (and Page Up/Down)
/// move between the rows that can be chosen, skipping section headers, Enter chooses,
/// Escape closes. When it closes, focus returns to the widget that had it before popup().
/// The rows come from sections (models) appended in order; a click chooses too.
/// GUI thread; owns its sections' helper models, not the reference models under them.
class PickerPopup : public QFrame
{
    Q_OBJECT
public:
    QLineEdit *filterEdit() const { return m_filter; }
    QListView *listView() const { return m_list; }
    PickerFilterModel *filterModel() const { return m_proxy; }

    /// Shows the picker under \a anchor (or at the cursor when null), with an empty filter
    /// and the keyboard in it.
    void popup(QWidget *anchor = nullptr);
    /// Shows the picker with its top left corner at \a globalPos.
    void popupAt(const QPoint &globalPos);

    /// The row the keyboard is on (a filterModel() row), -1 when none.
    int currentRow() const;
    void setCurrentRow(int row);
    /// What Enter does: chooses the current row.
    void chooseCurrent();

protected:
    /// \a objectName names the widget (and prefixes its children's names) for tests.
    PickerPopup(const QString &objectName, QWidget *parent);

    /// Adds a section: a model whose rows answer PickerKindRole.
    void appendSection(QAbstractItemModel *model);
    /// A one-row, not selectable header model, e.g. "Teams".
    QStandardItemModel *makeHeader(const QString &title);

    /// Closes the picker from the keyboard (Escape, a choice) and gives focus back, also
    /// activating its window again if the popup had taken the activation.
    void closeAndReturnFocus();
    /// Called when the agent chooses \a index (a filterModel() index).
    virtual void choose(const QModelIndex &index) = 0;
    /// Called before the filter applies \a text.
    virtual void filterTextChanging(const QString &text) { Q_UNUSED(text) }

    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void applyFilter(const QString &text);
    void selectFirst();

    QLineEdit *m_filter;
    QListView *m_list;
    QConcatenateTablesProxyModel *m_sections;
    PickerFilterModel *m_proxy;
    QPointer<QWidget> m_returnFocus;
};

} // namespace ui
