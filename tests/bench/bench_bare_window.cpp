// Benchmark baseline for `triage --measure-startup`: a bare Qt Widgets window that quits after
// its first paint, timed with the same clock (started first thing in main()). Prints one JSON
// line {"first_paint_ms","rss_kb"}; not a test. Compare the two in one run (docs/BENCHMARKS.md).
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>

namespace {

QElapsedTimer clockSinceMain;

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpression peak(QStringLiteral("VmHWM:\\s*(\\d+)\\s*kB"));
    const auto match = peak.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

class FirstPaint : public QLabel
{
public:
    using QLabel::QLabel;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QLabel::paintEvent(event);
        if (m_done)
            return;
        m_done = true;
        QTimer::singleShot(0, this, [] {
            const QJsonObject figures{{QStringLiteral("first_paint_ms"), clockSinceMain.elapsed()},
                                      {QStringLiteral("rss_kb"), peakRssKb()}};
            std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
            QApplication::quit();
        });
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    clockSinceMain.start();
    QApplication application(argc, argv);
    FirstPaint window(QStringLiteral("bare window"));
    // The inbox window's default size: the same pixels to fill and flush as Triage's first frame.
    window.resize(1280, 800);
    window.show();
    return application.exec();
}
