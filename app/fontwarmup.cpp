#include "fontwarmup.h"

#include <QFontDatabase>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QThread>

namespace app {

FontWarmUp::FontWarmUp()
{
    m_thread.reset(QThread::create([] {
        // The list of families, then the fallbacks of the application font: both live in
        // Qt's process-wide font database, not in this thread's font cache.
        QFontDatabase::families();
        QFontMetrics(QGuiApplication::font()).height();
    }));
    m_thread->setObjectName(QStringLiteral("triage-font-warmup"));
    m_thread->start();
}

FontWarmUp::~FontWarmUp()
{
    m_thread->wait();
}

} // namespace app
