#include "viewcountsmodel.h"

#include "store/conversationrepository.h"
#include "store/referencerepository.h"
#include "storechanges.h"
#include "viewroles.h"

#include <QCollator>

#include <algorithm>
#include <functional>

namespace models {

namespace {

const QLatin1String mineKey("mine");
const QLatin1String unassignedKey("unassigned");
const QLatin1String allKey("all");
const QLatin1String snoozedKey("snoozed");
const QLatin1String closedKey("closed");
const QLatin1String teamPrefix("team:");

} // namespace

bool ViewCountsModel::View::operator==(const View &other) const
{
    return key == other.key && name == other.name && teamId == other.teamId
           && filter == other.filter && count == other.count;
}

ViewCountsModel::ViewCountsModel(Database &db, StoreChanges *changes, const QString &adminId,
                                 const QStringList &teamIds, QObject *parent,
                                 InitialCount initialCount)
    : DiffingListModel(parent)
    , m_db(db)
    , m_adminId(adminId)
    , m_teamIds(teamIds)
{
    m_recount.setSingleShot(true);
    m_recount.setInterval(100);
    connect(&m_recount, &QTimer::timeout, this, &ViewCountsModel::recount);
    if (changes) {
        connect(changes, &StoreChanges::conversationsChanged, this,
                &ViewCountsModel::scheduleRecount);
        connect(changes, &StoreChanges::conversationsRemoved, this,
                &ViewCountsModel::scheduleRecount);
        connect(changes, &StoreChanges::outboxChanged, this, &ViewCountsModel::scheduleRecount);
        connect(changes, &StoreChanges::referenceDataChanged, this,
                &ViewCountsModel::scheduleRecount);
    }
    m_views = readViews(initialCount == InitialCount::Now);
}

void ViewCountsModel::setTeamIds(const QStringList &teamIds)
{
    if (teamIds == m_teamIds)
        return;
    m_teamIds = teamIds;
    recount();
}

QString ViewCountsModel::teamKey(const QString &teamId)
{
    return teamPrefix + teamId;
}

void ViewCountsModel::scheduleRecount()
{
    // Not restarted by later changes: a steady stream of writes still updates the counts
    // every interval instead of starving them.
    if (!m_recount.isActive())
        m_recount.start();
}

void ViewCountsModel::recount()
{
    m_recount.stop();
    applyRows(
        m_views, readViews(), [](const View &view) { return view.key; }, std::equal_to<View>());
}

QList<ViewCountsModel::View> ViewCountsModel::readViews(bool count)
{
    ViewCounts counts;
    if (count) {
        counts = ConversationRepository(m_db).viewCounts(m_adminId, m_teamIds);
    } else {
        counts.mine = counts.unassigned = counts.allOpen = counts.snoozed = counts.closed = -1;
        for (const QString &teamId : std::as_const(m_teamIds))
            counts.teams.insert(teamId, -1);
    }
    QList<View> views;
    if (!m_adminId.isEmpty())
        views.append(
            {mineKey, tr("Your inbox"), {}, ConversationFilter::mine(m_adminId), counts.mine});
    views.append(
        {unassignedKey, tr("Unassigned"), {}, ConversationFilter::unassigned(), counts.unassigned});

    QHash<QString, QString> teamNames;
    const QList<api::Team> teams = ReferenceRepository(m_db).teams();
    for (const api::Team &team : teams)
        teamNames.insert(team.id, team.name);
    QList<View> teamViews;
    for (const QString &teamId : m_teamIds) {
        const QString name = teamNames.value(teamId);
        teamViews.append({teamKey(teamId), name.isEmpty() ? tr("Team %1").arg(teamId) : name,
                          teamId, ConversationFilter::team(teamId), counts.teams.value(teamId)});
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(teamViews.begin(), teamViews.end(), [&collator](const View &a, const View &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    views.append(teamViews);

    views.append({allKey, tr("All open"), {}, ConversationFilter::allOpen(), counts.allOpen});
    views.append({snoozedKey, tr("Snoozed"), {}, ConversationFilter::snoozed(), counts.snoozed});
    views.append({closedKey, tr("Closed"), {}, ConversationFilter::closed(), counts.closed});
    return views;
}

int ViewCountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_views.size());
}

int ViewCountsModel::rowOf(const QString &key) const
{
    const auto it = std::find_if(m_views.cbegin(), m_views.cend(),
                                 [&key](const View &view) { return view.key == key; });
    return it == m_views.cend() ? -1 : int(it - m_views.cbegin());
}

std::optional<ConversationFilter> ViewCountsModel::filterForKey(const QString &key) const
{
    const int row = rowOf(key);
    if (row >= 0)
        return m_views.at(row).filter;
    // Any team's view can be shown, not only mine (e.g. from a saved key).
    if (key.startsWith(teamPrefix) && key.size() > teamPrefix.size())
        return ConversationFilter::team(key.mid(teamPrefix.size()));
    return std::nullopt;
}

QVariant ViewCountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const View &view = m_views.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ViewNameRole:
        return view.name;
    case ViewKeyRole:
        return view.key;
    case ViewFilterRole:
        return QVariant::fromValue(view.filter);
    case ViewCountRole:
        return view.count >= 0 ? QVariant(view.count) : QVariant(); // not counted yet
    case ViewTeamIdRole:
        return view.teamId;
    default:
        return {};
    }
}

QHash<int, QByteArray> ViewCountsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{ViewKeyRole, "key"},
                  {ViewNameRole, "name"},
                  {ViewFilterRole, "filter"},
                  {ViewCountRole, "count"},
                  {ViewTeamIdRole, "teamId"}});
    return names;
}

} // namespace models
