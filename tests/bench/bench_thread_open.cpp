// Opens a cached 500-part conversation in the thread view and scrolls it top to bottom.
// Prints JSON: {"parts":500,"open_to_rendered_ms":…,"longest_scroll_frame_ms":…, …}.
// open_to_rendered: from ThreadModel::setConversation() (the store read included) to the end of
// the first paint of the view; the median of several opens (another conversation in between),
// with the first one reported too. Scrolling: Home, then PageDown until the bottom, each frame
// timed from the key press to the end of its paint.

#include "models/storechanges.h"
#include "models/threadmodel.h"
#include "tests/ui/threadfixture.h"
#include "ui/thread/threadscrollarea.h"
#include "ui/thread/threadview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QTextStream>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <time.h>
#endif

namespace {

/// Counts the paints of a widget, so a step can wait until its frame is drawn.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return false;
    }
};

/// Runs the event loop until \a counter saw a new paint; returns the ms since \a timer started.
double waitForPaint(PaintCounter &counter, int before, const QElapsedTimer &timer)
{
    while (counter.count == before && timer.elapsed() < 5000)
        QCoreApplication::processEvents();
    return double(timer.nsecsElapsed()) / 1e6;
}

/// CPU time of the GUI thread in ms: on a loaded machine (other builds running) the wall-clock
/// figures include waiting for a core; this one does not.
double threadCpuMs()
{
#ifdef Q_OS_UNIX
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
#else
    return 0;
#endif
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    storetest::TempStore store;
    models::StoreChanges changes;
    const qint64 start = QDateTime::currentSecsSinceEpoch() - 40'000;
    const int partCount = 500; // the first message + 499 parts
    if (!threadtest::storeThread(
            store.db(), changes,
            threadtest::conversation(QStringLiteral("c1"), threadtest::realisticHtml(1),
                                     threadtest::manyParts(partCount - 1, start)))
        || !threadtest::storeThread(store.db(), changes,
                                    threadtest::conversation(QStringLiteral("c0"),
                                                             threadtest::realisticHtml(2),
                                                             threadtest::manyParts(4, start)))) {
        qCritical("could not fill the store");
        return 1;
    }

    models::ThreadModel model(store.db(), &changes);
    ui::ThreadView view;
    view.resize(720, 900);
    view.setModel(&model);
    view.show();
    ui::ThreadScrollArea *area = view.scrollArea();
    PaintCounter painted(area->viewport());
    QElapsedTimer timer;
    timer.start();
    waitForPaint(painted, 0, timer);

    // The store read alone, for comparison: a model no view listens to.
    QList<double> modelOnly;
    {
        models::ThreadModel bare(store.db(), &changes);
        for (int run = 0; run < 5; ++run) {
            bare.setConversation(QStringLiteral("c0"));
            timer.restart();
            bare.setConversation(QStringLiteral("c1"));
            modelOnly.append(double(timer.nsecsElapsed()) / 1e6);
        }
    }

    QList<double> opens;
    QList<double> openCpu;
    QList<double> modelMs;
    for (int run = 0; run < 7; ++run) {
        model.setConversation(QStringLiteral("c0"));
        timer.restart();
        waitForPaint(painted, painted.count, timer);
        QCoreApplication::processEvents();

        const int before = painted.count;
        const double cpuStart = threadCpuMs();
        timer.restart();
        model.setConversation(QStringLiteral("c1"));
        modelMs.append(double(timer.nsecsElapsed()) / 1e6); // includes the view's reaction
        opens.append(waitForPaint(painted, before, timer));
        openCpu.append(threadCpuMs() - cpuStart);
        if (model.rowCount() != partCount || !area->isAtBottom()) {
            qCritical("the thread did not open at its bottom (%d rows)", model.rowCount());
            return 1;
        }
    }
    const int materializedAtOpen = area->materializedCount();

    // Scroll: top, then page by page to the bottom.
    area->setFocus();
    timer.restart();
    int before = painted.count;
    area->scrollToTop();
    waitForPaint(painted, before, timer);
    QList<double> frames;
    QList<double> frameCpu;
    while (!area->isAtBottom() && frames.size() < 2000) {
        before = painted.count;
        const double cpuStart = threadCpuMs();
        timer.restart();
        QKeyEvent press(QEvent::KeyPress, Qt::Key_PageDown, Qt::NoModifier);
        QCoreApplication::sendEvent(area, &press);
        frames.append(waitForPaint(painted, before, timer));
        frameCpu.append(threadCpuMs() - cpuStart);
    }
    // Until the background pass has sanitized every body.
    QCoreApplication::processEvents();

    QTextStream out(stdout);
    out << "{\"parts\":" << partCount
        << ",\"open_to_rendered_ms\":" << QString::number(median(opens), 'f', 1)
        << ",\"open_to_rendered_first_ms\":" << QString::number(opens.first(), 'f', 1)
        << ",\"open_to_rendered_cpu_ms\":" << QString::number(median(openCpu), 'f', 1)
        << ",\"store_read_ms\":" << QString::number(median(modelOnly), 'f', 1)
        << ",\"set_conversation_ms\":" << QString::number(median(modelMs), 'f', 1)
        << ",\"parts_materialized_at_open\":" << materializedAtOpen
        << ",\"longest_scroll_frame_ms\":"
        << QString::number(frames.isEmpty() ? 0 : *std::max_element(frames.cbegin(), frames.cend()),
                           'f', 1)
        << ",\"longest_scroll_frame_cpu_ms\":"
        << QString::number(
               frameCpu.isEmpty() ? 0 : *std::max_element(frameCpu.cbegin(), frameCpu.cend()), 'f',
               1)
        << ",\"median_scroll_frame_ms\":" << QString::number(median(frames), 'f', 1)
        << ",\"scroll_frames\":" << frames.size() << "}\n";
    return area->isAtBottom() ? 0 : 1;
}
