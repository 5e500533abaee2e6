#pragma once

#include "common/result.h"

namespace td::cli {

/// trustdesk-cli's exit codes: a contract office admins script against.
enum ExitCode : int
{
    ExitOk = 0,
    ExitUsage = 1,
    ExitBadInput = 2, ///< bad input or not found
    ExitIntegrity = 3,
    ExitWrongKey = 4, ///< an encrypted database's passphrase or recovery key is wrong or missing
    ExitDenied = 5, ///< the office server refused: this login's role does not allow it
};

/// A refused server password is exit 2, as every failed connection always was: scripts tell it
/// from the rest by the message, not the code.
inline int exitCodeFor(const Error &error)
{
    if (error.kind == ErrorKind::Denied)
        return ExitDenied;
    return error.kind == ErrorKind::Integrity ? ExitIntegrity : ExitBadInput;
}

} // namespace td::cli
