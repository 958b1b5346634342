#pragma once

#include <QtGlobal>

namespace sandbox {

/// SplitMix64: a tiny deterministic PRNG. The workspace generator uses it instead of
/// QRandomGenerator so that the same seed gives the same workspace on every Qt version.
class Prng
{
public:
    explicit Prng(quint64 seed)
        : m_state(seed)
    {}

    /// Seeds a stream from several values, e.g. (workspace seed, conversation id).
    static Prng derived(quint64 seed, quint64 salt)
    {
        Prng mix(seed ^ (salt * 0x9E3779B97F4A7C15ULL));
        mix.next();
        return Prng(mix.next());
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    /// Uniform in [0, bound); bound must be > 0.
    int below(int bound) { return int(next() % quint64(bound)); }
    /// Uniform in [low, high].
    qint64 range(qint64 low, qint64 high) { return low + qint64(next() % quint64(high - low + 1)); }
    /// Uniform in [0, 1).
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double probability) { return unit() < probability; }

private:
    quint64 m_state;
};

} // namespace sandbox
