#include "requeststats.h"

#include <QStringList>

#include <algorithm>

namespace sandbox {

void RequestStats::record(const QByteArray &method, const QString &path, int status,
                          const QByteArray &fault)
{
    ++m_total;
    ++m_byRoute[routePattern(method, path)];
    ++m_byStatus[status];
    if (!fault.isEmpty()) {
        ++m_faults;
        ++m_faultsByKind[fault];
    } else if (status == 401) {
        ++m_unauthorized;
    } else if (status == 429) {
        ++m_rateLimited;
    }
}

QJsonObject RequestStats::toJson() const
{
    QJsonObject byRoute;
    for (auto it = m_byRoute.cbegin(); it != m_byRoute.cend(); ++it)
        byRoute.insert(it.key(), it.value());
    QJsonObject byStatus;
    for (auto it = m_byStatus.cbegin(); it != m_byStatus.cend(); ++it)
        byStatus.insert(QString::number(it.key()), it.value());
    QJsonObject faultsByKind;
    for (auto it = m_faultsByKind.cbegin(); it != m_faultsByKind.cend(); ++it)
        faultsByKind.insert(QString::fromLatin1(it.key()), it.value());
    return QJsonObject{{QStringLiteral("total"), m_total},
                       {QStringLiteral("handled"), m_handled},
                       {QStringLiteral("unauthorized"), m_unauthorized},
                       {QStringLiteral("rate_limited"), m_rateLimited},
                       {QStringLiteral("faults"), m_faults},
                       {QStringLiteral("by_route"), byRoute},
                       {QStringLiteral("by_status"), byStatus},
                       {QStringLiteral("faults_by_kind"), faultsByKind}};
}

QString RequestStats::routePattern(const QByteArray &method, const QString &path)
{
    QStringList segments = path.split(QLatin1Char('/'));
    for (QString &segment : segments) {
        if (std::any_of(segment.cbegin(), segment.cend(), [](QChar c) { return c.isDigit(); }))
            segment = QStringLiteral("{id}");
    }
    return QString::fromLatin1(method) + QLatin1Char(' ') + segments.join(QLatin1Char('/'));
}

} // namespace sandbox
