#pragma once

#include <condition_variable>
#include <mutex>
#include <thread>

namespace app {

/// Reads the system's font list on a thread of its own while the GUI thread opens the store and
/// builds the window. The first font any widget measures makes Qt ask fontconfig for every
/// installed font (parsing its configuration and cache: milliseconds, the largest single cost of
/// a first frame); QFontDatabase is thread-safe and that list is shared by all threads, so the
/// GUI thread finds it ready, or waits on Qt's lock for the part that is left.
///
/// The thread starts with the object, first thing in main(), and waits until load() says the
/// QGuiApplication exists (Qt's font database belongs to it). A thread started only then would
/// often wait for a free core while the GUI thread goes on: on a two-core virtual machine a new
/// thread first ran a median 0.3 ms and up to 4 ms after it was started, one already waiting
/// woke within 0.1 ms.
class FontWarmUp
{
public:
    FontWarmUp();
    /// finish().
    ~FontWarmUp();

    FontWarmUp(const FontWarmUp &) = delete;
    FontWarmUp &operator=(const FontWarmUp &) = delete;

    /// Lets the thread load the fonts. Only once a QGuiApplication exists.
    void load();
    /// Waits for the loading to end, or ends a thread load() was never called for. Before the
    /// QGuiApplication goes; the destructor calls it too.
    void finish();

private:
    enum class Order { Wait, Load, Quit };

    void run();

    std::mutex m_mutex;
    std::condition_variable m_ordered;
    Order m_order = Order::Wait;
    std::thread m_thread;
};

} // namespace app
