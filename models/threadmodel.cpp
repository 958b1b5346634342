#include "threadmodel.h"

#include "htmltext.h"
#include "outbox/localeffects.h"
#include "store/conversationrepository.h"
#include "store/outboxrepository.h"
#include "store/referencerepository.h"
#include "storechanges.h"
#include "threadroles.h"

#include <QDateTime>
#include <QTimeZone>
#include <QUrl>

#include <functional>

namespace models {

namespace {

const QString &sourcePartType()
{
    static const QString type = QStringLiteral("source");
    return type;
}

QVariantList attachmentMaps(const QList<api::Attachment> &attachments)
{
    QVariantList maps;
    maps.reserve(attachments.size());
    for (const api::Attachment &attachment : attachments) {
        maps.append(QVariantMap{{QStringLiteral("name"), attachment.name},
                                {QStringLiteral("url"), QUrl(attachment.url)},
                                {QStringLiteral("contentType"), attachment.contentType},
                                {QStringLiteral("size"), attachment.fileSize}});
    }
    return maps;
}

ThreadModel::FetchState storedState(const std::optional<ConversationSummary> &summary)
{
    if (!summary)
        return ThreadModel::FetchState::None;
    switch (summary->partsState()) {
    case ConversationSummary::PartsState::None:
        return ThreadModel::FetchState::None;
    case ConversationSummary::PartsState::Done:
        return ThreadModel::FetchState::Done;
    case ConversationSummary::PartsState::Stale:
        return ThreadModel::FetchState::Stale;
    }
    return ThreadModel::FetchState::None;
}

} // namespace

bool ThreadModel::Row::operator==(const Row &other) const
{
    return id == other.id && partType == other.partType && kind == other.kind
           && author.type == other.author.type && author.id == other.author.id
           && author.name == other.author.name && body == other.body && createdAt == other.createdAt
           && attachments == other.attachments && local == other.local;
}

ThreadModel::ThreadModel(Database &db, StoreChanges *changes, QObject *parent)
    : DiffingListModel(parent)
    , m_db(db)
{
    if (changes) {
        auto refreshIfMine = [this](const QString &conversationId) {
            if (!m_conversationId.isEmpty() && conversationId == m_conversationId)
                refresh();
        };
        auto refreshIfListed = [this](const QStringList &ids) {
            if (!m_conversationId.isEmpty() && ids.contains(m_conversationId))
                refresh();
        };
        connect(changes, &StoreChanges::partsChanged, this, refreshIfMine);
        // A local part's outbox action was confirmed or failed.
        connect(changes, &StoreChanges::outboxChanged, this, refreshIfMine);
        // The first message, the contact's name or the thread's staleness may have changed.
        connect(changes, &StoreChanges::conversationsChanged, this, refreshIfListed);
        connect(changes, &StoreChanges::conversationsRemoved, this, refreshIfListed);
        connect(changes, &StoreChanges::referenceDataChanged, this, [this] {
            readTeammateNames();
            refresh();
        });
    }
    readTeammateNames();
}

void ThreadModel::setConversation(const QString &conversationId)
{
    const FetchState before = fetchState();
    ConversationRepository repository(m_db);
    const std::optional<ConversationSummary> summary
        = conversationId.isEmpty() ? std::nullopt : repository.summary(conversationId);
    beginResetModel();
    m_conversationId = conversationId;
    m_rows = summary ? readRows(*summary) : QList<Row>();
    m_stored = storedState(summary);
    m_syncedAt = summary ? summary->partsSyncedAt : 0;
    m_loadingSince = -1;
    endResetModel();
    Q_EMIT conversationChanged();
    if (fetchState() != before)
        Q_EMIT fetchStateChanged();
}

void ThreadModel::setLoading(bool loading)
{
    if (m_conversationId.isEmpty() || loading == isLoading())
        return;
    m_loadingSince = loading ? m_syncedAt : -1;
    Q_EMIT fetchStateChanged();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1),
                           {ThreadIsLoadingRole, ThreadIsStaleRole});
}

ThreadModel::FetchState ThreadModel::fetchState() const
{
    return m_loadingSince >= 0 ? FetchState::Loading : m_stored;
}

void ThreadModel::refresh()
{
    ConversationRepository repository(m_db);
    const std::optional<ConversationSummary> summary = repository.summary(m_conversationId);
    applyRows(
        m_rows, summary ? readRows(*summary) : QList<Row>(), [](const Row &row) { return row.id; },
        std::equal_to<Row>());
    setStoredState(storedState(summary), summary ? summary->partsSyncedAt : 0);
}

void ThreadModel::setStoredState(FetchState stored, qint64 syncedAt)
{
    const FetchState before = fetchState();
    m_stored = stored;
    m_syncedAt = syncedAt;
    // Loading ends when a newer fetch is stored: local parts written meanwhile don't end it.
    if (m_loadingSince >= 0 && syncedAt > m_loadingSince)
        m_loadingSince = -1;
    if (fetchState() == before)
        return;
    Q_EMIT fetchStateChanged();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1),
                           {ThreadIsLoadingRole, ThreadIsStaleRole});
}

QList<ThreadModel::Row> ThreadModel::readRows(const ConversationSummary &summary)
{
    ConversationRepository repository(m_db);
    const std::optional<api::Conversation> conversation = repository.conversation(summary.id);
    if (!conversation)
        return {};

    auto resolved = [&](api::ObjectRef author) {
        if (author.name.isEmpty() && author.type == QLatin1String("admin"))
            author.name = m_teammateNames.value(author.id);
        if (author.name.isEmpty() && !author.id.isEmpty() && author.id == summary.contactId)
            author.name
                = summary.contactName.isEmpty() ? summary.contactEmail : summary.contactName;
        if (author.name.isEmpty())
            author.name = author.email.isEmpty() ? tr("Unknown") : author.email;
        return author;
    };

    QList<Row> rows;
    rows.reserve(conversation->parts.size() + 1);
    const api::ConversationSource &source = conversation->source;
    Row first;
    // The source has no id in some payloads; the key must not collide with a part id.
    first.id = source.id.isEmpty() ? QString(QLatin1String("source:") + summary.id) : source.id;
    first.partType = sourcePartType();
    first.kind = kindOf(first.partType);
    api::ObjectRef author = source.author;
    if (author.id.isEmpty() && !summary.contactId.isEmpty())
        author = {QStringLiteral("contact"), summary.contactId, {}, {}};
    first.author = resolved(author);
    // A conversation stored from a list item without its raw JSON still has its snippet.
    first.body = !source.body.isEmpty() ? source.body : summary.snippet.toHtmlEscaped();
    first.createdAt = summary.createdAt;
    first.attachments = attachmentMaps(source.attachments);
    rows.append(first);

    const QString localPrefix = LocalEffects::localPartId(QString());
    OutboxRepository outbox(m_db);
    for (const api::ConversationPart &part : conversation->parts) {
        Row row;
        row.id = part.id;
        row.partType = part.partType;
        row.kind = kindOf(part.partType);
        row.author = resolved(part.author);
        row.body = part.body;
        row.createdAt = part.createdAt;
        row.attachments = attachmentMaps(part.attachments);
        if (part.id.startsWith(localPrefix)) {
            const std::optional<OutboxEntry> entry
                = outbox.findByMarker(part.id.mid(localPrefix.size()));
            row.local = entry && entry->state == OutboxEntry::State::Failed ? Row::Local::Failed
                                                                            : Row::Local::Pending;
        }
        rows.append(row);
    }
    return rows;
}

void ThreadModel::readTeammateNames()
{
    m_teammateNames.clear();
    const QList<api::Admin> admins = ReferenceRepository(m_db).admins();
    for (const api::Admin &admin : admins)
        m_teammateNames.insert(admin.id, admin.name);
}

int ThreadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ThreadModel::rowOf(const QString &partId) const
{
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows.at(row).id == partId)
            return row;
    }
    return -1;
}

QString ThreadModel::kindOf(const QString &partType)
{
    if (partType == QLatin1String("note") || partType == QLatin1String("note_and_reopen"))
        return QStringLiteral("note");
    if (partType == sourcePartType() || partType == QLatin1String("comment")
        || partType == QLatin1String("quick_reply")) {
        return QStringLiteral("message");
    }
    return QStringLiteral("event");
}

QString ThreadModel::eventText(const Row &row) const
{
    const QString &who = row.author.name;
    if (row.partType == QLatin1String("close"))
        return tr("%1 closed the conversation").arg(who);
    if (row.partType == QLatin1String("open"))
        return tr("%1 reopened the conversation").arg(who);
    if (row.partType == QLatin1String("snoozed"))
        return tr("%1 snoozed the conversation").arg(who);
    if (row.partType.contains(QLatin1String("assign")))
        return tr("%1 assigned the conversation").arg(who);
    QString what = row.partType;
    what.replace(QLatin1Char('_'), QLatin1Char(' '));
    return tr("%1: %2").arg(who, what);
}

QVariant ThreadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.body.isEmpty() && row.kind == QLatin1String("event")
                   ? eventText(row)
                   : plainTextFromHtml(row.body);
    case PartIdRole:
        return row.id;
    case PartTypeRole:
        return row.partType;
    case PartKindRole:
        return row.kind;
    case AuthorIdRole:
        return row.author.id;
    case AuthorNameRole:
        return row.author.name;
    case AuthorTypeRole:
        return row.author.type;
    case BodyHtmlRole:
        return row.body;
    case CreatedAtRole:
        return row.createdAt > 0 ? QDateTime::fromSecsSinceEpoch(row.createdAt, QTimeZone::utc())
                                 : QDateTime();
    case AttachmentsRole:
        return row.attachments;
    case PartIsPendingRole:
        return row.local == Row::Local::Pending;
    case PartIsFailedRole:
        return row.local == Row::Local::Failed;
    case ThreadIsLoadingRole:
        return isLoading();
    case ThreadIsStaleRole:
        return isStale();
    default:
        return {};
    }
}

QHash<int, QByteArray> ThreadModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{PartIdRole, "partId"},
                  {PartTypeRole, "partType"},
                  {PartKindRole, "kind"},
                  {AuthorIdRole, "authorId"},
                  {AuthorNameRole, "authorName"},
                  {AuthorTypeRole, "authorType"},
                  {BodyHtmlRole, "bodyHtml"},
                  {CreatedAtRole, "createdAt"},
                  {AttachmentsRole, "attachments"},
                  {PartIsPendingRole, "isPending"},
                  {PartIsFailedRole, "isFailed"},
                  {ThreadIsLoadingRole, "isLoading"},
                  {ThreadIsStaleRole, "isStale"}});
    return names;
}

} // namespace models
