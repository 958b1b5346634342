#include "draftkeeper.h"

#include "models/storechanges.h"

#include <QDateTime>

#include <utility>

namespace models {

DraftKeeper::DraftKeeper(Database &db, StoreChanges *changes, QObject *parent)
    : DraftKeeper(db, changes, Options(), parent)
{}

DraftKeeper::DraftKeeper(Database &db, StoreChanges *changes, const Options &options,
                         QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_changes(changes)
    , m_options(options)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(options.debounceMs);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(options.maxDelayMs);
    // Precise timers: "within 1 s" must not become 1.05 s through timer coalescing.
    m_debounce.setTimerType(Qt::PreciseTimer);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_debounce, &QTimer::timeout, this, &DraftKeeper::flush);
    connect(&m_deadline, &QTimer::timeout, this, &DraftKeeper::flush);
}

DraftKeeper::~DraftKeeper()
{
    flush();
}

void DraftKeeper::edit(const QString &conversationId, DraftRepository::Kind kind,
                       const QString &text)
{
    if (conversationId.isEmpty())
        return;
    m_unsaved.insert(Key(conversationId, int(kind)), text);
    m_debounce.start();
    if (!m_deadline.isActive())
        m_deadline.start();
}

QString DraftKeeper::restore(const QString &conversationId, DraftRepository::Kind kind) const
{
    const auto unsaved = m_unsaved.constFind(Key(conversationId, int(kind)));
    if (unsaved != m_unsaved.constEnd())
        return *unsaved;
    const std::optional<DraftRepository::Draft> draft
        = DraftRepository(m_db).load(conversationId, kind);
    return draft ? draft->text : QString();
}

void DraftKeeper::flush()
{
    m_debounce.stop();
    m_deadline.stop();
    const QHash<Key, QString> unsaved = std::exchange(m_unsaved, {});
    DraftRepository drafts(m_db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = unsaved.cbegin(); it != unsaved.cend(); ++it) {
        const QString &conversationId = it.key().first;
        const auto kind = DraftRepository::Kind(it.key().second);
        if (!drafts.save(conversationId, kind, it.value(), now)) {
            // Keep the text (unless a newer edit came) and try again at the next deadline.
            if (!m_unsaved.contains(it.key()))
                m_unsaved.insert(it.key(), it.value());
            m_deadline.start();
            Q_EMIT saveFailed(conversationId);
            continue;
        }
        if (m_changes)
            m_changes->notifyDraftChanged(conversationId);
        Q_EMIT saved(conversationId, kind);
    }
}

} // namespace models
