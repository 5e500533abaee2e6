#pragma once

#include "domain/casefile.h"

#include <QDate>
#include <QList>

#include <cstdint>

namespace td {

/// Builds fictional cases for demos, screenshots and benchmarks; the same seed gives the same
/// cases.
///
/// Case i depends only on the seed and i, so generating in batches gives the same cases as
/// generating all at once. The random numbers come from our own xoshiro256** rather than
/// std::uniform_*_distribution, whose output differs between standard libraries.
class DemoGenerator
{
public:
    /// `baseDate` is "today" for the generated data: every date a case records (opened, closed,
    /// incidents, filings, consent, birth) is on or before it. Follow-ups may fall after it.
    explicit DemoGenerator(std::uint64_t seed = 1, QDate baseDate = defaultBaseDate());

    /// 2026-01-01: fixed, so that the output never depends on the day the generator runs.
    static QDate defaultBaseDate();

    /// The next case: reference empty and ids 0, ready for CaseRepository.
    CaseFile next();
    /// The next `count` cases.
    QList<CaseFile> generate(int count);

    /// How many cases this generator has produced so far.
    std::uint64_t produced() const { return m_index; }

private:
    std::uint64_t m_seed;
    QDate m_base;
    std::uint64_t m_index = 0;
};

} // namespace td
