#pragma once

#include <QString>

namespace td::ui {

/// Wording shared by Back Up and Restore from Backup.
namespace BackupMessages {

/// A path to put in a sentence: native separators, and isolated, so that a left-to-right path
/// stays whole and in order inside a right-to-left sentence.
QString path(const QString &path);

/// The core's explanation of a failure, cut to its first lines: a damaged backup can name
/// thousands of files, and a message box should still fit on the screen.
QString details(const QString &message);

/// The folder the dialogs start in: the person's Documents.
QString documentsFolder();

} // namespace BackupMessages
} // namespace td::ui
