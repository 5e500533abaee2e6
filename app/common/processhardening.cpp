#include "processhardening.h"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace td {

void disableCoreDumps()
{
    // Both, since either alone leaves a way: a raised soft limit, or a core_pattern pipe that
    // ignores RLIMIT_CORE (systemd-coredump) but respects the dumpable flag.
    const rlimit none {0, 0};
    (void)setrlimit(RLIMIT_CORE, &none);
    (void)prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

} // namespace td
