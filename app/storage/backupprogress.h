#pragma once

#include "evidence/evidenceprogress.h"

#include <functional>

namespace td {

/// The steps of writing, checking or restoring a backup, in the order they happen.
enum class BackupStep
{
    CopyingDatabase, ///< writing: the database's pages into the new file
    CheckingDatabase, ///< the database's integrity and TrustDesk's own invariants
    CopyingEvidence, ///< writing or restoring: the evidence files copied and re-hashed
    CheckingEvidence, ///< checking: the evidence files re-hashed in place
    Finishing, ///< writing: the finished backup is moved into place
    Replacing, ///< restoring: the database and its evidence are replaced (no way back)
    CheckingBackup, ///< restoring an office backup: the whole sealed file checked first
    WritingRows, ///< restoring an office backup: its rows written in one transaction
    Committing, ///< restoring an office backup: the transaction commits (no way back)
};

/// What a backup, check or restore reports while it works, and how it is cancelled.
struct BackupProgress
{
    /// Called as each step starts; returning false cancels before the step does anything.
    /// Replacing (Committing for an office backup) is the last chance: once the answer to it is
    /// true, the restore cannot be stopped.
    std::function<bool(BackupStep)> step = {};
    /// Bytes done of total within the evidence steps; returning false cancels.
    EvidenceProgress bytes = {};

    /// Reports `s`; false when the caller asked to cancel.
    bool enter(BackupStep s) const { return !step || step(s); }
};

} // namespace td
