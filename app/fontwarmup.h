#pragma once

#include <memory>

class QThread;

namespace app {

/// Reads the system's font list on a thread of its own while the GUI thread opens the store and
/// builds the window. The first font any widget measures makes Qt ask fontconfig for every
/// installed font (parsing its configuration and cache: milliseconds, the largest single cost of
/// a first frame); QFontDatabase is thread-safe and that list is shared by all threads, so the
/// GUI thread finds it ready, or waits on Qt's lock for the part that is left.
/// Create after the QGuiApplication; joins the thread in the destructor.
class FontWarmUp
{
public:
    FontWarmUp();
    ~FontWarmUp();

    FontWarmUp(const FontWarmUp &) = delete;
    FontWarmUp &operator=(const FontWarmUp &) = delete;

private:
    std::unique_ptr<QThread> m_thread;
};

} // namespace app
