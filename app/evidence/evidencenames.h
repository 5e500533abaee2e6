#pragma once

#include <QString>

namespace td::EvidenceNames {

/// The name shown for an attached file: its last path component with path separators, control
/// and invisible formatting characters (bidi overrides, zero-width) replaced, trimmed, never
/// empty, "." or "..", and at most kMaxDisplayLength characters (the extension kept).
/// Files are stored by hash, so this name never becomes a path inside the store.
QString displayName(const QString &fileNameOrPath);

/// The name of an exported file that says nothing about its content: the case reference and
/// the item's number, with a plain extension ("TD-2026-0042-item-003.jpg"). `suffix` is used
/// when it is 1 to 8 letters or digits, else "bin". A redacted copy says so
/// ("TD-2026-0042-item-003-redacted.jpg").
QString neutralExportFileName(
    const QString &caseReference, int index, const QString &suffix, bool redactedCopy = false);

/// A file name for an export folder: "NNN-name" with characters that Windows, macOS or a shell
/// would trip on replaced, no leading dot or dash; unique within one export through the prefix.
QString exportFileName(int index, const QString &displayName);

inline constexpr int kMaxDisplayLength = 200;

} // namespace td::EvidenceNames
