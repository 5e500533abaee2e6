#pragma once

namespace td {

/// Keeps keys and case data out of core dumps and away from other processes of the same user:
/// no core file (RLIMIT_CORE 0) and not dumpable (PR_SET_DUMPABLE 0, which also refuses ptrace
/// attaches and /proc/PID/mem reads by anything but root). Call first thing in every main().
void disableCoreDumps();

} // namespace td
