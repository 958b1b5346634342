#include "startupprobe.h"

#include "models/sync/headlesssync.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

namespace app {

QElapsedTimer &startupClock()
{
    static QElapsedTimer clock;
    return clock;
}

StartupProbe::StartupProbe(QAbstractItemView *list, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_list(list)
{
    list->viewport()->installEventFilter(this);
    QTimer::singleShot(timeoutMs, this, [this] {
        if (m_reported)
            return;
        QTextStream(stderr) << "measure-startup: the list did not paint with data in time\n";
        QCoreApplication::exit(1);
    });
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_reported && event->type() == QEvent::Paint && m_list && watched == m_list->viewport()
        && m_list->model() && m_list->model()->rowCount() > 0) {
        m_reported = true;
        // After this paint event has been handled and flushed to the window.
        QMetaObject::invokeMethod(this, &StartupProbe::report, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::report()
{
    const QJsonObject figures{{QStringLiteral("first_paint_ms"), startupClock().elapsed()},
                              {QStringLiteral("rows"), m_list ? m_list->model()->rowCount() : 0},
                              {QStringLiteral("rss_kb"), models::processPeakRssKb()}};
    QTextStream(stdout) << QJsonDocument(figures).toJson(QJsonDocument::Compact) << '\n';
    QCoreApplication::exit(0);
}

} // namespace app
