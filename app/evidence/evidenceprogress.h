#pragma once

#include <QtGlobal>

#include <functional>

namespace td {

/// Reports bytes done of total during long evidence work; returning false cancels it.
using EvidenceProgress = std::function<bool(qint64 done, qint64 total)>;

} // namespace td
