// Small helpers shared by the office-mode benchmarks: percentiles and the machine's load.
#pragma once

#include <QFile>
#include <QString>

#include <algorithm>
#include <vector>

namespace td::bench {

/// The load averages from /proc/loadavg ("1.23 0.98 0.70"), or "?" where there is none.
inline QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    const QList<QByteArray> parts = file.readLine().split(' ');
    if (parts.size() < 3)
        return QStringLiteral("?");
    return QString::fromLatin1(parts.at(0) + ' ' + parts.at(1) + ' ' + parts.at(2));
}

/// The q-quantile (0 ≤ q ≤ 1) of `ms`, which it sorts; 0 when empty.
inline double quantile(std::vector<double> &ms, double q)
{
    if (ms.empty())
        return 0;
    std::sort(ms.begin(), ms.end());
    const auto at = static_cast<std::size_t>(q * static_cast<double>(ms.size()));
    return ms.at(std::min(ms.size() - 1, at));
}

} // namespace td::bench
