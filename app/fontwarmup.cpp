#include "fontwarmup.h"

#include <QFontDatabase>
#include <QFontMetrics>
#include <QGuiApplication>

namespace app {

FontWarmUp::FontWarmUp()
    : m_thread([this] { run(); })
{}

FontWarmUp::~FontWarmUp()
{
    finish();
}

void FontWarmUp::load()
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_order == Order::Wait)
            m_order = Order::Load;
    }
    m_ordered.notify_one();
}

void FontWarmUp::finish()
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_order == Order::Wait)
            m_order = Order::Quit;
    }
    m_ordered.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

void FontWarmUp::run()
{
    {
        std::unique_lock lock(m_mutex);
        m_ordered.wait(lock, [this] { return m_order != Order::Wait; });
        if (m_order == Order::Quit)
            return;
    }
    // The list of families, then the fallbacks of the application font: both live in Qt's
    // process-wide font database, not in this thread's font cache.
    QFontDatabase::families();
    QFontMetrics(QGuiApplication::font()).height();
}

} // namespace app
