#pragma once

#include "pickerpopup.h"

#include <QStringList>

namespace ui {

class ConversationActions;
class PickerKindProxy;

/// Chooses who a selection of conversations goes to: "Assign to me", "Unassign", then the
/// teammates and the teams in two titled sections, all filtered as the agent types (see
/// PickerPopup for the keyboard). Choosing a row closes the picker, emits the matching
/// signal and, when actions are set, queues the assignment for setConversationIds().
/// GUI thread; the models and the actions must outlive it.
class AssigneePicker : public PickerPopup
{
    Q_OBJECT
public:
    /// \a teammates and \a teams: models::TeammatesModel and models::TeamsModel (or any list
    /// answering the models::ReferenceRole roles).
    AssigneePicker(QAbstractItemModel *teammates, QAbstractItemModel *teams,
                   QWidget *parent = nullptr);

    void setActions(ConversationActions *actions) { m_actions = actions; }
    void setConversationIds(const QStringList &ids) { m_ids = ids; }
    QStringList conversationIds() const { return m_ids; }

Q_SIGNALS:
    void assignToMeChosen();
    void unassignChosen();
    void adminChosen(const QString &adminId);
    void teamChosen(const QString &teamId);

protected:
    void choose(const QModelIndex &index) override;

private:
    ConversationActions *m_actions = nullptr;
    QStringList m_ids;
};

} // namespace ui
