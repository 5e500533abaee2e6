#pragma once

#include "common/officeprofile.h"

#include <QString>

class QTextCursor;

namespace td {

/// How a client reaches the office, on the documents they take home (client copy, handouts).
namespace OfficeBlock {
/// The block as HTML for a document built from HTML: a bold `label`, then the office's lines;
/// empty when the office has no contact details. Phone and email read left to right in every
/// language.
QString html(const OfficeProfile &office, const QString &label);
/// Inserts the block at `cursor` (a heading and the lines, each line in its own direction);
/// nothing when the office has no contact details.
void insert(QTextCursor &cursor, const OfficeProfile &office, const QString &heading);
} // namespace OfficeBlock

} // namespace td
