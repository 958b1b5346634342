#include "conversationlistmodel.h"

#include "conversationdescription.h"
#include "conversationfiltermatch.h"
#include "conversationroles.h"
#include "store/conversationfiltersql.h"
#include "store/conversationrepository.h"
#include "store/outboxrepository.h"
#include "store/referencerepository.h"
#include "storechanges.h"
#include "summaryroles.h"

#include <QDateTime>
#include <QScopedValueRollback>

namespace models {

ConversationListModel::ConversationListModel(Database &db, StoreChanges *changes, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(db)
{
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(100);
    connect(&m_countTimer, &QTimer::timeout, this, &ConversationListModel::refreshTotalCount);
    if (changes) {
        connect(changes, &StoreChanges::conversationsChanged, &m_countTimer,
                qOverload<>(&QTimer::start));
        connect(changes, &StoreChanges::conversationsRemoved, &m_countTimer,
                qOverload<>(&QTimer::start));
        connect(changes, &StoreChanges::conversationsChanged, this,
                &ConversationListModel::applyChanges);
        connect(changes, &StoreChanges::conversationsRemoved, this, [this](const QStringList &ids) {
            for (const QString &id : ids) {
                if (const int row = rowOf(id); row >= 0)
                    removeRow(row);
            }
        });
        connect(changes, &StoreChanges::outboxChanged, this, [this](const QString &id) {
            refreshPending(id);
            if (const int row = rowOf(id); row >= 0)
                Q_EMIT dataChanged(index(row), index(row), {IsPendingRole});
        });
        connect(changes, &StoreChanges::referenceDataChanged, this, [this] {
            refreshTagNames();
            if (!m_rows.isEmpty())
                Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1),
                                   {TagNamesRole, AssigneeNameRole, Qt::AccessibleTextRole});
        });
    }
}

void ConversationListModel::setView(const ConversationFilter &filter, ConversationSort sort)
{
    m_filter = filter;
    m_sort = sort;
    reload();
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConversationSummary &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.title.isEmpty() ? row.snippet : row.title;
    case Qt::ToolTipRole:
        return row.snippet;
    case ContactNameRole:
        return !row.contactName.isEmpty()    ? row.contactName
               : !row.contactEmail.isEmpty() ? row.contactEmail
                                             : tr("Unknown contact");
    case TagNamesRole: {
        QStringList names;
        for (const QString &tagId : row.tagIds)
            names << m_tagNames.value(tagId, tagId);
        return names;
    }
    case IsPendingRole:
        return m_pending.contains(row.id);
    case IsStaleRole:
        return row.partsState() == ConversationSummary::PartsState::Stale;
    case AssigneeNameRole:
        return assigneeName(row);
    case Qt::AccessibleTextRole: {
        ConversationDescription description;
        description.unread = !row.read;
        description.pending = m_pending.contains(row.id);
        description.stale = row.partsState() == ConversationSummary::PartsState::Stale;
        description.contactName = data(index, ContactNameRole).toString();
        description.title = row.title.isEmpty() ? row.snippet : row.title;
        description.updatedAt = utcFromSeconds(row.updatedAt);
        description.waitingSince = utcFromSeconds(row.waitingSince);
        description.assigneeName = assigneeName(row);
        description.tagNames = data(index, TagNamesRole).toStringList();
        description.priority = row.priority;
        return description.text(QDateTime::currentDateTimeUtc());
    }
    default:
        return summaryRoleData(row, role);
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(conversationRoleNames());
    names.insert({{TagNamesRole, "tagNames"}, {AssigneeNameRole, "assigneeName"}});
    return names;
}

bool ConversationListModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while rows are being reset or inserted: views (and the model tester) ask again from
    // their modelReset/rowsInserted handlers, which would nest an insertion inside the change.
    return !parent.isValid() && m_hasMore && !m_changing;
}

void ConversationListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        appendPage();
}

void ConversationListModel::reload()
{
    m_changing = true;
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    // One query for every pending mark; outboxChanged keeps the set current afterwards.
    m_pending = OutboxRepository(m_db).conversationsWithPending();
    refreshTagNames();
    m_next = {};
    m_hasMore = true;
    endResetModel();
    m_changing = false;
    appendPage();
    // The total (a count over the whole view: 4 ms for 60,000 open conversations) follows
    // with the debounced recount: the first page is all the first paint needs.
    m_countTimer.start();
}

void ConversationListModel::postponeTotalCount()
{
    m_countTimer.stop();
    m_countHeld = true;
}

void ConversationListModel::resumeTotalCount()
{
    if (m_countHeld)
        refreshTotalCount();
}

void ConversationListModel::refreshTotalCount()
{
    m_countHeld = false;
    const int total = ConversationRepository(m_db).count(m_filter);
    if (total != m_totalCount) {
        m_totalCount = total;
        Q_EMIT totalCountChanged(total);
    }
}

void ConversationListModel::appendPage()
{
    if (m_changing)
        return;
    const QScopedValueRollback<bool> appending(m_changing, true);
    ConversationRepository repository(m_db);
    const ConversationPage page = repository.page(m_filter, m_sort, PageSize, m_next);
    m_hasMore = page.hasMore;
    if (!page.rows.isEmpty())
        m_next = page.next;
    QList<ConversationSummary> fresh;
    for (const ConversationSummary &row : page.rows) {
        if (!m_rowById.contains(row.id))
            fresh.append(row);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const ConversationSummary &row : std::as_const(fresh)) {
        m_rowById.insert(row.id, int(m_rows.size()));
        m_rows.append(row);
    }
    endInsertRows();
}

void ConversationListModel::applyChanges(const QStringList &ids)
{
    if (!m_filter.text.trimmed().isEmpty()) {
        // Membership in a text search is the full-text index's call: reload what was loaded.
        const int loaded = qMax(int(m_rows.size()), PageSize);
        reload();
        while (m_hasMore && m_rows.size() < loaded)
            appendPage();
        return;
    }
    for (const QString &id : ids)
        applyChange(id);
}

void ConversationListModel::applyChange(const QString &id)
{
    ConversationRepository repository(m_db);
    const std::optional<ConversationSummary> summary = repository.summary(id);
    const bool belongs = summary && matchesIgnoringText(m_filter, *summary);
    const int row = rowOf(id);
    if (!belongs) {
        if (row >= 0)
            removeRow(row);
        return;
    }
    refreshPending(id);
    const int target = sortedPosition(*summary, row);
    if (row < 0) {
        if (target >= 0)
            insertRow(target, *summary);
        return; // after the loaded rows: fetchMore() will bring it
    }
    if (target < 0) { // moved past the loaded rows
        removeRow(row);
        return;
    }
    m_rows[row] = *summary;
    // target counts positions among the other rows; Qt's move wants the slot before which
    // to move in the current list, which is one further when moving down.
    if (target != row) {
        const int destination = target > row ? target + 1 : target;
        const QScopedValueRollback<bool> changing(m_changing, true);
        beginMoveRows({}, row, row, {}, destination);
        m_rows.move(row, target);
        endMoveRows();
        reindexFrom(qMin(row, target));
    }
    Q_EMIT dataChanged(index(target), index(target));
}

int ConversationListModel::sortedPosition(const ConversationSummary &summary, int ignoreRow) const
{
    const PageCursor key = sortKey(summary, m_sort);
    // Binary search over the loaded rows, skipping the row being moved.
    int low = 0;
    int high = int(m_rows.size()) - (ignoreRow >= 0 ? 1 : 0);
    auto keyAt = [&](int position) {
        const int actual = ignoreRow >= 0 && position >= ignoreRow ? position + 1 : position;
        return sortKey(m_rows.at(actual), m_sort);
    };
    while (low < high) {
        const int middle = (low + high) / 2;
        if (sortsBefore(keyAt(middle), key, m_sort))
            low = middle + 1;
        else
            high = middle;
    }
    const int loaded = int(m_rows.size()) - (ignoreRow >= 0 ? 1 : 0);
    if (low == loaded && m_hasMore)
        return -1;
    return low;
}

void ConversationListModel::removeRow(int row)
{
    const QScopedValueRollback<bool> changing(m_changing, true);
    beginRemoveRows({}, row, row);
    m_rowById.remove(m_rows.at(row).id);
    m_rows.removeAt(row);
    endRemoveRows();
    reindexFrom(row);
}

void ConversationListModel::insertRow(int row, const ConversationSummary &summary)
{
    const QScopedValueRollback<bool> changing(m_changing, true);
    beginInsertRows({}, row, row);
    m_rows.insert(row, summary);
    endInsertRows();
    reindexFrom(row);
}

void ConversationListModel::reindexFrom(int row)
{
    for (int i = row; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).id, i);
}

void ConversationListModel::refreshPending(const QString &conversationId)
{
    OutboxRepository outbox(m_db);
    if (outbox.pending(conversationId).isEmpty())
        m_pending.remove(conversationId);
    else
        m_pending.insert(conversationId);
}

void ConversationListModel::refreshTagNames()
{
    ReferenceRepository references(m_db);
    m_tagNames.clear();
    const QList<api::Tag> tags = references.tags();
    for (const api::Tag &tag : tags)
        m_tagNames.insert(tag.id, tag.name);
    m_adminNames.clear();
    const QList<api::Admin> admins = references.admins();
    for (const api::Admin &admin : admins)
        m_adminNames.insert(admin.id, admin.name.isEmpty() ? admin.email : admin.name);
    m_teamNames.clear();
    const QList<api::Team> teams = references.teams();
    for (const api::Team &team : teams)
        m_teamNames.insert(team.id, team.name);
}

QString ConversationListModel::assigneeName(const ConversationSummary &row) const
{
    // The teammate is who acts on it; the team only says whose queue it is in.
    if (row.adminAssigneeId != api::Conversation::unassigned() && !row.adminAssigneeId.isEmpty())
        return m_adminNames.value(row.adminAssigneeId, tr("Teammate %1").arg(row.adminAssigneeId));
    if (row.teamAssigneeId != api::Conversation::unassigned() && !row.teamAssigneeId.isEmpty())
        return m_teamNames.value(row.teamAssigneeId, tr("Team %1").arg(row.teamAssigneeId));
    return {};
}

} // namespace models
