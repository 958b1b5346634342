#include "storewarmup.h"

#include "models/store/database.h"

#include <QThread>

namespace app {

StoreWarmUp::StoreWarmUp(const QString &storePath)
{
    m_thread.reset(QThread::create([this, storePath] {
        models::Database database;
        m_error = database.open(storePath);
    }));
    m_thread->setObjectName(QStringLiteral("triage-store-warmup"));
    m_thread->start();
}

StoreWarmUp::~StoreWarmUp()
{
    wait();
}

models::StoreError StoreWarmUp::wait()
{
    if (m_thread) {
        m_thread->wait();
        m_thread.reset();
    }
    return m_error;
}

} // namespace app
