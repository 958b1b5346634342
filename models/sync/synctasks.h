#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

class QThread;

namespace models {

/// The sync engine's bookkeeping keys in the store (beside SyncStateRepository's well-known
/// ones). The initial sync is resumable: its stage and the cursor of the next page are written
/// in the same transaction as each page.
namespace SyncKeys {
inline QString initialStage()
{
    return QStringLiteral("sync.initial.stage");
}
inline QString initialCursor()
{
    return QStringLiteral("sync.initial.cursor");
}
/// The watermark the incremental sync starts from once the initial sync is done: the newest
/// updated_at of the first walk's first page, so nothing changed while the walks ran is missed.
inline QString initialWatermark()
{
    return QStringLiteral("sync.initial.watermark");
}
inline QString meAdminId()
{
    return QStringLiteral("sync.me");
}
/// Stage values.
inline QString stageOpen()
{
    return QStringLiteral("open");
}
inline QString stageClosed()
{
    return QStringLiteral("closed");
}
inline QString stageDone()
{
    return QStringLiteral("done");
}
} // namespace SyncKeys

/// One received search page for the writer, with what to record alongside it.
struct PageTask
{
    enum class Kind {
        Initial,    ///< a page of an initial-sync stage: record the cursor (and next stage)
        Incremental ///< a page of an incremental cycle: advance the watermark after the last one
    };

    quint64 walkId = 0;
    Kind kind = Kind::Initial;
    QJsonObject page; ///< the raw answer of POST /conversations/search
    bool firstPage = false;
    bool lastPage = false;
    QString stage;                ///< Initial: the stage this page belongs to
    QString nextCursor;           ///< Initial: where a restart continues
    QString nextStage;            ///< Initial, last page: the stage that follows
    qint64 fallbackWatermark = 0; ///< Initial, stage done: used when no page had a conversation
};

/// What the writer did with a PageTask.
struct PageResult
{
    quint64 walkId = 0;
    bool ok = false;
    bool lastPage = false;
    int stored = 0;
    qint64 watermark = 0; ///< the watermark after this page (0 when unchanged)
    QString stage;        ///< Initial: the stage and cursor now recorded
    QString cursor;
    QString error;             ///< the store's text when !ok
    QThread *thread = nullptr; ///< where the write happened (tests check it is not the GUI's)
};

/// What the writer found in the store when it opened it.
struct SyncSnapshot
{
    bool ok = false;
    QString error;
    QString stage; ///< empty: the initial sync never started
    QString cursor;
    qint64 watermark = 0;
    qint64 horizonCutoff = 0;
    QString meAdminId;
};

} // namespace models

Q_DECLARE_METATYPE(models::PageTask)
Q_DECLARE_METATYPE(models::PageResult)
Q_DECLARE_METATYPE(models::SyncSnapshot)
