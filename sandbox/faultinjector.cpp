#include "faultinjector.h"

#include <algorithm>
#include <array>
#include <utility>

namespace sandbox {

namespace {

struct KindName
{
    FaultKind kind;
    const char *name;
};

constexpr std::array<KindName, 8> kindNames{{
    {FaultKind::Status500, "500"},
    {FaultKind::Status503, "503"},
    {FaultKind::Status429, "429"},
    {FaultKind::Delay, "delay"},
    {FaultKind::DropBefore, "drop-before"},
    {FaultKind::DropAfter, "drop-after"},
    {FaultKind::Malformed, "malformed"},
    {FaultKind::Truncated, "truncated"},
}};

QRandomGenerator seeded(quint64 seed)
{
    // Both halves of the 64-bit seed matter; QRandomGenerator takes 32-bit words.
    const std::array<quint32, 2> words{quint32(seed), quint32(seed >> 32)};
    return QRandomGenerator(words.data(), qsizetype(words.size()));
}

} // namespace

FaultInjector::FaultInjector(const FaultOptions &options)
    : m_options(options)
    , m_random(seeded(options.seed))
{
    if (m_options.kinds.isEmpty())
        m_options.kinds = allKinds();
}

void FaultInjector::setOptions(const FaultOptions &options)
{
    *this = FaultInjector(options);
}

FaultKind FaultInjector::next()
{
    if (m_options.rate <= 0.0)
        return FaultKind::None;
    // Always draw both numbers so the sequence of decisions depends only on the seed.
    const double roll = m_random.generateDouble();
    const quint32 pick = m_random.bounded(quint32(m_options.kinds.size()));
    if (roll >= m_options.rate)
        return FaultKind::None;
    return m_options.kinds.at(qsizetype(pick));
}

QList<FaultKind> FaultInjector::allKinds()
{
    QList<FaultKind> kinds;
    for (const KindName &entry : kindNames)
        kinds.append(entry.kind);
    return kinds;
}

QByteArray FaultInjector::name(FaultKind kind)
{
    const auto it = std::find_if(kindNames.begin(), kindNames.end(),
                                 [kind](const KindName &entry) { return entry.kind == kind; });
    return it == kindNames.end() ? QByteArrayLiteral("none") : QByteArray(it->name);
}

std::optional<FaultKind> FaultInjector::fromName(const QByteArray &name)
{
    const QByteArray wanted = name.trimmed().toLower();
    for (const KindName &entry : kindNames) {
        if (wanted == entry.name)
            return entry.kind;
    }
    return std::nullopt;
}

std::optional<QList<FaultKind>> FaultInjector::parseList(const QString &list)
{
    QList<FaultKind> kinds;
    const QStringList names = list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &item : names) {
        const std::optional<FaultKind> kind = fromName(item.toUtf8());
        if (!kind)
            return std::nullopt;
        if (!kinds.contains(*kind))
            kinds.append(*kind);
    }
    if (kinds.isEmpty())
        return std::nullopt;
    return kinds;
}

} // namespace sandbox
