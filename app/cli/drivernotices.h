#pragma once

namespace td::cli {

/// Keeps the PostgreSQL driver's own notices off stderr: after the server refused a statement
/// (a role without the right, say), Qt's QPSQL driver warns that it could not free a prepared
/// statement in the aborted transaction, in the server's raw words. The command has already
/// said what happened in a sentence; scripts read stderr for errors, and a second, technical
/// line is noise. QT_LOGGING_RULES cannot select it (it has no category of its own).
void quietDriverNotices();

} // namespace td::cli
