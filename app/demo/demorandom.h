#pragma once

#include <QString>

#include <cstdint>
#include <span>

namespace td::demo {

using Words = std::span<const char *const>;

/// xoshiro256** seeded through splitmix64: small, fast and the same on every platform.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed)
    {
        for (auto &word : m_s)
            word = splitMix(seed);
    }

    static std::uint64_t splitMix(std::uint64_t &state)
    {
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    /// [0, n); the modulo bias is far below anything a demo could show.
    int below(int n)
    {
        return n <= 1 ? 0 : static_cast<int>(next() % static_cast<std::uint64_t>(n));
    }
    int between(int low, int high) { return high <= low ? low : low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    std::size_t index(std::size_t size)
    {
        return static_cast<std::size_t>(below(static_cast<int>(size)));
    }
    QString pick(Words words) { return QString::fromUtf8(words[index(words.size())]); }

    /// An index drawn with the given weights.
    int weighted(std::span<const int> weights)
    {
        int total = 0;
        for (const int w : weights)
            total += w;
        int r = below(total);
        for (std::size_t i = 0; i < weights.size(); ++i) {
            if (r < weights[i])
                return static_cast<int>(i);
            r -= weights[i];
        }
        return static_cast<int>(weights.size()) - 1;
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

    std::array<std::uint64_t, 4> m_s {};
};

} // namespace td::demo
