#pragma once

#include <QString>

namespace td::cli {

class CliContext;

// backup, restore and verify --backup for an office database (a postgresql:// URI in --db):
// one sealed file (docs/office-mode.md, "Backing up an office database").
int backUpOffice(CliContext &context, const QString &file);
int restoreOffice(CliContext &context, const QString &file, const QString &login);
int verifyOfficeBackup(CliContext &context, const QString &file, const QString &login);

} // namespace td::cli
