#pragma once

#include "common/result.h"
#include "evidencefile.h"

#include <QString>

namespace td::EvidenceMessages {

/// Why a file to attach could not be opened, for people, naming it by its display name.
Error openFailure(EvidenceFile::OpenFailure failure, int sysErrno, const QString &name);
/// Why copying into the store failed; every message says that nothing was stored.
Error copyFailure(const EvidenceFile::CopyResult &copy, const QString &name);
/// The system's text for errno, translated where Qt has it.
QString systemError(int sysErrno);

} // namespace td::EvidenceMessages
