#pragma once

#include "pickerpopup.h"

#include <QHash>
#include <QStringList>

namespace ui {

class ConversationActions;
class PickerKindProxy;

/// Adds and removes tags on a selection of conversations. Each tag shows whether all, some
/// or none of the selected conversations carry it (checked, partially checked, unchecked);
/// Enter (or a click) toggles the current tag — all get it, or, when all had it, none — and
/// the picker stays open for the next one. When no tag has exactly the typed name, a last row
/// "Create tag “foo”" creates it and adds it. Keyboard as in PickerPopup.
/// With actions set, the check states come from them and follow every change they queue;
/// without, setTagCounts() sets them. GUI thread; the model and actions must outlive it.
class TagPicker : public PickerPopup
{
    Q_OBJECT
public:
    /// \a tags: models::TagsModel (or any list answering the models::ReferenceRole roles).
    explicit TagPicker(QAbstractItemModel *tags, QWidget *parent = nullptr);

    void setActions(ConversationActions *actions);
    /// The selection; re-reads the check states from the actions.
    void setConversationIds(const QStringList &ids);
    QStringList conversationIds() const { return m_ids; }
    /// \a counts: tag id → how many of the \a total selected conversations carry it.
    void setTagCounts(const QHash<QString, int> &counts, int total);
    Qt::CheckState checkState(const QString &tagId) const;
    /// The name "Create tag …" would create, empty while the row is not offered.
    QString pendingCreateName() const;

Q_SIGNALS:
    void tagToggled(const QString &tagId);
    void createTagChosen(const QString &name);

protected:
    void choose(const QModelIndex &index) override;
    void filterTextChanging(const QString &text) override;

private:
    void refreshCounts();
    void updateCreateRow();
    bool hasTagNamed(const QString &name) const;

    QAbstractItemModel *m_tags;
    PickerKindProxy *m_tagRows;
    QStandardItemModel *m_create;
    ConversationActions *m_actions = nullptr;
    QStringList m_ids;
    QString m_typed;
};

} // namespace ui
