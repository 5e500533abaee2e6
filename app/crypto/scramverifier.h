#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace td {

/// A login password as PostgreSQL stores it for SCRAM-SHA-256 (RFC 5802, RFC 7677), made on the
/// client as psql's \password does, so the password itself never reaches the server
/// (docs/office-mode.md, "People and roles"). Format:
/// `SCRAM-SHA-256$<iterations>:<salt b64>$<StoredKey b64>:<ServerKey b64>`.
namespace ScramVerifier {

constexpr int kIterations = 4096; ///< PostgreSQL's default (scram_iterations)
constexpr int kSaltSize = 16; ///< as PostgreSQL's own (SCRAM_DEFAULT_SALT_LEN)

/// The verifier of `password` with a fresh random salt. Refuses (BadInput) an empty password, one
/// with control characters, and one with characters outside ASCII: PostgreSQL prepares those with
/// SASLprep (RFC 4013, Unicode 3.2 tables), which this does not reproduce, and a verifier made
/// differently would lock the person out without a word.
Result<QByteArray> make(const QString &password);

/// The verifier for a given salt and iteration count (for tests against the server's own).
Result<QByteArray> make(const QString &password, const QByteArray &salt, int iterations);

} // namespace ScramVerifier

} // namespace td
