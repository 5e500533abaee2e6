#pragma once

#include "domain/casefile.h"
#include "domain/redactionpolicy.h"

#include <QString>

namespace td {

/// The read-only case view as HTML for QTextBrowser: every value escaped and marked dir="auto"
/// so Arabic names read right-to-left inside a left-to-right page; withheld fields and witness
/// contacts say so instead of showing their value.
QString caseDetailHtml(const CaseFile &caseFile, const RedactionPolicy &policy);

} // namespace td
