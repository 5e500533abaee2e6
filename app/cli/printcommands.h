#pragma once

#include <QtGlobal>

#include <array>

namespace td::cli {

/// The commands that print (fonts, PDF) or decode images. They live in the trustdesk-cli-print
/// program so that trustdesk-cli itself never loads Qt Gui; trustdesk-cli lists them in its help
/// and hands over to that program with exec() when one is asked for (printhandover.h).
struct PrintCommandInfo
{
    const char *name;
    const char *summary; ///< untranslated, context "Command"
};

inline constexpr PrintCommandInfo kReportCommand {
    "report", QT_TRANSLATE_NOOP("Command", "write a case's complaint submission as a PDF")};
inline constexpr PrintCommandInfo kClientCopyCommand {
    "client-copy", QT_TRANSLATE_NOOP("Command", "write the client's copy of a complaint as a PDF")};
inline constexpr PrintCommandInfo kGuidanceCommand {"guidance",
    QT_TRANSLATE_NOOP("Command", "rights guidance: list, show (--pdf), search, version, install")};

// Redaction decodes images (Qt Gui) and detects faces (OpenCV): it runs in the same program.
inline constexpr PrintCommandInfo kRedactCommand {"redact",
    QT_TRANSLATE_NOOP("Command", "store a redacted copy of an image (boxes filled or pixelated)")};
inline constexpr PrintCommandInfo kFacesCommand {
    "faces", QT_TRANSLATE_NOOP("Command", "suggest boxes over faces in an image, for review")};

inline constexpr std::array kPrintCommands {
    kReportCommand, kClientCopyCommand, kGuidanceCommand, kRedactCommand, kFacesCommand};

} // namespace td::cli
