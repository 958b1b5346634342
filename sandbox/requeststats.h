#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace sandbox {

/// Counts what the sandbox saw, for GET /__sandbox/stats: tests and benchmarks check there
/// how many requests, 429s and faults really happened. Not thread-safe.
class RequestStats
{
public:
    /// One API request (not /__sandbox/*) and its outcome. \a fault is a FaultInjector name or
    /// empty.
    void record(const QByteArray &method, const QString &path, int status, const QByteArray &fault);
    /// SandboxApi::handle() ran, i.e. the request was applied.
    void recordHandled() { ++m_handled; }

    void reset() { *this = RequestStats(); }
    /// {"total","handled","unauthorized","rate_limited","faults","by_route":{…},"by_status":{…},
    ///  "faults_by_kind":{…}}; the caller adds transport figures such as "connections".
    QJsonObject toJson() const;

    /// "GET /conversations/{id}/parts": segments with a digit are ids.
    static QString routePattern(const QByteArray &method, const QString &path);

private:
    int m_total = 0;
    int m_handled = 0;
    int m_unauthorized = 0;
    int m_rateLimited = 0;
    int m_faults = 0;
    QMap<QString, int> m_byRoute;
    QMap<int, int> m_byStatus;
    QMap<QByteArray, int> m_faultsByKind;
};

} // namespace sandbox
