#pragma once

// --paper for the commands that print (report, client-copy, guidance --pdf).

#include <QCommandLineOption>
#include <QPageSize>

#include <optional>

class QCommandLineParser;

namespace td::cli {

/// --paper SIZE, "a4" or "letter"; `when` (e.g. "with --pdf") heads its help when given.
QCommandLineOption paperOption(const QString &when = {});
/// The size --paper names, else the one last chosen in the app (Settings::paper(): Letter until
/// an office chooses A4), as the window does; nullopt when --paper names neither size.
std::optional<QPageSize> paperFrom(const QCommandLineParser &parser);

} // namespace td::cli
