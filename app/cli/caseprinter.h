#pragma once

#include "domain/casefile.h"
#include "domain/redactionpolicy.h"

#include <QTextStream>

namespace td::cli {

/// Prints one case for people: labelled lines, withheld fields marked as withheld (never shown).
void printCase(QTextStream &out, const CaseFile &caseFile, const RedactionPolicy &policy);

} // namespace td::cli
