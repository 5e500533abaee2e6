#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace td::test {

/// Writes `bytes` to `path`, replacing what was there; false when it could not.
bool writeFile(const QString &path, const QByteArray &bytes);
/// The bytes of `path`; empty when it cannot be read.
QByteArray readFile(const QString &path);
/// The SHA-256 of the file's bytes, in hex; empty when it cannot be read.
QByteArray sha256Hex(const QString &path);
/// Every file under `folder` (recursively, hidden ones too) holding `marker` in UTF-8 or UTF-16.
QStringList filesWithMarker(const QString &folder, const QString &marker);
/// The permission bits of `path` itself (a link is not followed), or -1 when it does not exist.
int modeOf(const QString &path);

} // namespace td::test
