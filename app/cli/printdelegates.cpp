// trustdesk-cli's entries for the commands that print: listed in its help, run by
// trustdesk-cli-print (main() hands over before anything else starts).
#include "clicontext.h"
#include "printcommands.h"

namespace td::cli {
namespace {

struct PrintDelegates
{
    PrintDelegates()
    {
        for (const PrintCommandInfo &info : kPrintCommands)
            CommandRegistry::add({info.name, info.summary, nullptr, nullptr, true});
    }
};

const PrintDelegates delegates;

} // namespace
} // namespace td::cli
