#pragma once

#include "common/result.h"

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace td::ui {

/// Runs a short piece of work that may wait on a server or on Argon2id (a second or two) on a
/// pool thread, while a local event loop keeps the window painting and a busy progress dialog
/// over `parent` says `label` (shown after 300 ms, so quick work shows none) with Cancel.
/// `work` must be safe to run on another thread: it opens its own connection, if it needs one,
/// and hands results back only through what it captures (shared, since a cancelled run still
/// ends in its thread and its outcome is then dropped unseen).
class BusyTask
{
public:
    /// The work's status; nullopt when Cancel was pressed (the work is forgotten, not stopped).
    static std::optional<Status> run(
        QWidget *parent, const QString &label, std::function<Status()> work);
};

} // namespace td::ui
