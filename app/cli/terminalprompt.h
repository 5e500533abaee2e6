#pragma once

#include "secrettext.h"

#include <QString>

namespace td::cli {

/// Asks on the controlling terminal (/dev/tty, whatever stdin and stdout are) for a line that is
/// not echoed; the echo comes back on every way out, including Ctrl-C and a signal.
namespace TerminalPrompt {

/// True when the process has a terminal to ask on.
bool available();

/// Shows `prompt` on the terminal and reads one line without echo. False when there is no
/// terminal or reading failed (end of input, interrupted).
bool askHidden(const QString &prompt, SecretText &answer);

} // namespace TerminalPrompt
} // namespace td::cli
