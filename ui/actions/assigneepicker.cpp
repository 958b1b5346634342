#include "assigneepicker.h"

#include "conversationactions.h"
#include "pickerkindproxy.h"

#include <QLineEdit>
#include <QListView>
#include <QStandardItemModel>

namespace ui {

namespace {

QStandardItem *commandItem(const QString &text, PickerKind kind)
{
    auto *item = new QStandardItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren);
    item->setData(int(kind), PickerKindRole);
    item->setData(text, models::ReferenceNameRole);
    return item;
}

} // namespace

AssigneePicker::AssigneePicker(QAbstractItemModel *teammates, QAbstractItemModel *teams,
                               QWidget *parent)
    : PickerPopup(QStringLiteral("assigneePicker"), parent)
{
    setAccessibleName(tr("Assign conversations"));
    filterEdit()->setPlaceholderText(tr("Assign to…"));
    filterEdit()->setAccessibleName(tr("Find a teammate or team"));
    listView()->setAccessibleName(tr("Teammates and teams"));

    auto *commands = new QStandardItemModel(this);
    commands->appendRow(commandItem(tr("Assign to me"), PickerKind::Me));
    commands->appendRow(commandItem(tr("Unassign"), PickerKind::Unassign));
    appendSection(commands);

    auto *admins = new PickerKindProxy(PickerKind::Admin, this);
    admins->setSourceModel(teammates);
    appendSection(makeHeader(tr("Teammates")));
    appendSection(admins);

    auto *teamRows = new PickerKindProxy(PickerKind::Team, this);
    teamRows->setSourceModel(teams);
    appendSection(makeHeader(tr("Teams")));
    appendSection(teamRows);
}

void AssigneePicker::choose(const QModelIndex &index)
{
    const auto kind = PickerKind(index.data(PickerKindRole).toInt());
    const QString id = index.data(models::ReferenceIdRole).toString();
    closeAndReturnFocus();
    switch (kind) {
    case PickerKind::Me:
        if (m_actions)
            m_actions->assignToMe(m_ids);
        Q_EMIT assignToMeChosen();
        break;
    case PickerKind::Unassign:
        if (m_actions)
            m_actions->unassign(m_ids);
        Q_EMIT unassignChosen();
        break;
    case PickerKind::Admin:
        if (m_actions)
            m_actions->assignTo(m_ids, id);
        Q_EMIT adminChosen(id);
        break;
    case PickerKind::Team:
        if (m_actions)
            m_actions->assignToTeam(m_ids, id);
        Q_EMIT teamChosen(id);
        break;
    default:
        break;
    }
}

} // namespace ui
