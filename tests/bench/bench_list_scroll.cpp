// Scrolls the conversation list of a 100,000-conversation store from the top to the last row,
// a page at a time, as an agent paging down would: the real ConversationListView, delegate
// and store-backed model, with fetchMore() loading pages (ConversationListModel::PageSize)
// along the way. Each frame is one page step, the layout that follows and a synchronous
// repaint. Prints one JSON line
// {"rows","frames","longest_frame_ms","p95_frame_ms","p50_frame_ms","p95_fetch_frame_ms",
// "fetches","total_s"}.
// Usage: bench_list_scroll [--count N] [--store FILE] (an existing FILE is reused as it is)
#include "generatedstore.h"

#include "models/conversationlistmodel.h"
#include "models/store/database.h"
#include "ui/inbox/conversationlistview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QWindow>

#include <algorithm>
#include <cstdio>

int main(int argc, char **argv)
{
    // Runs headless by default (CI, ssh); a set QT_QPA_PLATFORM or a display is respected.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream err(stderr);
    int count = 100000;
    QString storePath;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--count"))
            count = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--store"))
            storePath = args.at(i + 1);
    }
    QTemporaryDir dir;
    if (storePath.isEmpty())
        storePath = dir.filePath(QStringLiteral("store.sqlite"));
    const bool reuse = QFileInfo::exists(storePath);
    models::Database db;
    if (const models::StoreError error = db.open(storePath)) {
        err << "cannot open: " << error.detail << Qt::endl;
        return 1;
    }
    if (!reuse) {
        err << "filling " << count << " conversations…" << Qt::endl;
        if (benchstore::fill(db, count, err) < 0)
            return 1;
    }

    models::ConversationListModel model(db, nullptr);
    model.setView(models::ConversationFilter(), models::ConversationSort::UpdatedNewest);
    ui::ConversationListView view;
    view.resize(480, 900);
    view.setModel(&model);
    view.show();
    QElapsedTimer waited;
    waited.start();
    while (!(view.windowHandle() && view.windowHandle()->isExposed()) && waited.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    QCoreApplication::processEvents();

    QScrollBar *bar = view.verticalScrollBar();
    QList<double> frames;
    QList<double> fetchFrames; // the frames that loaded a page
    int fetches = 0;
    int rowsBefore = model.rowCount();
    QElapsedTimer total;
    total.start();
    QElapsedTimer frame;
    // Until the last row is on screen and nothing is left to fetch.
    while (bar->value() < bar->maximum() || model.canFetchMore({})) {
        frame.start();
        bar->setValue(bar->value() + bar->pageStep());
        QCoreApplication::processEvents(); // the delayed layout after a fetchMore()
        view.viewport()->repaint();
        frames.append(double(frame.nsecsElapsed()) / 1e6);
        if (model.rowCount() != rowsBefore) {
            fetchFrames.append(frames.constLast());
            ++fetches;
            rowsBefore = model.rowCount();
        }
        if (frames.size() > 10 * count + 1000) {
            err << "no progress at row " << model.rowCount() << Qt::endl;
            return 2;
        }
    }
    const QModelIndex last = view.indexAt(view.viewport()->rect().bottomLeft() - QPoint(0, 2));
    const auto percentile = [](QList<double> ms, double q) {
        std::sort(ms.begin(), ms.end());
        return ms.isEmpty() ? 0.0 : ms.at(std::min(int(ms.size()) - 1, int(ms.size() * q)));
    };
    const QJsonObject result{
        {QStringLiteral("rows"), model.rowCount()},
        {QStringLiteral("last_visible_row"), last.row() + 1},
        {QStringLiteral("frames"), int(frames.size())},
        {QStringLiteral("fetches"), fetches},
        {QStringLiteral("longest_frame_ms"), percentile(frames, 1.0)},
        {QStringLiteral("p95_frame_ms"), percentile(frames, 0.95)},
        {QStringLiteral("p50_frame_ms"), percentile(frames, 0.5)},
        {QStringLiteral("p95_fetch_frame_ms"), percentile(fetchFrames, 0.95)},
        {QStringLiteral("total_s"), double(total.elapsed()) / 1000.0},
    };
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return model.rowCount() >= count && last.row() + 1 == model.rowCount() ? 0 : 3;
}
