#pragma once

#include "domain/casefile.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace td {

/// Why a save was refused as a conflict: the case as it is stored now, its revision, and who
/// saved that revision when (the audit actor of the newer save; empty for cases saved before
/// schema 11). The caller compares it with what it loaded to say what changed.
struct CaseConflict
{
    CaseFile stored;
    qint64 revision = 0;
    QString changedBy;
    QDateTime changedAt; ///< UTC; invalid when not known

    /// The parts of the case (translated names, in the editor's order: Case, Client, Incident 1…,
    /// Complaints, Follow-ups) in which `stored` differs from `loaded`.
    QStringList sectionsChangedSince(const CaseFile &loaded) const;
    /// "Ana changed case TD-2026-00042 at 3 Dec 2026 14:02" (or "Someone else" when not known).
    QString describe() const;
};

} // namespace td
