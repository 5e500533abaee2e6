#pragma once

#include <QByteArray>
#include <QString>

namespace td::test {

/// Writes `bytes` to `path`, replacing what was there; false when it could not.
bool writeFile(const QString &path, const QByteArray &bytes);
/// The bytes of `path`; empty when it cannot be read.
QByteArray readFile(const QString &path);
/// The SHA-256 of the file's bytes, in hex; empty when it cannot be read.
QByteArray sha256Hex(const QString &path);

} // namespace td::test
