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

void DraftKeeper::setAttachments(const QString &conversationId, DraftRepository::Kind kind,
                                 const QList<MessageAttachment> &attachments)
{
    if (conversationId.isEmpty())
        return;
    m_unsavedFiles.insert(Key(conversationId, int(kind)), attachments);
    flush();
}

QList<MessageAttachment> DraftKeeper::restoreAttachments(const QString &conversationId,
                                                         DraftRepository::Kind kind) const
{
    const auto unsaved = m_unsavedFiles.constFind(Key(conversationId, int(kind)));
    if (unsaved != m_unsavedFiles.constEnd())
        return *unsaved;
    const std::optional<DraftRepository::Draft> draft
        = DraftRepository(m_db).load(conversationId, kind);
    return draft ? draft->attachments : QList<MessageAttachment>();
}

void DraftKeeper::flush()
{
    m_debounce.stop();
    m_deadline.stop();
    const QHash<Key, QString> unsaved = std::exchange(m_unsaved, {});
    const QHash<Key, QList<MessageAttachment>> unsavedFiles = std::exchange(m_unsavedFiles, {});
    DraftRepository drafts(m_db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Keeps what failed (unless a newer edit came) and tries again at the next deadline.
    const auto failed = [this](auto &pending, const Key &key, const auto &value) {
        if (!pending.contains(key))
            pending.insert(key, value);
        m_deadline.start();
        Q_EMIT saveFailed(key.first);
    };
    const auto done = [this](const Key &key) {
        if (m_changes)
            m_changes->notifyDraftChanged(key.first);
        Q_EMIT saved(key.first, DraftRepository::Kind(key.second));
    };
    for (auto it = unsaved.cbegin(); it != unsaved.cend(); ++it) {
        if (drafts.save(it.key().first, DraftRepository::Kind(it.key().second), it.value(), now))
            done(it.key());
        else
            failed(m_unsaved, it.key(), it.value());
    }
    for (auto it = unsavedFiles.cbegin(); it != unsavedFiles.cend(); ++it) {
        if (drafts.saveAttachments(it.key().first, DraftRepository::Kind(it.key().second),
                                   it.value()))
            done(it.key());
        else
            failed(m_unsavedFiles, it.key(), it.value());
    }
}

} // namespace models
