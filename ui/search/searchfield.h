#pragma once

#include "models/search/parsedsearch.h"

#include <QLineEdit>
#include <QPointer>
#include <QTimer>

#include <functional>

class QAbstractItemModel;
class QCompleter;
class QStringListModel;

namespace models {
class SavedSearchesModel;
}

namespace ui {

/// The search field above the conversation list: free text and filters in the syntax of
/// models::SearchParser (its help is the tooltip). Emits queryChanged() when typing pauses
/// (150 ms) and queryCommitted() on Enter; underlines the tokens setErrors() reports (wavy,
/// in the palette's text colour) and lists their messages in the tooltip and the accessible
/// description. Completes the values of assignee:, team:, tag:, is: and priority: from the
/// reference models given. Escape clears the field and asks for the focus to go back to the
/// list (returnFocusRequested(), also on Down); "Save search…" (the star) asks for a name and
/// adds the search to the SavedSearchesModel, and emits saveRequested(). No global shortcut:
/// the window binds "/" to focusSearch(). GUI thread; the models must outlive the field.
class SearchField : public QLineEdit
{
    Q_OBJECT
public:
    /// Asks for a saved search's name; returns an empty string when the agent cancels.
    using NamePrompt = std::function<QString(QWidget *parent, const QString &query)>;

    explicit SearchField(QWidget *parent = nullptr);

    /// Rows' Qt::DisplayRole values are offered after assignee:, team: and tag:.
    void setCompletionModels(QAbstractItemModel *teammates, QAbstractItemModel *teams,
                             QAbstractItemModel *tags);
    void setSavedSearches(models::SavedSearchesModel *savedSearches);
    void setDebounce(int milliseconds) { m_debounce.setInterval(milliseconds); }
    /// Replaces the name dialog (QInputDialog), e.g. in tests.
    void setNamePrompt(NamePrompt prompt) { m_namePrompt = std::move(prompt); }

    const QList<models::SearchError> &errors() const { return m_errors; }
    QAction *saveAction() const { return m_saveAction; }
    QCompleter *valueCompleter() const { return m_completer; }
    /// The values offered for the token under the cursor (empty when none applies).
    QStringList completionValues() const;

public Q_SLOTS:
    void focusSearch();
    void setErrors(const QList<models::SearchError> &errors);
    void saveSearch();

Q_SIGNALS:
    void queryChanged(const QString &text);
    void queryCommitted(const QString &text);
    void saveRequested(const QString &text);
    void returnFocusRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void handleEdit();
    void updateCompletion();
    void insertCompletion(const QString &value);
    void applyErrorFormats();
    void updateSaveAction();
    void updateIcons();
    QStringList valuesFor(const QString &key, bool negated) const;

    QTimer m_debounce;
    QList<models::SearchError> m_errors;
    QAction *m_searchAction = nullptr;
    QAction *m_saveAction = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_completionModel = nullptr;
    QPointer<QAbstractItemModel> m_teammates;
    QPointer<QAbstractItemModel> m_teams;
    QPointer<QAbstractItemModel> m_tags;
    QPointer<models::SavedSearchesModel> m_savedSearches;
    NamePrompt m_namePrompt;
    int m_completionStart = -1; ///< the token being completed: its position and length
    int m_completionLength = 0;
    QString m_completionKey;
    bool m_completionNegated = false;
};

} // namespace ui
