#include "referencelistmodel.h"

#include "referenceroles.h"
#include "store/referencerepository.h"
#include "storechanges.h"

#include <QCollator>

#include <algorithm>

namespace models {

bool ReferenceListModel::Item::operator==(const Item &other) const
{
    return id == other.id && name == other.name && email == other.email
           && avatarUrl == other.avatarUrl && away == other.away && teamIds == other.teamIds
           && memberIds == other.memberIds;
}

ReferenceListModel::ReferenceListModel(Database &db, StoreChanges *changes, QList<int> roles,
                                       QObject *parent)
    : DiffingListModel(parent)
    , m_db(db)
    , m_roles(std::move(roles))
{
    if (changes)
        connect(changes, &StoreChanges::referenceDataChanged, this, &ReferenceListModel::refresh);
}

void ReferenceListModel::refresh()
{
    ReferenceRepository repository(m_db);
    QList<Item> fresh = read(repository);
    for (Item &item : fresh) {
        if (item.name.isEmpty())
            item.name = item.email.isEmpty() ? item.id : item.email;
    }
    // The store sorts with SQLite's NOCASE (ASCII only); the agent expects their language's
    // order ("Émilie" next to "Emma", "Team 10" after "Team 9"). A collator made here follows
    // a change of the default locale.
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(fresh.begin(), fresh.end(), [&collator](const Item &a, const Item &b) {
        const int order = collator.compare(a.name, b.name);
        return order != 0 ? order < 0 : a.id < b.id;
    });
    applyRows(
        m_items, fresh, [](const Item &item) { return item.id; }, std::equal_to<Item>());
}

int ReferenceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReferenceListModel::rowOf(const QString &id) const
{
    const auto it = std::find_if(m_items.cbegin(), m_items.cend(),
                                 [&id](const Item &item) { return item.id == id; });
    return it == m_items.cend() ? -1 : int(it - m_items.cbegin());
}

QVariant ReferenceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    if (role == Qt::DisplayRole || role == ReferenceNameRole)
        return item.name;
    if (role == ReferenceIdRole)
        return item.id;
    if (!m_roles.contains(role))
        return {};
    switch (role) {
    case AdminEmailRole:
        return item.email;
    case AdminAvatarUrlRole:
        return item.avatarUrl;
    case AdminIsAwayRole:
        return item.away;
    case AdminTeamIdsRole:
        return item.teamIds;
    case TeamMemberCountRole:
        return int(item.memberIds.size());
    case TeamMemberIdsRole:
        return item.memberIds;
    default:
        return {};
    }
}

QHash<int, QByteArray> ReferenceListModel::roleNames() const
{
    static const QHash<int, QByteArray> all{{AdminEmailRole, "email"},
                                            {AdminAvatarUrlRole, "avatarUrl"},
                                            {AdminIsAwayRole, "isAway"},
                                            {AdminTeamIdsRole, "teamIds"},
                                            {TeamMemberCountRole, "memberCount"},
                                            {TeamMemberIdsRole, "memberIds"}};
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ReferenceIdRole, "id");
    names.insert(ReferenceNameRole, "name");
    for (const int role : m_roles)
        names.insert(role, all.value(role));
    return names;
}

} // namespace models
