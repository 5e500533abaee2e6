#pragma once

#include "clicontext.h"
#include "redaction/imageredactor.h"

#include <QCommandLineParser>

namespace td::cli {

/// What `redact` and `faces` share: REF EVIDENCE_ID checked, the item found on that case and its
/// image loaded upright (a "view" custody event).
struct RedactTarget
{
    std::unique_ptr<EvidenceStore> store;
    ImageRedactor::Loaded loaded;
};

/// Returns -1 with `target` filled, or the exit code after printing why.
int loadRedactTarget(CliContext &context, const QCommandLineParser &parser, const QString &command,
    RedactTarget &target);

/// "X,Y,W,H" as --box takes it.
QString boxText(const QRect &box);

} // namespace td::cli
