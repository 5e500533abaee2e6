#pragma once

#include "common/result.h"

#include <QString>

namespace td {

/// The SHA-256 of a file's bytes as lowercase hex (what reports record about the PDFs they write).
Result<QString> sha256OfFile(const QString &path);

} // namespace td
